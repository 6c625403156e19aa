"""R-RG-4: those taking part must hold a licence, a registration or a qualification: taking part
is restricted to a group, `limited` (invented text; each positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def registration(text: str) -> object:
    return parse_rules("Harbour Local Anaesthesia Course\n" + text + "\n").record["registration"]


@pytest.mark.parametrize(
    "text",
    [
        "Who may enrol? Registrants must be licensed dental assistants in Maine.",
        "Eligibility\nYou must be a licensed occupational therapist or a final-year student.",
        "To join, candidates must be a graduate of a podiatry school.",
        "Delegates must be registered with the Midwifery Council.",
        "Participants must hold a current dental hygiene licence in their province.",
    ],
)
def test_who_is_eligible_limits_taking_part(text: str) -> None:
    assert registration(text) == "limited"


@pytest.mark.parametrize(
    "text",
    [
        "Participants must be registered by May 1 to receive the materials.",
        "Participants must be present for the whole session to receive credit.",
        "You must have a stable internet connection.",
    ],
)
def test_signing_up_or_being_present_limits_no_one(text: str) -> None:
    assert registration(text) is None
