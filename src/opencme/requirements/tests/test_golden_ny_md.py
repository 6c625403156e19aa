"""New York physician (rules/us-ny-md.json): worked examples from PHL §239 and the sources.

No CME-hour requirement; infection control coursework approved by the department "every four
years"; child abuse identification and reporting once; DEA registrants: prescriber education
every 3 years [the last two from secondary sources].
"""

from __future__ import annotations

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-ny-md"
AS_OF = day("2026-12-01")
REG = credential(RULE, "2027-06-30")


def _courses(infection_on: str = "2024-02-01") -> list:
    return [
        credit("ic", infection_on, 2, topics={"infection_control"}, approvals={"ny-doh"}),
        credit("ca", "2010-01-01", 2, topics={"child_abuse"}, approvals={"ny-sed"}),
        credit("pe", "2025-01-01", 3, approvals={"ny-prescriber-education"}),
    ]


def test_ny_md_has_no_hour_total_and_the_three_courses_meet_it():
    cred = evaluate(physician(), [REG], _courses(), as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps


def test_ny_md_infection_control_older_than_four_years_is_due_again():
    cred = evaluate(physician(), [REG], _courses("2023-01-15"), as_of=AS_OF).credential(RULE)
    assert [g.requirement_id for g in cred.gaps] == ["infection_control"]
    assert cred.gaps[0].due == day("2027-06-30")


def test_ny_md_prescriber_education_only_for_dea_registrants():
    credits = [c for c in _courses() if c.id != "pe"]
    assert evaluate(physician(), [REG], credits, as_of=AS_OF).credential(RULE).status == "due"
    cred = evaluate(physician(dea_registered=False), [REG], credits, as_of=AS_OF).credential(RULE)
    assert cred.status == "met"
