"""Classes of title misses (docs/corpus.md "Title"; R-TI-1, R-TI-3, R-TI-7).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.titles import clean_title, never_title

_BODY = (
    "Leg Ulcer Dressings in Primary Care\n\n"
    "This course shows practice nurses how to choose a dressing for a venous leg ulcer and "
    "when to refer to a tissue viability nurse.\n"
)


def test_rule_ti7_a_learning_objective_is_never_a_title() -> None:
    line = "Describe the dressing choices for a venous leg ulcer"
    assert never_title(line)
    assert parse_rules(f"{line}\n{_BODY}").record["title"] == "Leg Ulcer Dressings in Primary Care"
    # a name in title case that opens with the same verb stays a title
    assert not never_title("Explain Pain in Primary Care")


def test_rule_ti7_a_faculty_members_position_is_never_a_title() -> None:
    for line in (
        "Associate Professor of Nursing",
        "Prof. Alma Reyes",
        "Professor, University of Lakeside",
    ):
        assert never_title(line), line
        text = f"{line}\n{_BODY}"
        assert parse_rules(text).record["title"] == "Leg Ulcer Dressings in Primary Care", line
    # an activity named after a rank is an activity
    assert not never_title("Professor Rounds in Wound Care")


def test_rule_ti1_a_title_with_a_colon_after_one_word_is_a_title() -> None:
    text = "Sepsis: First Hour Care for Children\n\nThis course teaches the first hour of care.\n"
    assert parse_rules(text).record["title"] == "Sepsis: First Hour Care for Children"
    # a one-word label whose value is no name stays a field
    text = "Method: Live instruction via Zoom (link sent before the day)\n" + _BODY
    assert parse_rules(text).record["title"] == "Leg Ulcer Dressings in Primary Care"


def test_rule_ti1_a_long_name_in_title_case_is_a_title() -> None:
    name = "Lakeside Perspectives on Leg Ulcer Care from the Annual Meeting of the Wound Society"
    assert parse_rules(f"{name}\n\nThis course reviews the meeting.\n").record["title"] == name


def test_rule_ti3_labels_and_notes_a_page_adds_to_a_name_are_dropped() -> None:
    assert clean_title("Virtual Conference - Leg Ulcer Care Today") == "Leg Ulcer Care Today"
    assert clean_title("Leg Ulcer Care: Zoom Workshop Presentation") == "Leg Ulcer Care"
    assert clean_title("Online Topics: Leg Ulcer Care") == "Leg Ulcer Care"
    assert clean_title("Leg Ulcer Care Today [2019 edition]") == "Leg Ulcer Care Today"
    assert clean_title("Leg Ulcer Care Today CPE Information") == "Leg Ulcer Care Today"
    assert clean_title("About Wound Care Grand Rounds") == "Wound Care Grand Rounds"
    assert clean_title("Leg Ulcer Care Today - COPE") == "Leg Ulcer Care Today"
    # what belongs to the name stays
    assert clean_title("Sepsis: First Hour Care") == "Sepsis: First Hour Care"
    assert clean_title("About Face: Facial Wounds") == "About Face: Facial Wounds"
    assert clean_title("Wound Care Information") == "Wound Care Information"


def test_rule_ti2_a_heading_of_a_required_statement_is_not_a_title() -> None:
    for line in (
        "Accreditations & Approvals",
        "Disclosure of Relevant Financial Relationships",
        "Commercial Support Acknowledgement",
        "Estimated time for completion: about an hour",
    ):
        assert never_title(line), line
    assert not never_title("Financial Wellbeing for Nurses")


def test_rule_ti6_a_headline_whose_subject_is_the_event_gives_its_name() -> None:
    text = (
        "The 4th Lakeside Wound Care Conference in Dayton Draws Record Numbers of Nurses\n\n"
        "More than 300 nurses came to the conference on Friday.\n"
    )
    assert parse_rules(text).record["title"] == "4th Lakeside Wound Care Conference"
    # a name in title case with no predicate after it stays whole
    name = "Lakeside Wound Care Conference for Practice Nurses"
    assert parse_rules(f"{name}\n\nJoin us in May.\n").record["title"] == name


def test_rule_ti5_a_quoted_name_beside_an_activity_noun_names_the_activity() -> None:
    text = (
        "News & Events\n\n"
        "There will be two sessions of the “Memory Matters” workshop for carers next month.\n"
    )
    assert parse_rules(text).record["title"] == "Memory Matters"
    text = "News & Events\n\nThis year's conference, entitled “Caring Together”, opens on Friday.\n"
    assert parse_rules(text).record["title"] == "Caring Together"


def test_rule_ti8_a_weak_line_far_down_the_page_is_no_title() -> None:
    lines = [f"Paragraph {i} of the page says something about the day." for i in range(8)]
    text = "\n".join(lines) + "\nyour supervisor details are required\n"
    assert parse_rules(text).record["title"] is None
    # the same line at the top of the page, in title case, is taken
    assert parse_rules("Your Supervisor Details Matter\n" + "\n".join(lines)).record["title"] == (
        "Your Supervisor Details Matter"
    )


def test_rule_ti2_a_reader_never_takes_a_bullet_a_note_or_letters_for_a_title() -> None:
    for line in (
        "•Causes of venous leg ulcers",
        "• Causes of venous leg ulcers",
        "Virtual Conference",
        "Continuing Education",
        "Full CPD Module",
        "RN, APRN, NP",
    ):
        assert never_title(line), line
    for line in ("Venous Leg Ulcers", "Leg Ulcer Conference", "Leg Ulcer Care (CE Webcast)"):
        assert not never_title(line), line
    # a format label in parentheses is the name's ("(CE Webcast)": the corpus's labels keep it)
    assert clean_title("Leg Ulcer Care (CE Webcast)") == "Leg Ulcer Care (CE Webcast)"


def test_rule_ti2_a_price_a_credit_name_a_department_or_credit_guidance_is_not_a_title() -> None:
    for line in (
        "Tuition $1200 (see below for grants)",
        "AMA PRA Category 1",
        "Department of Wound Nursing",
        "The College of Wound Nurses of Lakeside",
        "Guidelines on Earning CPD Points",
    ):
        assert never_title(line), line
        text = f"{line}\n{_BODY}"
        assert parse_rules(text).record["title"] == "Leg Ulcer Dressings in Primary Care", line
    assert not never_title("Wound Care for the Department Nurse")


def test_rule_ti3_a_discipline_label_and_a_dated_tail_are_not_the_name() -> None:
    assert clean_title("Nursing: Leg Ulcer Care at Home") == "Leg Ulcer Care at Home"
    assert clean_title("Leg Ulcer Care – 14 March 2027 @ Lakeside Hall") == "Leg Ulcer Care"
    # a colon after a topic word is the name's
    assert clean_title("Ulcers: Care at Home") == "Ulcers: Care at Home"


def test_rule_ti7_a_post_or_an_institution_with_its_place_is_not_a_title() -> None:
    for line in (
        "Medical Officer, Division of Wound Care",
        "Director of Nursing Education",
        "University of Lakeside, East Dayton",
    ):
        assert never_title(line), line
    assert not never_title("Chair Yoga for Older Adults")
