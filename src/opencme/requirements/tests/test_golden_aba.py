"""ABA MOCA, five-year cycle (rules/us-aba.json): worked examples from requirements-sources.md 1.8
and theaba.org.

125 CME credits by year 5 including 10 patient safety; MOCA Minute questions each year; quality
improvement points, attested.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-aba"
AS_OF = day("2027-06-01")
CERT = credential(RULE, "2029-12-31")  # window 2025-01-01 .. 2029-12-31
DONE = frozenset({"aba_moca_minute", "aba_quality_improvement"})


def _cme(n: int, **kw) -> list:
    """``n`` one-credit activities, half in 2025 and half in 2026 (ABA credits at most 60 a
    calendar year)."""
    return [credit(f"c{i}", "2025-06-01" if i % 2 else "2026-06-01", 1, **kw) for i in range(n)]


def test_aba_hundred_twenty_five_with_patient_safety_is_met():
    credits = _cme(115) + [
        credit(
            f"ps{i}", "2027-02-01", 1, topics={"patient_safety"}, approvals={"aba-patient-safety"}
        )
        for i in range(10)
    ]
    cred = evaluate(physician(attestations=DONE), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps


def test_aba_without_aba_approved_patient_safety_that_gap_shows():
    credits = _cme(115) + [
        credit(f"ps{i}", "2027-02-01", 1, topics={"patient_safety"}) for i in range(10)
    ]
    cred = evaluate(physician(attestations=DONE), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("patient_safety", Decimal(10))]


def test_aba_moca_minute_and_qi_are_attested():
    cred = evaluate(physician(), [CERT], [], as_of=AS_OF).credential(RULE)
    assert {g.requirement_id for g in cred.gaps} == {
        "cme",
        "patient_safety",
        "moca_minute",
        "quality_improvement",
    }


def test_aba_counts_at_most_sixty_credits_a_calendar_year():
    # ACCME FAQ on MOCA 2.0: "No more than 60 credits per calendar year ... will be credited".
    credits = [credit(f"y26-{i}", "2026-03-01", 1) for i in range(80)] + [
        credit(
            f"ps{i}", "2027-02-01", 1, topics={"patient_safety"}, approvals={"aba-patient-safety"}
        )
        for i in range(10)
    ]
    cred = evaluate(physician(attestations=DONE), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("cme").counted == Decimal(70)  # 60 of 2026 + 10 of 2027
    assert cred.requirement("cme").missing == Decimal(55)
    assert cred.rejected["y26-79"] == "CAP_REACHED"
