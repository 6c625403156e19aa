"""What learners must be told before they start, and the statements rendered from the rule book:
plain values in, problems or text out (no database)."""

from __future__ import annotations

import copy
import datetime as dt
from decimal import Decimal

import pytest

from opencme.accreditation.disclosure import (
    DisclosureFacts,
    PersonFacts,
    RelationshipFacts,
    SupporterFacts,
    check_disclosures,
    parse_standards,
)
from opencme.accreditation.rules import parse_rulebook
from opencme.accreditation.selectors import integrity_standards_data, shipped_rulebook_data
from opencme.accreditation.statements import (
    Designation,
    accreditation_statement,
    designation_statements,
)
from opencme.core.errors import ValidationFailed

STANDARDS = parse_standards(integrity_standards_data())
BOOK = parse_rulebook(shipped_rulebook_data())

PLANNER = PersonFacts("Pat Planner", "planner", "none")
SPEAKER = PersonFacts(
    "Sam Speaker",
    "faculty",
    "relevant",
    [RelationshipFacts("Acme Pharma", "Consultant", dt.date(2025, 3, 1))],
    "Content reviewed by a planner without relationships",
)
ACME = RelationshipFacts("Acme", "Speaker")
BACKWARDS = RelationshipFacts("Acme", "Speaker", dt.date(2025, 5, 1), dt.date(2025, 1, 1))


def relevant(*relationships: RelationshipFacts, mitigation: str = "m") -> PersonFacts:
    return PersonFacts("Sam Speaker", "faculty", "relevant", relationships, mitigation)


GOOD = DisclosureFacts(
    accreditation_statement="Provider A is accredited.",
    people=[PLANNER, SPEAKER],
    commercial_support=False,
)


def fields(facts: DisclosureFacts) -> dict[str, str]:
    return {p.field: p.message for p in check_disclosures(STANDARDS, facts)}


def with_(**changes) -> DisclosureFacts:
    return DisclosureFacts(**{**GOOD.__dict__, **changes})


def test_check_disclosures_complete_facts_pass():
    assert check_disclosures(STANDARDS, GOOD) == []


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"accreditation_statement": " "}, "accreditation_statement", "accreditation statement"),
        ({"people": [SPEAKER]}, "people", "name the planners"),
        (
            {"people": [PLANNER, PersonFacts("Sam Speaker", "faculty")]},
            "people[1].disclosure",
            "Sam Speaker: record their relevant financial relationships",
        ),
        (
            {"people": [PLANNER, PersonFacts("Sam Speaker", "faculty", "relevant")]},
            "people[1].relationships",
            "list each relevant financial relationship",
        ),
        (
            {"people": [PLANNER, relevant(ACME, mitigation="")]},
            "people[1].mitigation",
            "how the relevant financial relationships were mitigated",
        ),
        (
            {"people": [PLANNER, relevant(RelationshipFacts("", "Speaker"))]},
            "people[1].relationships[0].company",
            "name the ineligible company",
        ),
        (
            {"people": [PLANNER, relevant(RelationshipFacts("Acme", " "))]},
            "people[1].relationships[0].nature",
            "nature of the relationship",
        ),
        (
            {"people": [PLANNER, relevant(BACKWARDS)]},
            "people[1].relationships[0].ended",
            "must not be before its start",
        ),
        (
            {"people": [PersonFacts("P", "planner", "none", [ACME])]},
            "people[0].disclosure",
            "yet some are listed",
        ),
        ({"people": [PersonFacts("P", "dean", "none")]}, "people[0].capacity", "must be one of"),
        ({"commercial_support": None}, "commercial_support", "state whether"),
        (
            {"commercial_support": True, "supporters": [SupporterFacts("Acme", in_kind=True)]},
            "commercial_supporters[0].in_kind_nature",
            "nature of the in-kind support",
        ),
        (
            {"commercial_support": False, "supporters": [SupporterFacts("Acme")]},
            "commercial_support",
            "marked as unsupported",
        ),
    ],
)  # fmt: skip
def test_check_disclosures_names_each_missing_item(changes, field, words):
    found = fields(with_(**changes))
    assert field in found, found
    assert words in found[field]


