"""A board's certification requirements are MOC, no CME credit (R-CR-109), on invented text:
"earn credit toward the CME and Self-Assessment requirements of the American Board of X's
Continuous Certification program" gives no bare CME entry."""

from __future__ import annotations

from typing import Any

import pytest

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = parse_rules("Pebble Rounds\n" + text + "\n", "t").record["credits"]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Successful completion of this CME activity enables the learner to earn credit toward "
        "the CME and Self-Assessment requirements of the American Board of Surgery's Continuous "
        "Certification program.",
        "Completing this CME activity earns credit towards the CME requirements of the American "
        "Board of Pebble Medicine's certification program.",
        "This CME activity offers credit toward the Lifelong Learning requirements for the "
        "American Board of Tern Surgery's MOC program.",
        "Participants in this CME course receive credit toward the CME requirement of the "
        "American Board of Pebbles.",
        "Learners earn credit toward the CME and Self-Assessment requirements of the American "
        "Board of Surgery through this CME activity.",
    ],
)
def test_a_boards_requirements_sentence_gives_no_cme(text: str) -> None:
    assert credits(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "This CME activity offers CME credit to physicians.",
        "This activity is approved for 2 CME credits. Credit toward the requirements of the "
        "American Board of Surgery is also offered.",
    ],
)
def test_credit_offered_otherwise_stays(text: str) -> None:
    assert [c["type"] for c in credits(text)] == ["CME"]
