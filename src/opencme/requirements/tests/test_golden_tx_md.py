"""Texas physician (rules/us-tx-md.json): worked examples from 22 TAC §161.35, Occ. Code §156.055.

48 credits biennially; at least 24 formal (AMA/PRA Category 1 from ACCME, a recognised state
society, AAFP, AOA 1-A, TMA, or the board for ethics); within the 24 formal: a human trafficking
prevention course, two credits of ethics/professional responsibility and two credits under §156.055
(opioids: each of the first two renewal periods, then every 8 years, direct patient care); a
deficiency can be remedied within 30 days; newly licensed physicians are exempt at first
registration.
"""

from __future__ import annotations

from decimal import Decimal

from opencme.requirements.allocation import evaluate
from opencme.requirements.tests.helpers import credential, credit, day, physician

RULE = "us-tx-md"
AS_OF = day("2027-06-01")
REG = credential(RULE, "2027-08-31", renewal_number=5)  # cycle 2025-09-01 .. 2027-08-31


def _formal(n: int) -> list:
    return [credit(f"f{i}", "2025-10-01", 1) for i in range(n)]


def _informal(n: int) -> list:
    return [credit(f"i{i}", "2025-11-01", 1, "OTHER", accreditor="") for i in range(n)]


def _topics(opioid_on: str = "2026-01-10") -> list:
    return [
        credit("eth", "2026-01-05", 2, topics={"ethics"}),
        credit("opi", opioid_on, 2, topics={"opioid_prescribing"}),
        credit("ht", "2026-01-15", 1, topics={"human_trafficking"}, approvals={"tx-hhsc"}),
    ]


def test_tx_md_complete_cycle_is_met():
    cred = evaluate(
        physician(), [REG], _formal(19) + _topics() + _informal(24), as_of=AS_OF
    ).credential(RULE)
    assert cred.status == "met", cred.gaps
    assert cred.requirement("formal").counted == Decimal(24)
    assert cred.requirement("total").counted == Decimal(48)


def test_tx_md_informal_hours_alone_leave_the_formal_and_topic_gaps():
    cred = evaluate(physician(), [REG], _informal(48), as_of=AS_OF).credential(RULE)
    gaps = {g.requirement_id: g.missing for g in cred.gaps}
    assert gaps == {
        "formal": Decimal(24),
        "ethics": Decimal(2),
        "opioid": Decimal(2),
        "trafficking_course": Decimal(1),
    }
    assert cred.requirement("total").missing == 0


def test_tx_md_opioid_course_within_eight_years_serves_but_does_not_count_toward_this_cycle():
    credits = _formal(22) + _topics(opioid_on="2021-03-01") + _informal(23)
    cred = evaluate(physician(), [REG], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("opioid").missing == 0
    assert cred.requirement("formal").counted == Decimal(25)  # 22 + ethics 2 + trafficking 1
    assert cred.requirement("total").counted == Decimal(48)
    assert cred.status == "met"


def test_tx_md_in_the_first_two_periods_the_opioid_hours_must_fall_in_the_period():
    second = credential(RULE, "2027-08-31", renewal_number=2)
    credits = _formal(22) + _topics(opioid_on="2021-03-01") + _informal(23)
    cred = evaluate(physician(), [second], credits, as_of=AS_OF).credential(RULE)
    assert not cred.requirement("opioid").applies
    assert cred.requirement("opioid_first_periods").missing == Decimal(2)


def test_tx_md_opioid_and_trafficking_only_with_direct_patient_care():
    credits = [*_formal(22), credit("eth", "2026-01-05", 2, topics={"ethics"}), *_informal(24)]
    cred = evaluate(physician(direct_patient_care=False), [REG], credits, as_of=AS_OF).credential(
        RULE
    )
    assert cred.status == "met", cred.gaps


def test_tx_md_a_trafficking_course_without_hhsc_approval_does_not_serve():
    credits = (
        _formal(19)
        + _topics()[:2]
        + [credit("ht2", "2026-01-15", 1, topics={"human_trafficking"})]
        + _informal(24)
    )
    cred = evaluate(physician(), [REG], credits, as_of=AS_OF).credential(RULE)
    assert [g.requirement_id for g in cred.gaps] == ["trafficking_course"]


def test_tx_md_deficiency_in_the_30_days_after_renewal_is_grace_then_overdue():
    credits = _formal(19) + _topics() + _informal(20)
    assert (
        evaluate(physician(), [REG], credits, as_of=day("2027-09-15")).credential(RULE).status
        == "grace"
    )
    assert (
        evaluate(physician(), [REG], credits, as_of=day("2027-10-15")).credential(RULE).status
        == "overdue"
    )


def test_tx_md_newly_licensed_exempt_at_first_registration():
    first = credential(RULE, "2027-08-31", renewal_number=1)
    assert evaluate(physician(), [first], [], as_of=AS_OF).credential(RULE).status == "exempt"


def test_tx_md_excess_of_the_previous_period_carries_to_the_total_only():
    # §161.35(c): up to 48 excess credits carry forward to the next period only, never the
    # (a)(2) topics. Previous period 2023-09-01 .. 2025-08-31: 60 credits, 12 over 48.
    previous = [credit(f"prev{i}", "2024-05-01", 1) for i in range(60)]
    credits = previous + _formal(19) + _topics() + _informal(12)
    cred = evaluate(physician(), [REG], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("total").carried_over == Decimal(12)
    assert cred.requirement("total").counted == Decimal(48)
    assert cred.requirement("formal").counted == Decimal(24)
    assert cred.status == "met"


def test_tx_md_carry_over_never_serves_the_mandated_topics():
    previous = [credit(f"prev{i}", "2024-05-01", 1, topics={"ethics"}) for i in range(60)]
    credits = previous + _formal(21) + _topics()[1:] + _informal(12)
    cred = evaluate(physician(), [REG], credits, as_of=AS_OF).credential(RULE)
    assert cred.requirement("ethics").missing == Decimal(2)
