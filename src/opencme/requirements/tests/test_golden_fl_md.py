"""Florida physician (rules/us-fl-md.json): worked examples from 64B8-13.005 and F.S. 456.

40 hours "in the 24 months preceding each biennial renewal"; 2 hours of domestic violence "as
part of every third biennial renewal"; 1 hour HIV/AIDS upon the first renewal; the 2-hour
prevention of medical errors course counts toward the total (F.S. 456.013(7)); DEA registrants
take the 2-hour controlled substance prescribing course at each renewal, within the total
(F.S. 456.0301); 1 hour human trafficking and the first-renewal exemption rest on a secondary
source [verify].
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-fl-md"
AS_OF = day("2026-12-01")
LICENCE = credential(RULE, "2027-01-31", renewal_number=4)  # cycle 2025-02-01 .. 2027-01-31


def _general(n: int, date: str = "2025-06-01") -> list:
    return [credit(f"g{i}", date, 1) for i in range(n)]


def _mandated() -> list:
    return [
        credit("me", "2025-04-01", 2, topics={"medical_errors"}),
        credit("cs", "2025-05-01", 2, topics={"controlled_substance_prescribing"}),
        credit("ht", "2025-05-02", 1, topics={"human_trafficking"}),
        credit("dv", "2021-03-01", 2, topics={"domestic_violence"}),
    ]


def test_fl_md_complete_cycle_is_met():
    result = evaluate(physician(), [LICENCE], _general(35) + _mandated(), as_of=AS_OF)
    cred = result.credential(RULE)
    assert (cred.cycle_start, cred.cycle_end) == (day("2025-02-01"), day("2027-01-31"))
    assert cred.status == "met", cred.gaps
    # 35 + 2 + 2 + 1 in the window; the 2021 domestic violence course is outside it.
    assert cred.requirement("total").counted == Decimal(40)
    assert cred.requirement("domestic_violence").missing == 0
    assert cred.gaps == ()


def test_fl_md_hours_without_the_medical_errors_course_leave_that_gap():
    credits = [c for c in _mandated() if c.id != "me"] + _general(40)
    cred = evaluate(physician(), [LICENCE], credits, as_of=AS_OF).credential(RULE)
    assert cred.status == "due"
    assert [(g.requirement_id, g.missing, g.due) for g in cred.gaps] == [
        ("medical_errors", Decimal(2), day("2027-01-31"))
    ]


def test_fl_md_domestic_violence_is_due_once_in_three_cycles():
    credits = [c for c in _mandated() if c.id != "dv"] + _general(35)
    cred = evaluate(physician(), [LICENCE], credits, as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("domestic_violence", Decimal(2))]


def test_fl_md_controlled_substances_only_for_dea_registrants():
    credits = [c for c in _mandated() if c.id != "cs"] + _general(37)
    cred = evaluate(physician(dea_registered=False), [LICENCE], credits, as_of=AS_OF).credential(
        RULE
    )
    assert cred.status == "met"
    assert not cred.requirement("controlled_substances").applies


def test_fl_md_first_renewal_asks_only_hiv_aids_and_medical_errors():
    first = credential(RULE, "2027-01-31", renewal_number=1)
    credits = [
        credit("hiv", "2025-09-01", 1, topics={"hiv_aids"}),
        credit("me", "2025-09-02", 2, topics={"medical_errors"}),
    ]
    cred = evaluate(physician(), [first], credits, as_of=AS_OF).credential(RULE)
    assert cred.status == "met"
    assert not cred.requirement("total").applies
    assert cred.requirement("hiv_aids").counted == Decimal(1)
    # The exemption rests on a secondary source: the flag travels with the result.
    assert cred.requirement("total").verify


def test_fl_md_hours_before_the_window_are_refused_with_a_reason():
    credits = [credit(f"old{i}", "2025-01-31", 1) for i in range(40)]
    cred = evaluate(physician(), [LICENCE], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").missing == Decimal(40)
    assert cred.rejected["old0"] == "OUTSIDE_WINDOW"


def test_fl_md_one_hour_serves_one_topic_and_the_solver_finds_the_assignment_that_fills_both():
    # X could serve medical errors or controlled substances; Y only controlled substances.
    # A first-fit pass giving X to controlled substances would leave medical errors open.
    credits = [
        credit("x", "2025-03-01", 2, topics={"controlled_substance_prescribing", "medical_errors"}),
        credit("y", "2025-03-02", 2, topics={"controlled_substance_prescribing"}),
        credit("ht", "2025-05-02", 1, topics={"human_trafficking"}),
        credit("dv", "2021-03-01", 2, topics={"domestic_violence"}),
        *_general(35),
    ]
    cred = evaluate(physician(), [LICENCE], credits, as_of=AS_OF).credential(RULE)
    assert cred.gaps == ()
    applied = {(a.credit_id, a.requirement_id) for a in cred.applications if a.reason == "TOPIC"}
    assert ("x", "medical_errors") in applied
    assert ("y", "controlled_substances") in applied
    # Topic hours count toward the 40 as well, never twice.
    assert cred.requirement("total").counted == Decimal(40)
