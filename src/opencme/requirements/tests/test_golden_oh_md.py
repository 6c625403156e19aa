"""Ohio physician (rules/us-oh-md.json): worked examples from OAC 4731-10-02 as read.

"In a two year CME period, a licensee shall be required to earn a total of one hundred hours of
CME, of which a minimum of forty hours shall be category 1" [verify: a later summary says 50
hours of Category 1].
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-oh-md"
AS_OF = day("2026-12-01")
LIC = credential(RULE, "2027-04-01")


def test_oh_md_hundred_with_forty_category_1_is_met_and_flagged_verify():
    credits = [
        credit("c1", "2025-06-01", 40),
        credit("c2", "2025-06-01", 60, "OTHER", accreditor=""),
    ]
    cred = evaluate(physician(), [LIC], credits, as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.requirement("total").verify


def test_oh_md_category_2_beyond_sixty_leaves_category_1_open():
    credits = [credit("c2", "2025-06-01", 100, "OTHER", accreditor="")]
    cred = evaluate(physician(), [LIC], credits, as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("category_1", Decimal(40))]