def test_check_disclosures_support_named_or_stated_passes():
    named = with_(commercial_support=True, supporters=[SupporterFacts("Acme Devices")])
    in_kind = with_(
        commercial_support=True, supporters=[SupporterFacts("Acme", True, "loaned ultrasound")]
    )
    stated = with_(commercial_support=True, commercial_support_statement="Supported by Acme.")
    for facts in (named, in_kind, stated):
        assert check_disclosures(STANDARDS, facts) == []


def test_check_disclosures_planner_and_faculty_in_one_person_counts_as_planner():
    facts = with_(people=[PersonFacts("Pat", "planner_faculty", "none")])
    assert check_disclosures(STANDARDS, facts) == []


def test_parse_standards_shipped_data_cites_a_source_for_each_rule():
    assert STANDARDS.lookback_months == 24
    assert all(s["url"].startswith("http") for s in STANDARDS.sources)
    assert "accme.org" in STANDARDS.sources[0]["url"]
    assert STANDARDS.text("none")


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        ("texts", {"none": "x"}, "texts"),
        ("sources", [{"title": "no address"}], "sources"),
        ("planner_capacities", ["chair"], "planner_capacities"),
        ("effective_from", "soon", "effective_from"),
    ],
)
def test_parse_standards_broken_data_names_the_field(key, value, field):
    data = copy.deepcopy(integrity_standards_data())
    data[key] = value
    with pytest.raises(ValidationFailed) as caught:
        parse_standards(data)
    assert field in [p.field for p in caught.value.problems]


# --- statements ---------------------------------------------------------------------------------


def render(*designations: Designation, format: str = "enduring") -> list[str]:
    return [
        s.text
        for s in designation_statements(
            BOOK,
            list(designations),
            provider="Provider A",
            format=format,
            expires=dt.date(2027, 1, 15),
        )
    ]


def test_designation_statements_fill_provider_format_and_amount():
    [ama] = render(Designation("AMA_PRA_1", Decimal("1.25")))
    assert ama.startswith(
        "Provider A designates this enduring material for a maximum of 1.25 AMA PRA Category 1"
    )
    [live] = render(Designation("AMA_PRA_1", Decimal("2.00")), format="live")
    assert "this live activity for a maximum of 2 AMA PRA" in live


def test_designation_statements_every_credit_type_has_its_own_with_amount():
    texts = render(
        Designation("AMA_PRA_1", Decimal("1.25")),
        Designation("AAPA_1", Decimal("1.25")),
        Designation("ANCC", Decimal("1.25"), pharmacology_hours=Decimal("0.5")),
        Designation("ACPE", Decimal("1.25"), uan="JA0000000-0000-26-042-H08-P"),
        Designation("ASWB_ACE", Decimal("1.25"), label="Social Work CE (ethics)"),
        Designation("OTHER", Decimal("2"), label="CCM hours"),
    )
    assert len(texts) == 6
    assert all("1.25" in t for t in texts[:5])
    assert "Approval is valid until Jan 15, 2027" in texts[1]
    assert "Of these, 0.5 contact hours are pharmacotherapeutic" in texts[2]
    assert "UAN): JA0000000-0000-26-042-H08-P" in texts[3]
    assert "1.25 ethics continuing education credits" in texts[4]
    assert texts[5] == "This activity offers 2 CCM hours."
    assert not any("{" in t for t in texts)


def test_designation_statements_skip_an_unknown_credit_type():
    assert render(Designation("NOPE", Decimal("1"))) == []


def test_accreditation_statement_prefers_activity_then_accreditor_then_provider():
    kwargs = {"provider": "Provider A", "provider_statement": "Provider A's own words."}
    own = accreditation_statement(
        BOOK, activity_statement="Jointly provided.", accreditor="JA", **kwargs
    )
    assert own == "Jointly provided."
    ja = accreditation_statement(BOOK, activity_statement="", accreditor="JA", **kwargs)
    assert ja.startswith("In support of improving patient care, Provider A is jointly accredited")
    other = accreditation_statement(BOOK, activity_statement="", accreditor="ACCME", **kwargs)
    assert other == "Provider A's own words."
    none = accreditation_statement(
        BOOK, activity_statement="", accreditor="", provider="P", provider_statement=""
    )
    assert none == ""
