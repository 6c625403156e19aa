"""Things to bring to the room ("What to bring:", "bring their own PPE") say the activity is
attended in person (round 17; R-DL-7; docs/corpus.md "Delivery"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = (
    "Pebble Polishing Course\n\nThis two-day course has 4 hours of lectures and 4 hours of"
    " laboratory practice.\n\n"
)


def delivery(body: str) -> object:
    return parse_rules(_HEAD + body, "t").record["delivery"]


@pytest.mark.parametrize(
    "body",
    [
        "WHAT TO BRING:\n1. Copy of your CPR card\n2. Proof of vaccination\n",
        "What to bring on the day\n- A pen\n- Your licence\n",
        "What you need to bring:\nYour registration number and a photo ID.\n",
        "Candidates must bring their own PPE (gowns, masks, gloves).\n",
        "Please bring your loupes and a lab coat.\n",
    ],
)
def test_things_to_bring_are_attendance(body: str) -> None:
    assert delivery(body) == "in_person"


@pytest.mark.parametrize(
    "body",
    [
        # questions or a friend can be brought to a webinar too
        "Bring your questions to the live Q&A.\n",
        "Feel free to bring a colleague along to the session.\n",
        # a sentence about bringing, not a heading
        "What to bring to the table is the question this course asks about leadership.\n",
    ],
)
def test_near_misses_say_nothing(body: str) -> None:
    assert delivery(body) is None
