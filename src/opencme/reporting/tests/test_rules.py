"""Deadlines, status and row checks: pure, no database."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from decimal import Decimal
from typing import Any

import pytest

from opencme.reporting import rules

D = dt.date
UAN_PATTERN = re.compile(r"^(JA\d{7}|\d{4})-(0000|9999)-\d{2}-\d{3}-[LH]\d{2}-[PT]$")


@pytest.mark.parametrize(
    ("destination", "completed", "due"),
    [
        ("PARS", D(2026, 1, 1), D(2026, 1, 31)),
        ("PARS", D(2027, 2, 1), D(2027, 3, 3)),  # February of a common year: 28 days
        ("PARS", D(2028, 2, 1), D(2028, 3, 2)),  # leap year: February 29 counts
        ("PARS", D(2028, 1, 30), D(2028, 2, 29)),  # due on the leap day itself
        ("CPE_MONITOR", D(2026, 1, 1), D(2026, 3, 2)),
        ("CPE_MONITOR", D(2028, 1, 1), D(2028, 3, 1)),  # leap year
        ("CPE_MONITOR", D(2026, 12, 15), D(2027, 2, 13)),  # across the year end
    ],
)
def test_due_on_counts_calendar_days(destination, completed, due):
    assert rules.due_on(destination, completed) == due


@pytest.mark.parametrize(
    ("destination", "days", "status"),
    [
        ("PARS", 0, rules.PENDING),
        ("PARS", 30, rules.PENDING),
        ("PARS", 31, rules.OVERDUE),
        ("CPE_MONITOR", 60, rules.PENDING),
        ("CPE_MONITOR", 61, rules.OVERDUE),
    ],
)
def test_status_for_day_30_vs_31_and_60_vs_61(destination, days, status):
    for completed in (D(2026, 1, 1), D(2028, 2, 10), D(2027, 12, 20)):
        due = rules.due_on(destination, completed)
        today = completed + dt.timedelta(days=days)
        assert rules.status_for(due=due, exported=False, today=today) == status


def test_status_for_exported_is_exported_even_when_late():
    due = D(2026, 1, 31)
    assert rules.status_for(due=due, exported=True, today=D(2026, 6, 1)) == rules.EXPORTED


def test_week_window_is_seven_days_inclusive():
    assert rules.week_window(D(2028, 2, 25)) == (D(2028, 2, 25), D(2028, 3, 2))


def _facts(**kw):
    base: dict[str, Any] = dict(
        claim_id=7,
        learner="Mei Tanaka",
        amount=Decimal("1.25"),
        maximum=Decimal("1.25"),
        legal_name="Mei Tanaka",
        birth_month=4,
        birth_day=17,
        consent=True,
    )
    return rules.ClaimFacts(**(base | kw))


def _cpe(facts=None, **kw):
    args: dict[str, Any] = dict(
        nabp_eprofile_id="1234567",
        profession="pharmacist",
        uan="JA0000001-0000-26-042-H08-P",
        uan_pattern=UAN_PATTERN,
    )
    return rules.check_cpe_row(facts or _facts(), **(args | kw))


def test_check_cpe_row_passes_a_complete_row():
    assert _cpe() == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"nabp_eprofile_id": ""}, "nabp_eprofile_id"),
        ({"nabp_eprofile_id": "12ab"}, "nabp_eprofile_id"),
        ({"uan": "JA0000001-26-042"}, "uan"),
        ({"uan": ""}, "uan"),
        ({"profession": "pharmacy_technician"}, "uan"),  # a -P UAN for a technician
        ({"profession": "nurse"}, "profession"),
    ],
)
def test_check_cpe_row_names_the_field(change, field):
    problems = _cpe(**change)
    assert [p.field for p in problems] == [field]
    assert problems[0].fix
    assert problems[0].learner == "Mei Tanaka"
    assert problems[0].claim_id == 7


def test_check_rows_flag_consent_birth_and_credit_over_maximum():
    facts = _facts(consent=False, birth_day=None, amount=Decimal("2.00"))
    fields = [p.field for p in _cpe(facts)]
    assert fields == ["consent", "birth_mmdd", "amount"]
    assert "over the activity's maximum of 1.25" in _cpe(facts)[2].message


def test_check_pars_row_needs_a_board_id_for_a_registered_board():
    facts = _facts(legal_name="Dana Whitfield", learner="Dana Whitfield")
    missing = rules.check_pars_row(facts, activity_boards=["ABIM"], learner_boards={"ABA": "9"})
    assert [p.field for p in missing] == ["board_id"]
    assert rules.check_pars_row(facts, activity_boards=["ABIM"], learner_boards={"ABIM": "1"}) == []
    assert rules.check_pars_row(facts, activity_boards=[], learner_boards={}) == []


def test_split_name_and_provider_number():
    assert rules.split_name("Dana Q Whitfield") == ("Dana Q", "Whitfield")
    assert rules.split_name("Cher") == ("", "Cher")
    assert rules.provider_number("JA0000001-0000-26-042-H08-P") == "JA0000001"


LEARNERS = list(
    itertools.product(
        [True, False],  # consent
        ["Mei Tanaka", "", "   "],  # legal name
        [4, None],  # birth month
        [17, None],  # birth day
        [
            (Decimal("1.25"), Decimal("1.25")),
            (Decimal("1.00"), Decimal("1.25")),
            (Decimal("1.50"), Decimal("1.25")),
            (Decimal("1.00"), None),
        ],  # amount and the designated maximum
    )
)


def _learner_facts(consent, name, month, day, amounts) -> rules.ClaimFacts:
    amount, maximum = amounts
    return _facts(
        consent=consent,
        legal_name=name,
        birth_month=month,
        birth_day=day,
        amount=amount,
        maximum=maximum,
    )


def test_cheap_cpe_test_passes_exactly_the_rows_the_checks_pass():
    for learner in LEARNERS:
        facts = _learner_facts(*learner)
        for nabp, profession, uan in itertools.product(
            ["1234567", "123456", "", "12ab567", "12345678"],
            ["pharmacist", "pharmacy_technician", "physician"],
            ["JA0000001-0000-26-042-H08-P", "JA0000001-0000-26-042-H08-T", "JA0000001-26", ""],
        ):
            consent, name, month, day, (amount, maximum) = learner
            cheap = (
                rules.learner_ready(consent, name, month, day)
                and rules.amount_within(amount, maximum)
                and rules.nabp_id_ok(nabp)
                and rules.uan_fits(uan, profession, UAN_PATTERN)
            )
            problems = _cpe(facts, nabp_eprofile_id=nabp, profession=profession, uan=uan)
            assert cheap == (problems == []), (learner, nabp, profession, uan, problems)


def test_cheap_pars_test_passes_exactly_the_rows_the_checks_pass():
    for learner in LEARNERS:
        facts = _learner_facts(*learner)
        for boards, held in itertools.product(
            [[], ["ABIM"], ["ABIM", "ABP"]],
            [{}, {"ABIM": "1"}, {"ABP": "2"}, {"ABIM": ""}, {"ABA": "3"}],
        ):
            consent, name, month, day, (amount, maximum) = learner
            cheap = (
                rules.learner_ready(consent, name, month, day)
                and rules.amount_within(amount, maximum)
                and rules.holds_a_board(boards, held)
            )
            problems = rules.check_pars_row(facts, activity_boards=boards, learner_boards=held)
            assert cheap == (problems == []), (learner, boards, held, problems)
