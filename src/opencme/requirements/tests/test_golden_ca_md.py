"""California physician (rules/us-ca-md.json): worked examples from the Medical Board's pages
and B&P Code §2190.5.

"a minimum of 50 hours of approved Continuing Medical Education (CME) hours during each
biennial renewal cycle ... during each two-year period immediately preceding the expiration";
a one-time 12 hours on pain management and the terminally ill, "within the required minimum",
within four years of the initial license or by the second renewal, whichever first;
pathologists and radiologists exempt.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-ca-md"
AS_OF = day("2026-12-01")


def _general(n: int, date: str = "2025-06-01") -> list:
    return [credit(f"g{i}", date, 1) for i in range(n)]


def _pain(date: str) -> list:
    return [credit("pain", date, 12, topics={"pain_management", "end_of_life"})]


def test_ca_md_established_physician_with_fifty_hours_and_past_pain_course_is_met():
    lic = credential(RULE, "2027-03-31", renewal_number=10)
    cred = evaluate(physician(), [lic], _general(50) + _pain("2012-05-01"), as_of=AS_OF).credential(
        RULE
    )
    assert cred.status == "met", cred.gaps
    assert (cred.cycle_start, cred.cycle_end) == (day("2025-04-01"), day("2027-03-31"))
    assert cred.requirement("total").counted == Decimal(50)  # the 2012 course is outside


def test_ca_md_pain_hours_count_toward_the_fifty():
    lic = credential(RULE, "2027-03-31", renewal_number=10)
    cred = evaluate(physician(), [lic], _general(38) + _pain("2025-09-01"), as_of=AS_OF).credential(
        RULE
    )
    assert cred.requirement("total").counted == Decimal(50)
    assert cred.status == "met"


def test_ca_md_new_licensee_owes_pain_hours_four_years_after_issue_if_earlier_than_second_renewal():
    lic = credential(RULE, "2027-03-31", issued_on="2023-03-01", renewal_number=2)
    cred = evaluate(physician(), [lic], _general(50), as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing, g.due) for g in cred.gaps] == [
        ("pain_management", Decimal(12), day("2027-03-01"))
    ]


def test_ca_md_radiologists_are_exempt_from_the_pain_course():
    lic = credential(RULE, "2027-03-31", issued_on="2023-03-01", renewal_number=2)
    cred = evaluate(physician(specialty="radiology"), [lic], _general(50), as_of=AS_OF).credential(
        RULE
    )
    assert cred.status == "met"
    assert not cred.requirement("pain_management").applies
