"""The credit designation statement a hosted activity states to learners (the AMA PRA credit
system's designation statement, cited as the integrity standards' ``designation-statement``
source): plain values in, problems out."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from opencme.accreditation.disclosure import (
    DESIGNATION_SOURCE,
    DesignationFacts,
    DisclosureFacts,
    PersonFacts,
    check_designation,
    check_disclosures,
    parse_standards,
    states_amount,
)
from opencme.accreditation.rules import CreditFacts, MocFacts, check_moc_points, parse_rulebook
from opencme.accreditation.selectors import integrity_standards_data, shipped_rulebook_data
from opencme.core.errors import ValidationFailed

STANDARDS = parse_standards(integrity_standards_data())
AMA = "AMA PRA Category 1 Credit™"
STATED = "Provider A designates this enduring material for a maximum of 1.25 AMA PRA Category 1"


def problems(*designations: DesignationFacts) -> dict[str, str]:
    facts = DisclosureFacts(
        accreditation_statement="Provider A is accredited.",
        people=[PersonFacts("Pat Planner", "planner", "none")],
        commercial_support=False,
        designations=designations,
    )
    return {p.field: p.message for p in check_disclosures(STANDARDS, facts)}


def test_a_designation_with_its_statement_passes():
    assert problems(DesignationFacts(AMA, Decimal("1.25"), STATED)) == {}


def test_a_designation_without_a_statement_is_refused_beside_its_field():
    found = problems(
        DesignationFacts(AMA, Decimal("1.25"), STATED),
        DesignationFacts("ANCC contact hours", Decimal("1.25"), "   "),
    )
    assert list(found) == ["credits[1].statement"]
    assert found["credits[1].statement"].startswith("ANCC contact hours: state the credit")


def test_a_statement_that_does_not_state_the_amount_is_refused():
    found = problems(DesignationFacts(AMA, Decimal("2"), STATED))
    assert "does not state the designated maximum, 2" in found["credits[0].statement"]


@pytest.mark.parametrize(
    ("text", "amount", "stated"),
    [
        ("a maximum of 1.25 credits", "1.25", True),
        ("a maximum of 2.00 credits", "2", True),
        ("a maximum of 2 credits", "2.00", True),
        ("a maximum of 12 credits", "2", False),
        ("a maximum of 1.25 credits", "1.2", False),
        ("a maximum of 0.5 credits", "0.50", True),
    ],
)
def test_states_amount_reads_the_number_whole(text, amount, stated):
    assert states_amount(text, Decimal(amount)) is stated


def test_the_rule_cites_its_source():
    sources = {s["id"]: s for s in integrity_standards_data()["sources"]}
    assert sources[DESIGNATION_SOURCE]["url"].startswith("https://")
    assert sources[DESIGNATION_SOURCE]["facts"]


def test_standards_without_the_designation_source_are_refused():
    data = copy.deepcopy(integrity_standards_data())
    data["sources"] = [s for s in data["sources"] if s["id"] != DESIGNATION_SOURCE]
    with pytest.raises(ValidationFailed) as caught:
        parse_standards(data)
    assert [p.field for p in caught.value.problems] == ["sources"]


# --- MOC points never above the AMA credit (the rule book's ``moc_points``, ACCME) -------------


def test_moc_points_above_the_ama_credit_are_refused_beside_the_points():
    book = parse_rulebook(shipped_rulebook_data())
    assert book.moc_points_cap == "AMA_PRA_1"
    assert "ACCME" in book.moc_points_citation
    credits = [CreditFacts("AMA_PRA_1", Decimal("1.25")), CreditFacts("ANCC", Decimal("3"))]
    over = check_moc_points(book, MocFacts("ABIM", Decimal("2")), index=1, credits=credits)
    assert [(p.field, p.message) for p in over] == [
        (
            "moc[1].points",
            "ABIM: 2 MOC points are more than the 1.25 AMA PRA Category 1 Credit™ designated",
        )
    ]
    assert check_moc_points(book, MocFacts("ABIM", Decimal("1.25")), index=0, credits=credits) == []
    assert check_moc_points(book, MocFacts("ABIM", Decimal("1")), index=0, credits=credits) == []


def test_a_moc_points_rule_without_its_citation_is_refused():
    data = copy.deepcopy(shipped_rulebook_data())
    data["moc_points"]["sources"] = []
    with pytest.raises(ValidationFailed) as caught:
        parse_rulebook(data)
    assert [p.field for p in caught.value.problems] == ["moc_points"]


def test_a_statement_naming_another_uan_is_refused():
    book = parse_rulebook(shipped_rulebook_data())
    old, new = "JA0000000-0000-25-001-H01-P", "JA0000000-0000-26-001-H01-P"
    stated = f"This activity is approved for 1.25 contact hours. UAN: {old}."
    facts = DesignationFacts("ACPE pharmacy CE", Decimal("1.25"), stated, new)
    found = check_designation(facts, index=2, uan_shape=book.uan_pattern)
    assert [(p.field, p.message) for p in found] == [
        (
            "credits[2].statement",
            f"ACPE pharmacy CE: the statement names the UAN {old}, not this designation's {new}",
        )
    ]
    same = DesignationFacts("ACPE pharmacy CE", Decimal("1.25"), stated, old)
    assert check_designation(same, index=2, uan_shape=book.uan_pattern) == []
