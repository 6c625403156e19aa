"""The accreditation rules as pure functions: plain values in, problems out, no database."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from opencme.accreditation.rules import (
    ActivityFacts,
    CreditFacts,
    MocFacts,
    RuleBook,
    check_activity,
    check_credit,
    check_moc,
    check_uan,
    claimable_until,
    is_on_increment,
    parse_rulebook,
)
from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.core.errors import ValidationFailed

RELEASE = dt.date(2026, 3, 1)
GOOD_UAN = "JA0000001-0000-26-001-H01-P"


@pytest.fixture(scope="module")
def book() -> RuleBook:
    return parse_rulebook(shipped_rulebook_data())


def facts(**overrides) -> ActivityFacts:
    """An enduring activity that passes every rule; tests change one thing at a time."""
    base: dict[str, Any] = {
        "title": "Opioids for low back pain",
        "format": "enduring",
        "delivery": "online",
        "start_date": RELEASE,
        "expires": dt.date(2027, 3, 1),
        "providership": "direct",
        "objectives": ["Weigh benefits and harms of opioids"],
        "credits": [CreditFacts("AMA_PRA_1", Decimal("1.25"), "credit")],
    }
    base.update(overrides)
    return ActivityFacts(**base)


def fields(problems) -> list[str]:
    return [p.field for p in problems]


def credit(book: RuleBook, c: CreditFacts, *, planned_by_team: bool = False):
    return check_credit(book, c, index=0, release=RELEASE, planned_by_team=planned_by_team)


def test_check_activity_good_facts_pass(book):
    assert check_activity(book, facts()) == []


# --- AMA PRA Category 1: 0.25 steps, at least 0.25 ----------------------------------------------


@pytest.mark.parametrize("amount", ["0.25", "0.5", "0.75", "1", "1.25", "12", "20.75"])
def test_check_credit_ama_accepts_quarter_steps(book, amount):
    assert credit(book, CreditFacts("AMA_PRA_1", Decimal(amount))) == []


@pytest.mark.parametrize("amount", ["0.3", "1.1", "1.33", "2.01", "0.26"])
def test_check_credit_ama_refuses_off_step_amounts(book, amount):
    problems = credit(book, CreditFacts("AMA_PRA_1", Decimal(amount)))
    assert fields(problems) == ["credits[0].amount"]
    assert "steps of 0.25" in problems[0].message


@pytest.mark.parametrize("amount", ["0", "0.1", "0.2"])
def test_check_credit_ama_refuses_below_minimum(book, amount):
    problems = credit(book, CreditFacts("AMA_PRA_1", Decimal(amount)))
    assert fields(problems) == ["credits[0].amount"]
    assert "at least 0.25" in problems[0].message


def test_check_credit_requires_an_amount(book):
    problems = credit(book, CreditFacts("AMA_PRA_1", None))
    assert fields(problems) == ["credits[0].amount"]
    assert "required" in problems[0].message


def test_check_credit_unknown_type_names_type(book):
    problems = credit(book, CreditFacts("NOPE", Decimal(1)))
    assert fields(problems) == ["credits[0].type"]
    assert "'NOPE'" in problems[0].message


def test_check_credit_uses_each_types_increment(book):
    # CDR counts in halves: 0.75 is fine for AMA but not for CDR.
    assert credit(book, CreditFacts("CDR", Decimal("1.5"))) == []
    assert fields(credit(book, CreditFacts("CDR", Decimal("0.75")))) == ["credits[0].amount"]
    # ANCC contact hours go to the hundredth.
    assert credit(book, CreditFacts("ANCC", Decimal("1.33"), "contact_hour")) == []


def test_check_credit_other_needs_its_label(book):
    assert fields(credit(book, CreditFacts("OTHER", Decimal(1)))) == ["credits[0].label"]
    assert credit(book, CreditFacts("OTHER", Decimal(1), label="Texas BON")) == []


def test_is_on_increment_plain_values():
    assert is_on_increment(Decimal("0.75"), Decimal("0.25"))
    assert not is_on_increment(Decimal("0.8"), Decimal("0.25"))
    assert not is_on_increment(Decimal(1), Decimal(0))


# --- ACPE: Universal Activity Number ------------------------------------------------------------


@pytest.mark.parametrize(
    "uan",
    [
        "JA0000001-0000-26-001-H01-P",
        "JA4008163-9999-26-123-L04-T",
        "0204-0000-26-001-H01-P",
        "0204-9999-26-999-L99-T",
    ],
)
def test_check_uan_accepts_well_formed_numbers(book, uan):
    assert check_uan(book, uan, release=RELEASE, where="uan") == []


@pytest.mark.parametrize(
    "uan",
    [
        "JA000001-0000-26-001-H01-P",  # JA number has 7 digits
        "JA0000001-1234-26-001-H01-P",  # joint provider code 0000 or 9999
        "JA0000001-0000-2026-001-H01-P",  # two-digit year
        "JA0000001-0000-26-01-H01-P",  # three-digit sequence
        "JA0000001-0000-26-001-X01-P",  # L or H
        "JA0000001-0000-26-001-H1-P",  # two-digit topic
        "JA0000001-0000-26-001-H01-B",  # P or T
        "204-0000-26-001-H01-P",  # ACPE provider number has 4 digits
        " JA0000001-0000-26-001-H01-P",
        "JA0000001-0000-26-001-H01-P-extra",
        "ja0000001-0000-26-001-h01-p",
    ],
)
def test_check_uan_refuses_bad_shapes(book, uan):
    problems = check_uan(book, uan, release=RELEASE, where="credits[2].uan")
    assert fields(problems) == ["credits[2].uan"]
    assert "is not a UAN" in problems[0].message


def test_check_uan_year_must_match_release_year(book):
    problems = check_uan(book, "JA0000001-0000-25-001-H01-P", release=RELEASE, where="uan")
    assert fields(problems) == ["uan"]
    assert "25" in problems[0].message
    assert "2026" in problems[0].message
    # Without a release date there is nothing to compare against.
    assert check_uan(book, "JA0000001-0000-25-001-H01-P", release=None, where="uan") == []


def test_check_credit_acpe_needs_a_uan(book):
    problems = credit(book, CreditFacts("ACPE", Decimal(1), "contact_hour"))
    assert fields(problems) == ["credits[0].uan"]
    assert "Universal Activity Number" in problems[0].message
    assert credit(book, CreditFacts("ACPE", Decimal(1), "contact_hour", uan=GOOD_UAN)) == []


def test_check_credit_uan_not_required_for_other_types(book):
    assert credit(book, CreditFacts("ANCC", Decimal(1), "contact_hour")) == []


# --- IPCE: planned by and for the team ----------------------------------------------------------


def test_check_credit_ipce_needs_team_planning(book):
    ipce = CreditFacts("IPCE", Decimal(1))
    problems = credit(book, ipce, planned_by_team=False)
    assert fields(problems) == ["credits[0].type"]
    assert "planned by and for the team" in problems[0].message
    assert credit(book, ipce, planned_by_team=True) == []


def test_check_activity_ipce_uses_activity_planning(book):
    credits = [CreditFacts("AMA_PRA_1", Decimal(1)), CreditFacts("IPCE", Decimal(1))]
    assert fields(check_activity(book, facts(credits=credits))) == ["credits[1].type"]
    assert check_activity(book, facts(credits=credits, planned_by_team=True)) == []


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("expires", [RELEASE, RELEASE - dt.timedelta(days=1)])
def test_check_activity_expiry_after_release(book, expires):
    problems = check_activity(book, facts(expires=expires))
    assert "expires" in fields(problems)
    assert any("after the release date" in p.message for p in problems)


def test_check_activity_enduring_runs_at_most_three_years(book):
    assert check_activity(book, facts(expires=dt.date(2029, 3, 1))) == []
    problems = check_activity(book, facts(expires=dt.date(2029, 3, 2)))
    assert fields(problems) == ["expires"]
    assert "at most 3 years" in problems[0].message


def test_check_activity_enduring_leap_day_release(book):
    leap = dt.date(2028, 2, 29)
    assert check_activity(book, facts(start_date=leap, expires=dt.date(2031, 2, 28))) == []
    assert fields(check_activity(book, facts(start_date=leap, expires=dt.date(2031, 3, 1)))) == [
        "expires"
    ]


def test_check_activity_enduring_needs_expiry(book):
    assert fields(check_activity(book, facts(expires=None))) == ["expires"]


def test_check_activity_live_needs_date_and_may_end_same_day(book):
    live = {"format": "live", "delivery": "in_person", "expires": None}
    assert fields(check_activity(book, facts(start_date=None, **live))) == ["start_date"]
    assert check_activity(book, facts(end_date=RELEASE, **live)) == []
    before = facts(end_date=RELEASE - dt.timedelta(days=1), **live)
    assert fields(check_activity(book, before)) == ["end_date"]


def test_claimable_until_expiry_then_live_end(book):
    end = dt.date(2026, 3, 3)
    assert claimable_until(book, format="live", end_date=end, expires=None) == end
    assert claimable_until(book, format="live", end_date=end, expires=RELEASE) == RELEASE
    assert claimable_until(book, format="enduring", end_date=end, expires=None) is None


# --- providership, support, required fields -------------------------------------------------------


def test_check_activity_joint_providership_needs_joint_providers(book):
    problems = check_activity(book, facts(providership="joint"))
    assert fields(problems) == ["joint_providers"]
    assert check_activity(book, facts(providership="joint", joint_providers=["PCSS"])) == []


def test_check_activity_commercial_support_must_be_disclosed(book):
    problems = check_activity(book, facts(commercial_support=True))
    assert fields(problems) == ["statements.commercial_support"]
    disclosed = facts(commercial_support=True, commercial_support_statement="Grant from X")
    assert check_activity(book, disclosed) == []


def test_check_activity_names_every_missing_field(book):
    empty = ActivityFacts()
    assert set(fields(check_activity(book, empty))) == {
        "title",
        "format",
        "delivery",
        "objectives",
        "credits",
    }


def test_check_activity_credit_listed_twice(book):
    twice = [CreditFacts("AMA_PRA_1", Decimal(1)), CreditFacts("AMA_PRA_1", Decimal(2))]
    assert fields(check_activity(book, facts(credits=twice))) == ["credits[1].type"]


# --- MOC -----------------------------------------------------------------------------------------


def test_check_moc_board_credit_types(book):
    good = MocFacts("ABIM", Decimal(1), ("Medical Knowledge",))
    assert check_moc(book, good, index=0, has_ama=True) == []
    bad = MocFacts("ABIM", Decimal(1), ("Lifelong Learning",))
    problems = check_moc(book, bad, index=1, has_ama=True)
    assert fields(problems) == ["moc[1].credit_types"]
    assert "ABIM does not register Lifelong Learning" in problems[0].message
    assert "Medical Knowledge" in problems[0].message


def test_check_moc_unknown_board_and_points(book):
    assert fields(check_moc(book, MocFacts("ABXYZ", Decimal(1)), index=0, has_ama=True)) == [
        "moc[0].board"
    ]
    assert fields(check_moc(book, MocFacts("ABA", None), index=0, has_ama=True)) == [
        "moc[0].points"
    ]
    assert fields(check_moc(book, MocFacts("ABA", Decimal(0)), index=0, has_ama=True)) == [
        "moc[0].points"
    ]


def test_check_activity_moc_needs_ama_designation(book):
    moc = [MocFacts("ABA", Decimal(1), ("Lifelong Learning",))]
    assert check_activity(book, facts(moc=moc)) == []
    nurses = [CreditFacts("ANCC", Decimal(1), "contact_hour")]
    problems = check_activity(book, facts(moc=moc, credits=nurses))
    assert fields(problems) == ["moc[0].board"]
    assert "AMA PRA Category 1" in problems[0].message


# --- the rule book as data ------------------------------------------------------------------------


def test_parse_rulebook_shipped_book_parses(book):
    assert book.version
    assert book.credit_types["AMA_PRA_1"].increment == Decimal("0.25")
    assert book.credit_types["AMA_PRA_1"].minimum == Decimal("0.25")
    assert book.credit_types["ACPE"].activity_identifiers == ("uan",)
    assert book.credit_types["IPCE"].requires_team_planning
    assert "Medical Knowledge" in book.boards["ABIM"].credit_types
    assert book.enduring_max_years == 3
    assert book.professions_for("AAPA_1") == ["physician_assistant"]
    assert set(book.professions_for("IPCE")) == set(book.professions)
    assert book.professions_for("NOPE") == []


def test_parse_rulebook_professions_may_claim(book):
    assert book.credit_types["AMA_PRA_1"].may_claim("physician")
    assert not book.credit_types["AMA_PRA_1"].may_claim("nurse")
    assert book.credit_types["IPCE"].may_claim("dietitian")


def _broken(change) -> dict:
    data = copy.deepcopy(shipped_rulebook_data())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: d.update(effective_from="soon"), "effective_from", "date"),
        (lambda d: d.update(version=""), "version", "required"),
        (lambda d: d.update(professions={}), "professions", "at least one"),
        (lambda d: d.update(credit_types=[]), "credit_types", "at least one"),
        (lambda d: d["credit_types"][0].update(code="ama pra"), "credit_types[0].code", "upper"),
        (
            lambda d: d["credit_types"][1].update(code=d["credit_types"][0]["code"]),
            "credit_types[1].code",
            "twice",
        ),
        (lambda d: d["credit_types"][0].update(unit="furlong"), "credit_types[0].unit", "one of"),
        (
            lambda d: d["credit_types"][2].update(increment="quarter"),
            "credit_types[2].increment",
            "not a number",
        ),
        (
            lambda d: d["credit_types"][0].update(increment="-0.25"),
            "credit_types[0].increment",
            "positive",
        ),
        (
            lambda d: d["credit_types"][0].update(minimum="0"),
            "credit_types[0].minimum",
            "positive",
        ),
        (
            lambda d: d["credit_types"][0].update(professions=["astronaut"]),
            "credit_types[0].professions",
            "astronaut",
        ),
        (lambda d: d["formats"].pop("enduring"), "formats", "enduring"),
        (lambda d: d.update(uan_pattern="(unclosed"), "uan_pattern", "not a valid pattern"),
        (lambda d: d.update(enduring_max_years="three"), "enduring_max_years", "whole number"),
        (lambda d: d.update(enduring_max_years=0), "enduring_max_years", "whole number"),
        (lambda d: d["credit_types"].append("AMA"), "credit_types[16]", "object"),
        (lambda d: d["boards"].append({"name": "No code"}), "boards[15].code", "required"),
        (lambda d: d["boards"][0].update(credit_types="MK"), "boards[0].credit_types", "list"),
        (
            lambda d: d.update(live_formats=["live", "party"]),
            "live_formats",
            "party",
        ),
    ],
)
def test_parse_rulebook_refuses_bad_data_naming_the_field(change, field, words):
    with pytest.raises(ValidationFailed) as caught:
        parse_rulebook(_broken(change))
    problems = {p.field: p.message for p in caught.value.problems}
    assert field in problems, problems
    assert words in problems[field]


def test_parse_rulebook_reports_every_fault_at_once():
    def change(d):
        d["version"] = ""
        d["credit_types"][0]["unit"] = "furlong"

    with pytest.raises(ValidationFailed) as caught:
        parse_rulebook(_broken(change))
    assert {p.field for p in caught.value.problems} == {"version", "credit_types[0].unit"}
