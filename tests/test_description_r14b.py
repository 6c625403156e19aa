"""Description classes of session 14, second round (docs/corpus.md "Description").

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.descriptions import never_description, paragraph_cut, statement_like
from opencme.ingest.parsing.parser import parse_rules

_TITLE = "Wound Dressings for Community Nurses"
_DESC = (
    "This evening course walks community nurses through choosing a dressing for leg ulcers, "
    "from exudate level to cost, with photographs of twelve healing wounds."
)


def _description(*paragraphs: str) -> str | None:
    text = _TITLE + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return parse_rules(text).record["description"]


def test_the_answers_of_a_list_of_questions_are_not_the_description() -> None:
    faq = (
        "Course Questions",
        "Why should I take this dressing course?",
        "District Nurses (in Northshire)",
        "The Northshire Health Authority asks each district nurse to complete training in "
        "wound dressings before ordering dressings from the formulary on her own.",
        "Do I need to repeat the course each year?",
        "No, one completion lasts for the whole of your time on the district register.",
        "Q: Can I pause the recorded lectures and come back later to finish them?",
        "A: Yes. Your place in each lecture is kept, so you may stop at any point and carry "
        "on from the same minute on another day, on any device you use.",
    )
    assert _description(*faq) is None
    assert _description(_DESC, *faq) == _DESC


def test_one_question_alone_makes_no_list_of_answers() -> None:
    assert _description("Would you like to hear when this course runs near you?", _DESC) == _DESC


def test_a_news_items_dateline_is_not_part_of_its_lead() -> None:
    lead = "A wound care nurse from Northshire will lead a free dressing workshop on Thursday."
    for dateline in (
        "date 2031-03-02 BRIDGEPORT, Ore. (KXYZ) – ",
        "LAKEVIEW, Texas, March 2, 2031 /Health Wire/ -- ",
        "Port Ellis [UAE], March 2 (NAA/WNS): ",
    ):
        assert paragraph_cut(dateline + lead) == lead, dateline
        page = dateline + lead + "\n\nSeats are limited, so book early.\n"
        assert parse_rules(page).record["description"] == lead, dateline
    # a title before its own colon is no dateline
    titled = "Wound Care, Basics (Level 2): The course covers leg ulcers in six cases."
    assert paragraph_cut(titled) == titled


def test_under_a_description_heading_statements_and_blank_lines_are_skipped() -> None:
    title = "Wound Dressings and Leg Ulcer Care for Community Nurses"  # a name, no sentence
    page = "\n\n\n".join(
        (
            title,
            "Course Description",
            title,
            "This four-evening course has been approved by the Northshire Board of Nursing.",
            "Please check what your own board asks of you before you register.",
            _DESC,
        )
    )
    assert parse_rules(page + "\n").record["description"] == _DESC


def test_a_tagline_in_title_case_under_a_description_heading_is_no_paragraph() -> None:
    page = "\n\n".join(
        (_TITLE, "Course Overview", "Preparing Nurses for the Future of Wound Care.", _DESC)
    )
    assert parse_rules(page + "\n").record["description"] == _DESC


def test_a_faculty_statement_is_not_the_description() -> None:
    for faculty in (
        "The course lead is Northshire Nursing's Head of Education, Ann Lee, RN, MSc, who has "
        "taught wound care to district teams for twenty years.",
        "The author and presenter for this program is Dr. Ben Carter, BSc (Pharm), PharmD, "
        "Professor of Pharmacy Practice, Northshire University.",
    ):
        assert never_description(faculty), faculty
        assert _description(faculty, _DESC) == _DESC


def test_a_paragraph_opening_with_an_instruction_to_the_learner_is_not_the_description() -> None:
    for instruction in (
        "Participants should keep their certificate of attendance for five years in case "
        "their board selects them for an audit of their hours.",
        "Conference registrants should open the event app on their phones to see the full "
        "schedule of sessions, the slides and the rooms.",
    ):
        assert statement_like(instruction), instruction
        assert _description(instruction, _DESC) == _DESC
    # the learner as the subject of a relative clause gives no instruction
    course = (
        "The Lakeside Dressing Course is a four-evening course that gives you the skills you "
        "need to choose a dressing for any leg ulcer you meet on the district."
    )
    assert not statement_like(course)


def test_policy_is_a_statement_word_only_as_a_pages_rule() -> None:
    subject = (
        "Join the Northshire Nursing Forum for a day of talks on programs and data that "
        "transform workforce policy, with six short case reports from district teams."
    )
    assert not statement_like(subject)
    assert _description(subject) == subject
    for rule in (
        "Our substitution policy lets a colleague take your place up to a day before the "
        "course, at no charge, when you tell the office in writing.",
        "Attendance Policy: learners who miss more than one evening of the course are asked to "
        "join the next cohort for the evenings they missed.",
    ):
        assert statement_like(rule), rule


def test_funding_in_passing_and_diplomates_are_no_statement() -> None:
    funded = (
        "This module walks surgeons through closing wounds under tension, in twelve filmed "
        "cases. It was made possible by an educational grant from the Northshire Foundation."
    )
    later = (
        "Each filmed case is followed by three questions on the choice of suture, the knot and "
        "the dressing, with the answers of two senior surgeons."
    )
    assert _description(funded, later) == funded
    board = (
        "This self-assessment module helps diplomates of the Northshire Board of Surgery keep "
        "their knowledge of wound closure up to date, with forty case questions."
    )
    assert not statement_like(board)
    # funding that opens the paragraph is still a statement
    assert statement_like(
        "This module was made possible by an educational grant from the Northshire "
        "Foundation. It walks surgeons through closing wounds in twelve cases."
    )


def test_a_short_paragraph_speaking_of_the_activity_itself_is_the_description() -> None:
    short = "The workshop will focus on three dressings: foams, alginates and films."
    subject = (
        "Leg ulcers affect one older adult in fifty, and most of them are dressed at home by "
        "district nurses who choose among dozens of dressings with little guidance."
    )
    assert len(short) < 120
    assert _description(subject, short) == short
    # a short paragraph on the subject alone is still too short
    assert _description("Leg ulcers heal slowly in older adults who smoke.", subject) == subject


def test_a_providership_statement_is_not_the_description() -> None:
    for joint in (
        "This activity is jointly provided by Northshire Learning and the Lakeside Nurses Guild.",
        "This course is offered in partnership with the Northshire School of Nursing.",
    ):
        assert statement_like(joint), joint
        assert _description(joint, _DESC) == _DESC


def test_a_short_line_on_our_other_activity_is_not_the_description() -> None:
    promo = "Our ethics webinar, offered next month, reviews boundaries in district practice."
    assert len(promo) < 120
    assert _description(promo) is None


def test_a_short_statement_of_the_activitys_aim_is_the_description() -> None:
    aim = "To provide district nurses with a simple way to choose a dressing for leg ulcers."
    subject = (
        "Leg ulcers affect one older adult in fifty, and most of them are dressed at home by "
        "district nurses who choose among dozens of dressings with little guidance."
    )
    assert len(aim) < 120
    assert _description(aim, subject) == aim
