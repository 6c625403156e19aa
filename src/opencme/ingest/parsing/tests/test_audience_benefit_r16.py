"""The people a sentence says will benefit from the activity (round 16; R-AU-2; docs/corpus.md
"Audience"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Nurses, midwives and allied health professionals will benefit from this course.",
            ["nurses", "midwives", "allied health professionals"],
        ),
        (
            "Physicians who treat pebble disease would benefit from this program.",
            ["physicians"],
        ),
        (
            "Rural nurses will greatly benefit from the two-day workshop.",
            ["rural nurses"],
        ),
        (
            "Pharmacists stand to benefit most from these webinars.",
            ["pharmacists"],
        ),
        (
            "This workshop will benefit physiotherapists and exercise physiologists.",
            ["physiotherapists", "exercise physiologists"],
        ),
        (
            "The masterclass should particularly benefit dental hygienists.",
            ["dental hygienists"],
        ),
    ],
)
def test_the_people_who_will_benefit_from_the_activity(text: str, want: list[str]) -> None:
    assert aud("Pebble Course\n" + text + "\n") == want


@pytest.mark.parametrize(
    "text",
    [
        "Patients will benefit from this new treatment.",  # care, not an activity
        "Participants will benefit from hands-on practice.",  # whoever takes part
        "Patients with pebble disease will benefit from the program.",  # whom care serves
        "Nurses will benefit from better staffing levels.",  # no activity named
        "The hospital will benefit from this program.",  # no people
    ],
)
def test_near_misses_give_no_audience(text: str) -> None:
    assert aud("Pebble Course\n" + text + "\n") == []
