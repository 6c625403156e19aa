"""NCCPA PA-C certification maintenance (rules/us-nccpa.json): worked examples from nccpa.net.

"at least 100 CME credits, including at least 50 Category 1 CME credits" per two-year cycle;
self-assessment Category 1 credit earns 50% more; the window "begins May 1 of the year your
current certification was issued and continues through December 31 of the certification
expiration year" (expiring 2020: 1 May 2018 to 31 Dec 2020).
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-nccpa"
AS_OF = day("2026-06-01")
CERT = credential(RULE, "2026-12-31")  # window 2024-05-01 .. 2026-12-31


def pa(**kw):
    return physician(profession="physician_assistant", **kw)


def _cat1(n: int, date: str = "2025-01-01", **kw) -> list:
    return [credit(f"c1-{date}-{i}", date, 1, "AAPA_1", accreditor="AAPA", **kw) for i in range(n)]


def _cat2(n: int) -> list:
    return [credit(f"c2-{i}", "2025-02-01", 1, "OTHER", accreditor="") for i in range(n)]


def test_nccpa_fifty_category_1_and_fifty_category_2_are_met():
    cred = evaluate(pa(), [CERT], _cat1(50) + _cat2(50), as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.cycle_start == day("2024-05-01")


def test_nccpa_forty_category_1_leave_ten_to_earn_even_with_a_hundred_in_all():
    cred = evaluate(pa(), [CERT], _cat1(40) + _cat2(60), as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("category_1", Decimal(10))]
    assert cred.requirement("total").counted == Decimal(100)


def test_nccpa_self_assessment_category_1_counts_one_and_a_half():
    credits = _cat1(20, topics={"self_assessment"}) + _cat1(20, date="2025-03-01") + _cat2(40)
    cred = evaluate(pa(), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("category_1").counted == Decimal(50)  # 20 x 1.5 + 20
    assert cred.requirement("total").counted == Decimal(90)
    assert cred.requirement("total").missing == Decimal(10)


def test_nccpa_credit_before_may_of_the_issue_year_is_outside():
    credits = _cat1(50, date="2024-04-30") + _cat2(50)
    cred = evaluate(pa(), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("category_1").missing == Decimal(50)
