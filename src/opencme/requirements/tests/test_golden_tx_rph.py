"""Texas pharmacist (rules/us-tx-rph.json): worked examples from 22 TAC §295.8 and TSBP's FAQ.

"30 contact hours (3.0 CEUs) of approved continuing education obtained during the previous
license period"; at least one hour on Texas pharmacy laws or rules; an HHSC-approved human
trafficking prevention course each period; pharmacists licensed on or after 1 Sep 2020: 2 hours
on prescribing and monitoring controlled substances by the first anniversary of licensure; no
carry-forward; first renewal exempt from the hours.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-tx-rph"
AS_OF = day("2026-12-01")
LIC = credential(RULE, "2027-03-31", issued_on="2011-03-10", renewal_number=8)


def rph():
    return physician(profession="pharmacist", dea_registered=False)


def _acpe(n: int, date: str = "2025-06-01", **kw) -> list:
    return [credit(f"a{date}{i}", date, 1, "ACPE", accreditor="ACPE", **kw) for i in range(n)]


def _law_and_trafficking() -> list:
    return [
        credit("law", "2025-07-01", 1, "ACPE", accreditor="ACPE", approvals={"tx-pharmacy-law"}),
        credit(
            "ht",
            "2025-07-02",
            1,
            "ACPE",
            accreditor="ACPE",
            topics={"human_trafficking"},
            approvals={"tx-hhsc"},
        ),
    ]


def test_tx_rph_thirty_hours_with_law_and_trafficking_is_met():
    cred = evaluate(rph(), [LIC], _acpe(28) + _law_and_trafficking(), as_of=AS_OF).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.requirement("total").counted == Decimal(30)


def test_tx_rph_without_a_law_hour_that_gap_shows():
    cred = evaluate(rph(), [LIC], _acpe(30) + _law_and_trafficking()[1:], as_of=AS_OF).credential(
        RULE
    )
    assert [g.requirement_id for g in cred.gaps] == ["texas_law"]


def test_tx_rph_no_carry_forward_of_last_periods_hours():
    credits = _acpe(60, date="2024-06-01") + _law_and_trafficking()
    cred = evaluate(rph(), [LIC], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").missing == Decimal(28)
    assert cred.requirement("total").carried_over == 0


def test_tx_rph_new_licensee_owes_controlled_substances_by_the_first_anniversary():
    new = credential(RULE, "2026-03-31", issued_on="2024-03-15", renewal_number=1)
    cred = evaluate(rph(), [new], [], as_of=day("2025-12-01")).credential(RULE)
    assert [(g.requirement_id, g.due) for g in cred.gaps] == [
        ("controlled_substances", day("2025-03-15"))
    ]
    assert cred.status == "overdue"
    assert not cred.requirement("total").applies


def test_tx_rph_physician_credit_is_not_pharmacy_ce():
    credits = [credit(f"p{i}", "2025-06-01", 1) for i in range(30)]
    cred = evaluate(rph(), [LIC], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").missing == Decimal(30)
