"""ABS continuous certification (rules/us-abs.json): worked examples from
requirements-sources.md 1.8.

150 AMA PRA Category 1 credits over 5 years, at least 50 including self-assessment; a rolling
window: credits expire 5 years after completion.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-abs"
AS_OF = day("2026-06-01")  # rolling window 2021-06-02 .. 2026-06-01
CERT = credential(RULE, "2030-12-31")


def _cme(n: int, date: str, *, same_day: bool = False, **kw) -> list:
    """``n`` one-credit activities, one a day going back from ``date`` (ABS counts at most 12
    a day), or all on ``date``."""
    start = day(date)
    return [
        credit(
            f"{date}-{i}", (start - dt.timedelta(days=0 if same_day else i)).isoformat(), 1, **kw
        )
        for i in range(n)
    ]


def test_abs_hundred_fifty_with_fifty_self_assessment_is_met():
    credits = _cme(100, "2023-01-01") + _cme(50, "2022-01-01", topics={"self_assessment"})
    cred = evaluate(physician(specialty="surgery"), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.cycle_start == day("2021-06-02")


def test_abs_forty_self_assessment_credits_leave_ten():
    credits = _cme(110, "2023-01-01") + _cme(40, "2022-01-01", topics={"self_assessment"})
    cred = evaluate(physician(), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("self_assessment", Decimal(10))]


def test_abs_credits_expire_five_years_after_completion():
    credits = _cme(100, "2021-06-01") + _cme(50, "2022-01-01", topics={"self_assessment"})
    cred = evaluate(physician(), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").counted == Decimal(50)
    assert cred.rejected["2021-06-01-0"] == "OUTSIDE_WINDOW"


def test_abs_counts_at_most_twelve_credits_a_day():
    # requirements-sources.md 1.8: "<=12 per day". 20 credits on one day count 12.
    credits = (
        _cme(20, "2023-03-03", same_day=True)
        + _cme(88, "2023-01-01")
        + _cme(50, "2022-01-01", topics={"self_assessment"})
    )
    cred = evaluate(physician(), [CERT], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").counted == Decimal(150)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == []
    fewer = evaluate(physician(), [CERT], credits[:20] + credits[20 + 8 :], as_of=AS_OF).credential(
        RULE
    )
    assert fewer.requirement("total").counted == Decimal(142)  # 12 + 80 + 50
    assert fewer.requirement("total").missing == Decimal(8)
