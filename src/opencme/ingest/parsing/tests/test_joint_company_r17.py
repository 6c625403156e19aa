"""Joint providers: a company named with its legal suffix after "and" is an organisation of its
own ("jointly provided by A College of Medicine and B Medical Education, LLC"), and a plural
subject in its own voice ("A and B are pleased to present the symposium") gives the provider
and a joint provider (docs/corpus.md 'Provider', R-JP-1). Invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record


def _who(line: str) -> tuple[str | None, list[str]]:
    r = record("Cardiology Update 2026\n\nA one-day course for clinicians.\n\n" + line + "\n")
    return r["provider"], r["joint_providers"]


@pytest.mark.parametrize(
    ("line", "provider", "joint"),
    [
        (
            "Jointly provided by Northgate University College of Medicine and Kestrel Medical "
            "Education, LLC.",
            "Northgate University College of Medicine",
            ["Kestrel Medical Education, LLC"],
        ),
        (
            "This activity is jointly provided by the Institute for Cardiac Learning and Harbor "
            "Clinical Communications, LLC.",
            "Institute for Cardiac Learning",
            ["Harbor Clinical Communications, LLC"],
        ),
        (
            "Elm Valley Hospital and Northgate University are pleased to present this symposium.",
            "Elm Valley Hospital",
            ["Northgate University"],
        ),
        (
            "The Harbor Heart Society and the Kestrel College of Nursing are proud to host the "
            "annual conference.",
            "Harbor Heart Society",
            ["Kestrel College of Nursing"],
        ),
        (
            "Westfield Hospital and Elm University are delighted to bring you a new webinar "
            "series.",
            "Westfield Hospital",
            ["Elm University"],
        ),
    ],
)
def test_the_provider_and_its_joint_provider(line: str, provider: str, joint: list[str]) -> None:
    assert _who(line) == (provider, joint)


def test_one_name_with_its_and_stays_whole() -> None:
    line = "This course is provided by the Society of Sleep Medicine and Related Disorders."
    assert _who(line) == ("Society of Sleep Medicine and Related Disorders", [])


def test_no_partner_without_an_activity() -> None:
    line = "Elm Valley Hospital and Northgate University are pleased to announce a merger."
    assert _who(line)[1] == []
