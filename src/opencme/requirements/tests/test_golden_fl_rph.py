"""Florida pharmacist (rules/us-fl-rph.json): worked examples from 64B16-26.103 and its sources.

"no less than 30 hours of approved courses ... within the 24 month period prior to the expiration
date of the license"; 10 live hours; 2 hours on medication errors; 2 hours on validating
controlled substance prescriptions, counted toward the 30; 1 hour HIV/AIDS at the first renewal;
first renewal 12 months or more after licensure: 15 hours.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-fl-rph"
AS_OF = day("2027-06-01")
LIC = credential(RULE, "2027-09-30", renewal_number=6)  # window 2025-10-01 .. 2027-09-30


def rph():
    return physician(profession="pharmacist", dea_registered=False)


def _acpe(cid: str, hours: float, fmt: str = "anytime", **kw):
    return credit(cid, "2026-01-15", hours, "ACPE", accreditor="ACPE", fmt=fmt, **kw)


def _full() -> list:
    return [
        _acpe("live", 10, fmt="live"),
        _acpe("home", 16),
        _acpe("me", 2, topics={"medical_errors"}),
        _acpe("cs", 2, topics={"controlled_substance_prescribing"}),
    ]


def test_fl_rph_thirty_hours_with_ten_live_and_both_topics_is_met():
    cred = evaluate(rph(), [LIC], _full(), as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.requirement("total").counted == Decimal(30)


def test_fl_rph_home_study_cannot_stand_in_for_live_hours():
    credits = [_acpe("home", 26), *_full()[2:]]
    cred = evaluate(rph(), [LIC], credits, as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("live", Decimal(10))]


def test_fl_rph_first_renewal_asks_fifteen_hours_and_hiv():
    first = credential(RULE, "2027-09-30", issued_on="2025-06-01", renewal_number=1)
    credits = [
        _acpe("g", 12),
        _acpe("me", 2, topics={"medical_errors"}),
        _acpe("cs", 2, topics={"controlled_substance_prescribing"}),
    ]
    cred = evaluate(rph(), [first], credits, as_of=AS_OF).credential(RULE)
    # The topic hours count toward the 15 as they count toward the 30 (a reduction of the
    # total, not a separate node); the 10 live hours are not asked at the first renewal.
    assert cred.requirement("total").required == Decimal(15)
    assert cred.requirement("total").counted == Decimal(16)
    assert not cred.requirement("live").applies
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("hiv_aids", Decimal(1))]
