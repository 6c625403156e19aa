"""R-OB-1, R-OB-6..8: objectives lists as pages divide and introduce them (invented text)."""

from __future__ import annotations

from opencme.ingest.parsing.objective_items import tidy_objectives
from opencme.ingest.parsing.parser import parse_rules


def objectives(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["objectives"]
    return out


def test_r_ob_6_lists_under_sub_headings_per_day_or_module_are_one_list() -> None:
    text = (
        "Widget Repair Intensive\n\nLearning Objectives\n\n"
        "Day 1: 3 May 2031 (0900-1600)\n\n"
        "  1. Explain the parts of a widget\n  2. Describe widget wear\n\n"
        "Day 2: 4 May 2031 (0900-1600)\n\n"
        "  1. Perform a widget repair\n  2. Identify a failed repair\n\n"
        "Faculty\n\nPat Example, PhD\n"
    )
    assert objectives(text) == [
        "Explain the parts of a widget",
        "Describe widget wear",
        "Perform a widget repair",
        "Identify a failed repair",
    ]
    # a bulleted sub-heading is keyed ("• Module 2: …")
    text = (
        "Widget Course\n\nLearning Objectives\n\nModule 1: Basics\n\n"
        "  • Describe the parts of a widget.\n  • List the tools of repair.\n\n"
        "  • Module 2: Repair\n\n  • Describe the steps of a widget repair.\n"
        "  • Explain the test after a repair.\n\nFee: $20\n"
    )
    assert objectives(text) == [
        "Describe the parts of a widget.",
        "List the tools of repair.",
        "Describe the steps of a widget repair.",
        "Explain the test after a repair.",
    ]
    # an unkeyed bullet that opens with another verb is an item, not a sub-heading
    text = (
        "Widget Course\n\nLearning Objectives\n\n  • Describe widget wear\n"
        "  • Address the cost of repair\n  • Identify a failed repair\n"
    )
    assert objectives(text) == [
        "Describe widget wear",
        "Address the cost of repair",
        "Identify a failed repair",
    ]


def test_r_ob_6_every_objectives_heading_of_a_page_gives_its_list() -> None:
    text = (
        "Widget Symposium\n\nSession 1: Wear\n\nLearning Objectives:\n\n"
        "  1. Describe widget wear\n  2. Identify a worn widget\n\n"
        "Session 2: Repair\n\nLed by Pat Example\n\nA talk on repairs of every kind.\n\n"
        "Learning Objectives:\n\n  1. Plan a repair\n  2. Explain the test after it\n"
    )
    assert objectives(text) == [
        "Describe widget wear",
        "Identify a worn widget",
        "Plan a repair",
        "Explain the test after it",
    ]


def test_r_ob_7_an_item_with_another_verb_stays_in_its_list() -> None:
    # plain lines after a lead-in: "Gather" and "Indicate" are no verbs of the list, the lines
    # around them are
    text = (
        "Widget Talk\n\nObjectives: The participant will:\n\nRecognize the two kinds of widget\n\n"
        "Identify a worn widget\n\nGather the readings of a widget\n\n"
        "Indicate the time to repair\n\nExplain the test after repair\n\n"
        "Use a widget gauge\n\nOutline of the talk:\n\nI. Welcome\n"
    )
    assert objectives(text) == [
        "Recognize the two kinds of widget",
        "Identify a worn widget",
        "Gather the readings of a widget",
        "Indicate the time to repair",
        "Explain the test after repair",
        "Use a widget gauge",
    ]
    # an unheaded numbered list: the run of verbs takes the whole list
    text = (
        "Widget Talk\n\nThis course teaches widget care. After it, you will:\n\n"
        "1. Demonstrate a widget test\n2. Recognize widget wear\n3. Identify a repair\n"
        "4. Explore the records of repairs\n5. Describe the cost of repair\n\nPat Example\n"
    )
    assert objectives(text)[3:] == ["Explore the records of repairs", "Describe the cost of repair"]
    text = (
        "Widget Talk\n\nWidgets wear out.\n\n  • List the kinds of widget\n"
        "  • Become familiar with widget wear\n  • Understand widget repair\n"
        "  • Be able to recognize a worn widget\n  • Be able to list repairs\n\nPat Example\n"
    )
    assert objectives(text)[:2] == ["List the kinds of widget", "Become familiar with widget wear"]


def test_r_ob_1_short_headings_ending_in_objectives_and_lead_ins_naming_them() -> None:
    items = "\n  • Discuss widget wear\n  • Summarize the repair steps\n  • Choose a tool\n"
    items += "  • Initiate a repair\n  • Record the repair\n"
    want = [
        "Discuss widget wear",
        "Summarize the repair steps",
        "Choose a tool",
        "Initiate a repair",
        "Record the repair",
    ]
    for head in ("Global Objectives:", "Widget Course Objectives", "Part 2Learning Objectives"):
        assert objectives(f"Widget Course\n\n{head}\n{items}") == want
    text = "Widget Course\n\nSpecific objectives for each repair should include the following:\n"
    assert objectives(text + items) == want


def test_r_ob_8_prose_under_an_objectives_heading() -> None:
    # a goal between a joint heading and its list is no objective
    text = (
        "Widget Course\n\nGoals and Learning Objectives\n"
        "The goal of this course is to improve the repair of widgets in every workshop.\n\n"
        "  • Recognize widget wear\n  • Select a repair\n  • Demonstrate a repair\n"
        "  • Communicate the cost of a repair\n"
    )
    assert objectives(text) == [
        "Recognize widget wear",
        "Select a repair",
        "Demonstrate a repair",
        "Communicate the cost of a repair",
    ]
    # prose alone under the heading is an objective when it says what the learner will do
    text = (
        "Widget Course\n\nLearning Objectives\n\n"
        "The self-study activity is designed to ensure an understanding of widgets.\n"
    )
    assert objectives(text) == []
    text = (
        "Widget Course\n\nLearning Objectives\n\n"
        "Participants will be able to apply the widget repair standard.\n"
    )
    assert objectives(text) == ["Participants will be able to apply the widget repair standard."]


def test_r_ob_8_a_keyed_goal_or_placeholder_is_no_objective() -> None:
    text = "Widget Course\n\nLearning Objectives: The goal of this project is to widen access.\n"
    assert objectives(text) == []
    text = "Widget Course\n\nLearning Outcomes: -\n"
    assert objectives(text) == []
    text = "Widget Course\n\nObjective: Describe the parts of a widget.\n"
    assert objectives(text) == ["Describe the parts of a widget."]
    text = "Widget Course\n\nObjective: To describe the parts of a widget.\n"
    assert objectives(text) == ["To describe the parts of a widget."]


def test_r_ob_9_a_list_glued_on_one_line() -> None:
    # keyed, as sentences in a row
    text = (
        "Widget Course\n\nLearning Objectives: Describe widget wear since 1990. Compare three "
        "repair tools. Explain the test after a repair.\nFee: $20\n"
    )
    assert objectives(text) == [
        "Describe widget wear since 1990.",
        "Compare three repair tools.",
        "Explain the test after a repair.",
    ]
    intro = (
        "Widget Course. This course is for every technician who repairs widgets in a busy "
        "workshop, and it was recorded in 2031. "
    )
    # inside a long line, after a lead-in; the list ends where its sentences stop opening
    # with the verbs ("Calculate" between them is one of its items)
    text = (
        intro + "Learning Objectives: At the end of this course, you will be able to: Identify "
        "worn widgets. Calculate the wear rate. List the repair tools. Criteria for "
        "Completion: a score of 70%.\n"
    )
    assert objectives(text) == [
        "Identify worn widgets.",
        "Calculate the wear rate.",
        "List the repair tools.",
    ]
    # numbered
    text = intro + "Objectives After this course, you will be able to: 1. Identify worn "
    text += "widgets 2. Describe the repair 3. Explain the test\n"
    assert objectives(text) == ["Identify worn widgets", "Describe the repair", "Explain the test"]
    # verb phrases without punctuation
    text = intro + "Learning Objectives Identify worn widgets in a workshop Apply the repair "
    text += "standard to a widget Evaluate a repaired widget\n"
    assert objectives(text) == [
        "Identify worn widgets in a workshop",
        "Apply the repair standard to a widget",
        "Evaluate a repaired widget",
    ]


def test_r_ob_4_a_repeated_item_the_excerpt_cuts_off_is_no_new_objective() -> None:
    text = (
        "Widget Course\n\nTechnician\n\n  List the parts of a widget\n"
        "  Describe the repair of a worn widget in a workshop\n\nApprentice\n\n"
        "  List the parts of a widget\n  Describe the repair of a worn wid"
    )
    assert tidy_objectives(
        [
            "List the parts of a widget",
            "Describe the repair of a worn widget in a workshop",
            "List the parts of a widget",
            "Describe the repair of a worn wid",
        ],
        text,
    ) == ["List the parts of a widget", "Describe the repair of a worn widget in a workshop"]


def test_r_ob_10_sub_items_under_an_item_ending_in_a_colon_are_its_parts() -> None:
    text = (
        "Widget Rounds: General Goals and Objectives\n"
        "1.  To provide rounds for widget technicians and apprentices.\n"
        "2.  To review the roles of a widget technician, including:\n"
        "  • Repairer\n  • Inspector\n  • Teacher\n\n"
        "3.  To foster a workshop where repair research is valued.\n"
    )
    assert objectives(text) == [
        "To provide rounds for widget technicians and apprentices.",
        "To review the roles of a widget technician, including:",
        "To foster a workshop where repair research is valued.",
    ]
    text = (
        "Widget Course\n\nLearning Objectives\n\n  1. Define widget wear\n"
        "  2. Explain the cost of wear in terms of:\n    1. Parts\n    2. Labour\n"
        "    3. Downtime\n  3. Describe the repair of a worn widget\n"
    )
    assert objectives(text) == [
        "Define widget wear",
        "Explain the cost of wear in terms of:",
        "Describe the repair of a worn widget",
    ]


def test_r_ob_11_a_list_under_a_lead_in_naming_no_objectives_needs_the_verbs() -> None:
    # what the course gives or has the learner do, not what they will be able to do
    text = (
        "Widget Course\n\nParticipants will gain:\n• Insight into their own widgets.\n"
        "• Knowledge of widget wear and its causes.\n• Skills to plan a repair.\n"
    )
    assert objectives(text) == []
    text = (
        "Widget Course\n\nCourse participants will:\n\n  • Utilise the widget atlas\n"
        "  • Participate in webinars with experts\n  • Receive access to alumni resources\n"
    )
    assert objectives(text) == []
    # a lead-in on completing the activity keeps its nominal items
    text = (
        "Widget Course\n\nAt the conclusion of the course, participants will be retrained in:\n"
        "\n  1. Recognition and management of widget failure\n  2. Management of repair costs\n"
    )
    assert objectives(text) == [
        "Recognition and management of widget failure",
        "Management of repair costs",
    ]
    # a weak lead-in over items that open with the verbs keeps them
    text = "Widget Course\n\nParticipants will:\n  • Describe widget wear\n  • Plan a repair\n"
    assert objectives(text) == ["Describe widget wear", "Plan a repair"]


def test_r_ob_6_another_fields_heading_ends_the_objectives() -> None:
    text = (
        "Widget Summit\n\nLearning Objectives:\nSession Summary:\n"
        "This keynote sets the stage and will guide attendees through widget repair.\n"
    )
    assert objectives(text) == []


def test_r_ob_6_only_a_part_of_the_activity_carries_the_list_on() -> None:
    head = "Widget Course\n\nLearning Objectives\n\n- Describe widget wear\n- Plan a repair\n\n"
    want = ["Describe widget wear", "Plan a repair"]
    for after in ("Agenda", "Related courses", "Related courses:", "More from us"):
        text = head + f"{after}\n\n- Review of the guidelines\n- Describe gizmo care (2 CE)\n"
        assert objectives(text) == want, after
    text = head + "Part 2: Repair\n\n- Explain the test after a repair\n"
    assert objectives(text) == [*want, "Explain the test after a repair"]
