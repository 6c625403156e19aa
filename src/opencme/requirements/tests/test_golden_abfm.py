"""ABFM continuous certification (rules/us-abfm.json): worked examples from
continuingcertification.org.

"Complete 150 CME credits of specialty-relevant CME every three years. A minimum of 75 of the 150
CME Credits must be AMA PRA Category 1 Credits"; "a minimum of one Self-Assessment Activity
every three years".
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-abfm"
AS_OF = day("2027-06-01")
CERT = credential(RULE, "2027-12-31")  # stage 2025-01-01 .. 2027-12-31
KSA = frozenset({"abfm_self_assessment"})


def _credits(cat1: int, other: int) -> list:
    return [credit(f"a{i}", "2025-05-01", 1) for i in range(cat1)] + [
        credit(f"o{i}", "2025-06-01", 1, "OTHER", accreditor="") for i in range(other)
    ]


def test_abfm_seventy_five_category_1_and_seventy_five_other_with_ksa_is_met():
    cred = evaluate(physician(attestations=KSA), [CERT], _credits(75, 75), as_of=AS_OF).credential(
        RULE
    )
    assert cred.status == "met", cred.gaps


def test_abfm_other_credit_alone_leaves_the_category_1_gap():
    cred = evaluate(physician(attestations=KSA), [CERT], _credits(0, 150), as_of=AS_OF).credential(
        RULE
    )
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("category_1", Decimal(75))]


def test_abfm_self_assessment_is_required_each_stage():
    cred = evaluate(physician(), [CERT], _credits(150, 0), as_of=AS_OF).credential(RULE)
    assert [g.requirement_id for g in cred.gaps] == ["self_assessment"]
