"""Round 17 (development listings of batch 5): a paragraph that defines the activity in its
first sentence is a description, whatever approval it names in passing; a credit statement
shaped like a definition ("<Event> is an accredited … activity") stays a statement."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.descriptions import never_description
from opencme.ingest.parsing.parser import parse_rules


@pytest.mark.parametrize(
    "paragraph",
    [
        "Caring After Loss is a 2-day workshop designed with hospice nurses in mind and is "
        "approved by the Harbour Nursing Board for 12 CPD points. Other practitioners are also "
        "welcome to attend, but points are not guaranteed.",
        "Knee Taping in Sport is an online course for physiotherapists, approved for 3 CEUs by "
        "the Lakeside Physio Council. It covers taping for common knee injuries in runners.",
        "Safer Sleep Practice is a one-day seminar that was accredited by the Tern Point "
        "College for 6 hours of CPD. Midwives and health visitors review the evidence on "
        "infant sleep.",
        "Feeding the Preterm Infant is an interactive webinar series, certified for 4 credits, "
        "that walks neonatal nurses through feeding plans for infants born early.",
        "Wound Care Essentials are a set of short modules registered with the board for 2 "
        "credits each, covering the assessment and dressing of chronic wounds in the community.",
    ],
)
def test_definition_with_credit_in_passing(paragraph: str) -> None:
    assert not never_description(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The 2031 Harbour Annual Meeting is an accredited group learning activity under "
        "Section 1 of the MOC Program and has been approved by the Harbour Society. "
        "Participants may claim up to 20 credit hours.",
        "The Lakeside Skills Update is an accredited self-assessment program (Section 3) as "
        "defined by the Maintenance of Certification Program of the College, and approved by "
        "the Lakeside Society. You may claim 3 credits per hour.",
    ],
)
def test_credit_statement_shaped_as_definition(paragraph: str) -> None:
    assert never_description(paragraph)


def test_definition_under_a_short_heading() -> None:
    text = (
        "Grief Workshop\n\nWorkshop evaluation form\n\n"
        "Also keep an eye on the dates for workshops by following our page.\n\n"
        "Supporting Families Through Grief is a 2-day workshop designed with social workers in "
        "mind and is approved by the Harbour Council for 10 CPD. Counsellors are also welcome "
        "to attend, but CPD points are not guaranteed.\n"
    )
    rec = parse_rules(text).record
    assert rec["title"] == "Supporting Families Through Grief"
    assert rec["description"].startswith("Supporting Families Through Grief is a 2-day workshop")
