"""Pennsylvania physician (rules/us-pa-md.json): worked examples from 49 Pa. Code §16.19 and PAMED.

100 credit hours in the biennial period, at least 20 AMA PRA Category 1, at least 12 in patient
safety and risk management (Category 1 or 2), 2 hours of DHS-approved child abuse recognition
and reporting, 2 hours on pain management, addiction or opioid prescribing (Act 124); the child
abuse and opioid hours do not count toward the 12 (UPMC, PAMED); license cycles end on 31 Dec of
each even year.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-pa-md"
AS_OF = day("2026-10-01")
LIC = credential(RULE, "2026-12-31")  # period 2025-01-01 .. 2026-12-31


def _cat(cid: str, hours: float, ctype: str = "AMA_PRA_1", **kw):
    return credit(cid, "2025-06-01", hours, ctype, **kw)


def _full() -> list:
    return [
        _cat("c1", 20),
        _cat("c2", 64, "OTHER", accreditor=""),
        _cat("ps", 12, "OTHER", accreditor="", topics={"patient_safety"}),
        _cat("ca", 2, topics={"child_abuse"}, approvals={"pa-dhs"}),
        _cat("op", 2, topics={"opioid_prescribing"}),
    ]


def test_pa_md_complete_period_is_met():
    cred = evaluate(physician(), [LIC], _full(), as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.requirement("total").counted == Decimal(100)


def test_pa_md_category_2_alone_leaves_twenty_category_1():
    credits = [_cat("c2", 84, "OTHER", accreditor=""), *_full()[2:]]
    cred = evaluate(physician(), [LIC], credits, as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("category_1", Decimal(16))]


def test_pa_md_an_opioid_hour_does_not_also_fill_patient_safety():
    credits = [
        _cat("c1", 20),
        _cat("c2", 66, "OTHER", accreditor=""),
        _cat("both", 12, topics={"patient_safety", "opioid_prescribing"}),
        _cat("ca", 2, topics={"child_abuse"}, approvals={"pa-dhs"}),
    ]
    cred = evaluate(physician(), [LIC], credits, as_of=AS_OF).credential(RULE)
    gaps = {g.requirement_id: g.missing for g in cred.gaps}
    assert sum(gaps.values()) == Decimal(2)
    assert set(gaps) <= {"patient_safety", "opioids"}
