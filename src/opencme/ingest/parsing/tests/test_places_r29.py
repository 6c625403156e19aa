"""R-LO-10: the event beginning at a venue names the venue; a city it begins in is none of this
rule's (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def location(text: str) -> str | None:
    return parse_rules("Harbour Wound Course\n\n" + text + "\n").record["location"]


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        (
            "The conference is set to begin Sept. 16 at the Lakeside College Student Union "
            "Ballroom.",
            "Lakeside College Student Union Ballroom",
        ),
        (
            "Each day commences at 09.30 and ends at 17.00 at Lakeside Band Hall. Bring lunch.",
            "Lakeside Band Hall",
        ),
    ],
)
def test_the_event_beginning_at_a_venue(text: str, venue: str) -> None:
    assert location(text) == venue


def test_a_time_it_starts_at_is_no_venue() -> None:
    assert location("The course starts at 9 am and runs online.") is None
