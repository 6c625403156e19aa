"""Registration (R-RG-2; docs/corpus.md "registration"), on invented text: an activity noun
modifying another thing ("Course materials", "Webinar recordings") restricts that thing, not
who may take part; taking part restricted to a group stays `limited`."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def registration(text: str) -> str | None:
    out: str | None = parse_rules("Pebble Course\n" + text + "\n", "t").record["registration"]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Course materials are only available to enrolled students.",
        "Webinar recordings are restricted to members.",
        "Programme resources are only open to members.",
        "Workshop handouts are only available to registered participants.",
        "Course fees are limited to those listed above.",
    ],
)
def test_a_thing_of_the_activity_restricted_is_no_registration(text: str) -> None:
    assert registration(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Attendance is limited to faculty and staff.",
        "Registration for the course is restricted to members.",
    ],
)
def test_taking_part_restricted_stays_limited(text: str) -> None:
    assert registration(text) == "limited"
