"""R-OB-2..4: objectives as the record keeps them (invented text)."""

from __future__ import annotations

from opencme.ingest.parsing.objective_items import tidy_objectives
from opencme.ingest.parsing.parser import parse_listing, parse_rules


def test_r_ob_2_the_list_punctuation_joining_items_is_no_part_of_them() -> None:
    items = ["Name the stages of widget failure;", "Plan a repair, and", "Explain the cost."]
    want = ["Name the stages of widget failure", "Plan a repair", "Explain the cost."]
    assert tidy_objectives(items) == want
    assert tidy_objectives(["List the tools; and"]) == ["List the tools"]
    # a word ending in "and" or "or" is kept whole
    assert tidy_objectives(["Describe the role of the mentor"]) == [
        "Describe the role of the mentor"
    ]


def test_r_ob_3_a_lead_in_is_no_objective_and_a_numbered_run_is_split() -> None:
    assert tidy_objectives(["Upon completion of this course the technician will:", "Fix X."]) == [
        "Fix X."
    ]
    assert tidy_objectives(["Explain the epidemiology of gout in terms of:"]) == [
        "Explain the epidemiology of gout in terms of:"
    ]
    run = "Outline the burden of gout. 2. Identify barriers to care. 3. Describe the plan."
    assert tidy_objectives([run]) == [
        "Outline the burden of gout.",
        "Identify barriers to care.",
        "Describe the plan.",
    ]
    # numbers that do not run 2, 3, ... are text ("in 2. Phase")
    odd = "Compare the 1998 rules. 4. Later changes"
    assert tidy_objectives([odd]) == [odd]


def test_r_ob_4_an_item_the_excerpt_cuts_after_few_words_is_dropped() -> None:
    page = "Objectives\n- Discuss the burden of gout.\n- Develop a pl"
    assert tidy_objectives(["Discuss the burden of gout.", "Develop a pl"], page) == [
        "Discuss the burden of gout."
    ]
    page = "Objectives\n- Discuss the burden of gout.\n- Develop a pln for the care of pat"
    got = tidy_objectives(
        ["Discuss the burden of gout.", "Develop a pln for the care of pat"], page
    )
    assert got == ["Discuss the burden of gout.", "Develop a pln for the care of pat"]
    # a whole short item where the page ends is kept; one ending in a word no phrase ends
    # with is cut
    page = "Objectives\n- Discuss gout.\n- Select a test series"
    assert (
        tidy_objectives(["Discuss gout.", "Select a test series"], page)[-1]
        == "Select a test series"
    )
    assert tidy_objectives(["Discuss gout.", "Describ"], "- Discuss gout.\n- Describ") == [
        "Discuss gout."
    ]
    page = "Objectives\n- Discuss gout.\n- Explain how"
    assert tidy_objectives(["Discuss gout.", "Explain how"], page) == ["Discuss gout."]
    # a short item that is not where the page ends is kept
    assert tidy_objectives(["Define gout"], "Objectives\n- Define gout\nFee: $20\n") == [
        "Define gout"
    ]


def test_both_readers_keep_objectives_the_same_way() -> None:
    text = (
        "Widget Care Update\n\nLearning Objectives\n"
        "- Describe the barriers to widget care;\n- Plan a repair; and\n- Explain the co"
    )
    want = ["Describe the barriers to widget care", "Plan a repair"]
    assert parse_rules(text).record["objectives"] == want
    assert parse_listing(text).record["objectives"] == want


def test_r_ob_1_a_sentence_on_completing_the_activity_leads_in_objectives() -> None:
    text = (
        "Widget Care Update\n\nAfter completing this module, participants will have increased "
        "confidence in:\n\n  1. Identifying worn widgets\n  2. Planning a repair\n"
    )
    assert parse_rules(text).record["objectives"] == [
        "Identifying worn widgets",
        "Planning a repair",
    ]


def test_r_ob_5_a_run_of_items_opening_with_objective_verbs_without_a_heading() -> None:
    text = (
        "Widget Care Update\n\nWidgets fail in many ways; this talk is about how.\n\n"
        "Describe the three kinds of widget failure\n\nIdentify a worn widget\n\n"
        "Explain the repair plan to a patient\n\nFee: $20\n"
    )
    assert parse_rules(text).record["objectives"] == [
        "Describe the three kinds of widget failure",
        "Identify a worn widget",
        "Explain the repair plan to a patient",
    ]
    # two such lines are no list; steps that do not open with such verbs are none
    two = "Widget Care\n\nDescribe widget failure\nIdentify a worn widget\nFee: $20\n"
    assert parse_rules(two).record["objectives"] == []
    steps = "Widget Care\n\n- Access the form\n- Complete the quiz\n- Print the certificate\n"
    assert parse_rules(steps).record["objectives"] == []


def test_r_ob_1_a_keyed_lead_in_and_verb_lines_after_it() -> None:
    text = (
        "Widget Care Update\n\nObjectives: The participant will:\n\n"
        "Recognize the two kinds of widget\n\nIdentify a worn widget\n\nFee: $20\n"
    )
    want = ["Recognize the two kinds of widget", "Identify a worn widget"]
    assert parse_rules(text).record["objectives"] == want
    text = (
        "Widget Care Update\n\nDesired outcomes: At the end of each session, participants will"
        " be able to:\n  • Describe widget failure.\n  • Plan a repair.\n"
    )
    assert parse_rules(text).record["objectives"] == ["Describe widget failure.", "Plan a repair."]


def test_r_ob_5_a_bulleted_list_mostly_of_objective_verbs() -> None:
    text = (
        "Widget Care Update\n\nWidgets fail in many ways.\n\n"
        "  • List the three kinds of widget failure\n  • Become familiar with worn widgets\n"
        "  • Participants will explain the repair plan\n\nFee: $20\n"
    )
    assert parse_rules(text).record["objectives"] == [
        "List the three kinds of widget failure",
        "Become familiar with worn widgets",
        "Participants will explain the repair plan",
    ]
    # a list whose first item opens otherwise, or mostly otherwise, is none
    text = "Widget Care\n\n  • Lunch\n  • Describe widgets\n  • Identify a widget\n"
    assert parse_rules(text).record["objectives"] == []
