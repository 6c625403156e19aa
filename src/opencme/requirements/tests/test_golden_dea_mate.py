"""DEA MATE Act (rules/us-dea-mate.json): worked examples from the cited text.

The DEA's page: a "one-time, eight-hour training requirement for all DEA-registered
practitioners, except veterinarians"; attested "when renewing or completing an initial
registration" beginning on June 27, 2023; registrations renew every three years (ACCME); past
training counts (docshepherd); a board certification in addiction medicine meets it (DEA FAQ).
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-dea-mate"


def _sud(i: int, date: str, hours: float = 1, accreditor: str = "ACCME"):
    return credit(f"sud{i}", date, hours, topics={"substance_use_disorders"}, accreditor=accreditor)


def test_dea_past_training_before_the_act_counts_and_meets_the_eight_hours():
    # Registration renews 2026-06-30; its previous renewal (2023-06-30) was the first on or
    # after 27 Jun 2023, so that was the deadline, and training from 2022 counts.
    credits = [_sud(i, "2022-03-01", 2) for i in range(4)]
    result = evaluate(
        physician(), [credential(RULE, "2026-06-30")], credits, as_of=day("2026-01-15")
    )
    cred = result.credential(RULE)
    assert cred.status == "met"
    req = cred.requirement("sud_training")
    assert req.counted == Decimal(8)
    assert req.missing == 0
    assert req.due == day("2023-06-30")


def test_dea_short_of_eight_hours_after_the_deadline_is_overdue_with_the_gap():
    credits = [_sud(i, "2023-01-10") for i in range(5)]
    result = evaluate(
        physician(), [credential(RULE, "2026-06-30")], credits, as_of=day("2026-01-15")
    )
    cred = result.credential(RULE)
    assert cred.status == "overdue"
    (gap,) = cred.gaps
    assert (gap.requirement_id, gap.missing, gap.due) == (
        "sud_training",
        Decimal(3),
        day("2023-06-30"),
    )


def test_dea_renewal_before_the_act_pushes_the_deadline_to_the_next_renewal():
    # Renewed 2023-05-31 (before 27 Jun 2023): the first renewal on or after it is 2026-05-31.
    credits = [_sud(i, "2025-05-01") for i in range(6)]
    result = evaluate(
        physician(), [credential(RULE, "2026-05-31")], credits, as_of=day("2026-01-15")
    )
    cred = result.credential(RULE)
    assert cred.status == "due"
    (gap,) = cred.gaps
    assert (gap.missing, gap.due) == (Decimal(2), day("2026-05-31"))


def test_dea_credit_on_another_topic_or_from_an_unlisted_accreditor_does_not_count():
    credits = [
        credit("ethics", "2024-01-01", 8, topics={"ethics"}),
        _sud(1, "2024-01-01", 8, accreditor="UNACCREDITED"),
    ]
    result = evaluate(
        physician(), [credential(RULE, "2026-06-30")], credits, as_of=day("2026-01-15")
    )
    cred = result.credential(RULE)
    assert cred.requirement("sud_training").counted == 0
    assert cred.rejected["ethics"] == "NO_MATCHING_REQUIREMENT"
    assert cred.rejected["sud1"] == "NO_MATCHING_REQUIREMENT"


def test_dea_addiction_board_certification_meets_it_without_hours():
    facts = physician(attestations=frozenset({"addiction_board_certification"}))
    result = evaluate(facts, [credential(RULE, "2026-06-30")], [], as_of=day("2026-01-15"))
    cred = result.credential(RULE)
    assert cred.status == "met"
    assert cred.requirement("sud_training").satisfied_by == "addiction_board_certification"


def test_dea_does_not_apply_to_a_clinician_without_a_registration():
    result = evaluate(
        physician(dea_registered=False),
        [credential(RULE, "2026-06-30")],
        [],
        as_of=day("2026-01-15"),
    )
    assert result.credential(RULE).status == "not_applicable"
