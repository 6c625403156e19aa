"""Statement sentences a description never is, as classes (docs/corpus.md "Description";
R-DE-4): approvals, a course meeting a board's rule, disclaimers, account text.

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.descriptions import never_description, statement_like
from opencme.ingest.parsing.parser import parse_rules

_TITLE = "Pressure Injury Staging in Practice"
_DESC = (
    "Over two evenings, ward nurses stage pressure injuries from photographs and compare "
    "their stages with those of a tissue viability team, case by case."
)


def _description(*paragraphs: str) -> str | None:
    text = _TITLE + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return parse_rules(text).record["description"]


def test_an_approval_statement_is_not_the_description() -> None:
    for approval in (
        "This two-day workshop has been approved by the Riverside Board of Nursing as a "
        "refresher for ward staff who stage pressure injuries.",
        "Lakeside Learning is an Approved Provider of professional development for nurses and "
        "therapists in the northern region.",
    ):
        assert statement_like(approval), approval
        assert _description(approval, _DESC) == _DESC
        assert _description(approval) is None


def test_an_approval_in_a_relative_clause_says_what_the_course_covers() -> None:
    para = (
        "This workshop reviews the dosing protocol that was approved by the Riverside Board of "
        "Pharmacy last spring, with six worked cases from community practice."
    )
    assert not statement_like(para)
    assert _description(para) == para


def test_a_paragraph_opening_with_a_board_rule_met_is_a_statement() -> None:
    meets = (
        "This course meets the criteria for acceptable continuing education as defined by the "
        "Riverside Board of Counselors and Family Therapists."
    )
    assert statement_like(meets, lenient=True)
    assert _description(meets) is None
    # said in passing after the course is described: still the description
    passing = (
        "This evening course teaches wound photography for community nurses. The content meets "
        "the requirements of the Riverside Board for documentation training."
    )
    assert not never_description(passing)
    assert _description(passing) == passing


def test_a_disclaimer_is_not_the_description() -> None:
    for disclaimer in (
        "Opinions expressed by the speakers are their own and do not necessarily reflect those "
        "of the Lakeside Nursing Society or its members.",
        "This site may contain links or materials provided by third parties, which the Lakeside "
        "Nursing Society does not control or review.",
        "Lakeside Learning is committed to access for all learners and will provide reasonable "
        "accommodations to those who ask us in writing.",
    ):
        assert statement_like(disclaimer, lenient=True), disclaimer
        assert _description(disclaimer) is None
        assert _description(disclaimer, _DESC) == _DESC


def test_every_paragraph_of_a_background_section_is_background() -> None:
    need = (
        "Pressure injuries affect one patient in ten on surgical wards, and most begin in the "
        "first three days after an operation."
    )
    more = (
        "Staging them early changes the care they receive, yet staff agree on a stage in fewer "
        "than half of the cases reviewed in recent audits."
    )
    # the section's second paragraph is background too, up to the next heading
    assert _description("Statement of Need", need, more, "Credits: 1.0") is None
    assert _description("Statement of Need", need, more, "Faculty Panel", _DESC) == _DESC


def test_requests_and_expectations_addressed_to_the_reader_are_not_the_description() -> None:
    for ask in (
        "We expect participants to attend every evening of the course, as each evening builds "
        "on the cases of the one before.",
        "Come prepared to share a case! Bring photographs of two pressure injuries you have "
        "staged on your ward in the last month.",
        "Below you will find the ways this course can count toward your yearly learning record, "
        "with the forms for each of them.",
    ):
        assert _description(ask, _DESC) == _DESC, ask


def test_a_paragraph_saying_what_the_activity_is_speaks_of_the_activity() -> None:
    subject = (
        "Pressure injuries affect one patient in ten on surgical wards, and most begin in the "
        "first three days after an operation, before anyone has looked."
    )
    what = (
        "Staging at the Bedside is a two-evening workshop for ward nurses, who stage pressure "
        "injuries from photographs and compare their stages with an expert's."
    )
    assert _description(subject, what) == what


def test_a_paragraph_opening_with_the_title_and_its_colon_is_prose() -> None:
    titled = (
        "Staging at the Bedside: Pressure Injuries on the Ward is a four-session course that "
        "teaches ward nurses to stage pressure injuries from photographs, case by case."
    )
    later = (
        "Capacity in this course is limited to thirty learners so that each of them can present "
        "a case of their own."
    )
    assert _description(titled, later) == titled


def test_a_title_before_a_name_ends_no_sentence() -> None:
    # "Dr." is no sentence: the biography's first sentence is the one with "his"
    bio = (
        "Dr. Hallam received his medical degree from the University of Lakeside. After a "
        "fellowship in wound care at the Riverside Hospital, he led the tissue viability team "
        "there for twelve years and wrote its staging guide."
    )
    assert statement_like(bio, lenient=True)
    assert _description(bio) is None


def test_required_after_a_noun_is_no_requirement() -> None:
    para = (
        "The Bedside Staging Course gives ward nurses the knowledge and skills required to stage "
        "pressure injuries, with twelve photographed cases and an expert's stages for each."
    )
    assert not statement_like(para)
    assert _description(para) == para
    # a requirement put on the reader stays a statement
    assert statement_like("An evaluation is required before the certificate is sent to you.")
    assert statement_like("Registration required: places are given in the order asked.")


_SUBJECT = (
    "Pressure injuries affect one patient in ten on surgical wards, and most begin in the first "
    "three days after an operation, before anyone has looked."
)


def test_a_paragraph_putting_the_activity_on_speaks_of_the_activity() -> None:
    launched = (
        "The Lakeside Nursing Society has launched a staging program for ward nurses, with two "
        "evenings of photographed cases and an expert's stages for each of them."
    )
    later = (
        "During the session, a tissue viability nurse shows each photograph in turn and the "
        "nurses stage it on their own before the answer and its reasons are given."
    )
    assert _description(launched, _SUBJECT, later) == launched
    # named as a sentence's subject: the activity's name, capitalised, ending in its noun
    named = (
        "Wound Staging Conference is held every Tuesday at noon in the Lakeside ward, where "
        "nurses and surgeons stage the week's pressure injuries together."
    )
    assert _description(named, _SUBJECT, later) == named


def test_a_first_sentence_describing_the_activity_mentions_credit_in_passing() -> None:
    para = (
        "This practice-based, 12 contact hour course teaches ward nurses to stage pressure "
        "injuries from photographs. Each case comes with an expert's stage and the reasons for "
        "it."
    )
    assert not statement_like(para, lenient=True)
    assert _description(para) == para
    # a first sentence that is the credit statement itself stays out
    credit = (
        "This course is designated for 12 contact hours by the Lakeside Board. Each case comes "
        "with an expert's stage and the reasons for it."
    )
    assert statement_like(credit, lenient=True)
    assert _description(credit) is None


def test_a_paragraph_opening_with_who_funds_the_course_is_a_statement() -> None:
    funded = (
        "This course has been fully funded by the Lakeside Health Board for its ward staff. It "
        "is open to all nurses who stage pressure injuries on surgical wards."
    )
    assert statement_like(funded, lenient=True)
    assert _description(funded, _DESC) == _DESC
    # said after the course is described, it is in passing
    passing = (
        "This evening course teaches ward nurses to stage pressure injuries from photographs, "
        "case by case. The course is funded by the Lakeside Health Board."
    )
    assert not never_description(passing)
