"""ABIM continuing certification (rules/us-abim.json): worked examples from abim.org.

"Earn 100 MOC points every 5 years to stay certified"; "Pass an MOC assessment in 10 years"
(exam, LKA or CMP); "earning a subspecialty certification earns you 100 MOC points, enough to
satisfy your 5-year requirement"; points count toward all certificates.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-abim"
AS_OF = day("2027-06-01")
CERT = credential(RULE, "2028-12-31")  # points window 2024-01-01 .. 2028-12-31
ASSESSED = frozenset({"abim_moc_assessment"})


def _points(n: int, each: int = 10, date: str = "2025-03-01") -> list:
    return [credit(f"p{i}", date, each, "ABIM") for i in range(n)]


def test_abim_hundred_points_and_an_assessment_are_met():
    cred = evaluate(physician(attestations=ASSESSED), [CERT], _points(10), as_of=AS_OF).credential(
        RULE
    )
    assert cred.status == "met", cred.gaps
    assert cred.requirement("points").counted == Decimal(100)


def test_abim_sixty_points_leave_forty_due_at_the_cycle_end():
    cred = evaluate(physician(attestations=ASSESSED), [CERT], _points(6), as_of=AS_OF).credential(
        RULE
    )
    assert cred.status == "due"
    assert [(g.requirement_id, g.missing, g.unit, g.due) for g in cred.gaps] == [
        ("points", Decimal(40), "points", day("2028-12-31"))
    ]


def test_abim_without_an_assessment_that_gap_is_shown():
    cred = evaluate(physician(), [CERT], _points(10), as_of=AS_OF).credential(RULE)
    assert [g.requirement_id for g in cred.gaps] == ["assessment"]


def test_abim_subspecialty_certification_satisfies_the_points():
    facts = physician(attestations=ASSESSED | {"abim_subspecialty_certification"})
    cred = evaluate(facts, [CERT], [], as_of=AS_OF).credential(RULE)
    assert cred.status == "met"
    assert cred.requirement("points").satisfied_by == "abim_subspecialty_certification"


def test_abim_category_1_hours_are_not_moc_points():
    credits = [credit(f"c{i}", "2025-03-01", 10) for i in range(10)]
    cred = evaluate(physician(attestations=ASSESSED), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("points").missing == Decimal(100)
    assert cred.rejected["c0"] == "NO_MATCHING_REQUIREMENT"
