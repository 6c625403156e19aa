"""R-CR-122: unnamed CE offered in more of the words pages use, with no amount (invented text).
Each case failed before the rule."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_CE = {"type": "OTHER", "amount": None, "unit": "credit", "label": "CE"}
_CE_HOURS = {"type": "OTHER", "amount": None, "unit": "hour", "label": "CE"}
_CME = {"type": "CME", "amount": None, "unit": "credit"}


def rule_credits(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = parse_rules("Maple Counselling Day\n" + text + "\n").record[
        "credits"
    ]
    return out


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "This activity was released on May 2, 2031 and is available for continuing "
            "education credit until May 1, 2033.",
            _CE,
        ),
        ("The module is eligible for CE credits.", _CE),
        ("Participants can receive continued education credits after the course.", _CE),
        ("For each session attended, continuing education credits are offered.", _CE),
        ("Scroll to the end of the video to take the quiz and receive your CE certificate.", _CE),
        ("Attendees receive CE hours for each workshop.", _CE_HOURS),
        # CME said to be free
        ("This free, online CME program is open to all clinicians.", _CME),
        ("Rural physicians get specialty training, with free CME units, through the hub.", _CME),
    ],
)
def test_unnamed_ce_offered(text: str, want: dict[str, object]) -> None:
    assert rule_credits(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        # CE spoken of, not offered
        "Continuing education credits are governed by each state's board.",
        "The CE certificate template is available to providers on request.",
        "Is this course available for CE? Please contact the office.",
    ],
)
def test_ce_spoken_of_offers_none(text: str) -> None:
    assert rule_credits(text) == []
