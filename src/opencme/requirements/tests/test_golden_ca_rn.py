"""California registered nurse (rules/us-ca-rn.json): worked examples from the Board of
Registered Nursing.

"30 contact hours of continuing education every two years ... completed during the preceding
renewal period ... through a continuing education provider recognized by the Board"; licensees
in the first two years after initial licensure are exempt from the hours but complete one hour
of implicit bias (from 1 January 2023).
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-ca-rn"
AS_OF = day("2026-12-01")


def nurse():
    return physician(profession="nurse", dea_registered=False)


def _ce(n: int, date: str = "2025-09-01", **kw) -> list:
    return [credit(f"n{i}", date, 1, "NURSING_CE", accreditor="CA-BRN", **kw) for i in range(n)]


def test_ca_rn_thirty_contact_hours_are_met():
    lic = credential(RULE, "2027-04-30", renewal_number=4)
    cred = evaluate(nurse(), [lic], _ce(30), as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps


def test_ca_rn_hours_before_the_renewal_period_do_not_count():
    lic = credential(RULE, "2027-04-30", renewal_number=4)
    cred = evaluate(nurse(), [lic], _ce(30, date="2025-04-30"), as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").missing == Decimal(30)


def test_ca_rn_new_licensee_owes_only_the_implicit_bias_hour():
    lic = credential(RULE, "2027-04-30", issued_on="2025-05-10", renewal_number=1)
    cred = evaluate(nurse(), [lic], [], as_of=AS_OF).credential(RULE)
    assert [(g.requirement_id, g.missing) for g in cred.gaps] == [("implicit_bias", Decimal(1))]
    done = evaluate(nurse(), [lic], _ce(1, topics={"implicit_bias"}), as_of=AS_OF).credential(RULE)
    assert done.status == "met"
