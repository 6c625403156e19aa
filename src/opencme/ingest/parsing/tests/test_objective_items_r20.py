"""Session 20 (mismatches of the calibration listings): a list's mark left before an item, a
lead-in with no colon, and a list run on after a lead-in that opens the item (R-OB-3);
invented items and near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing
from opencme.ingest.parsing.objective_items import tidy_objectives
from opencme.ingest.parsing.parser import parse_rules


@pytest.mark.parametrize(
    ("item", "kept"),
    [
        (
            "– Describe the three kinds of widget failure.",
            "Describe the three kinds of widget failure.",
        ),
        ("— Plan a repair", "Plan a repair"),
        ("• List two tools", "List two tools"),
        ("3. Learners will name two tools.", "Learners will name two tools."),
        ("(2) Explain the cost", "Explain the cost"),
        ("b) identify a worn widget", "identify a worn widget"),
    ],
)
def test_a_lists_mark_before_an_item_is_no_part_of_it(item: str, kept: str) -> None:
    assert tidy_objectives([item]) == [kept]


@pytest.mark.parametrize(
    "item",
    [
        "2.5 hours of practice with widgets",  # a figure, not a number of the list
        "Assess a widget's 3-point check",
        "a new way to plan repairs",  # a word, no mark
        "Describe the A-frame widget",
    ],
)
def test_items_without_a_mark_stay_whole(item: str) -> None:
    assert tidy_objectives([item]) == [item]


def test_a_lead_in_with_no_colon_is_no_objective() -> None:
    items = [
        "When this widget activity is over, learners should be able to",
        "Name the two kinds of widget.",
        "Describe a repair.",
    ]
    assert tidy_objectives(items) == ["Name the two kinds of widget.", "Describe a repair."]
    # "able to" inside an objective is no lead-in
    assert tidy_objectives(["Be able to plan a repair with the team"]) == [
        "Be able to plan a repair with the team"
    ]


@pytest.mark.parametrize(
    ("item", "want"),
    [
        (
            "When the widget workshop closes, attendees will be able to: 1) name the parts of a "
            "widget, 2) describe how widgets wear relevant to their work 3) plan a repair",
            [
                "name the parts of a widget",
                "describe how widgets wear relevant to their work",
                "plan a repair",
            ],
        ),
        (
            "Having finished the widget course, nurses should be able to: test widgets "
            "two ways; compare widget grades; and plan a repair.",
            ["test widgets two ways", "compare widget grades", "plan a repair."],
        ),
    ],
)
def test_a_list_run_on_after_a_lead_in_is_one_objective_per_item(
    item: str, want: list[str]
) -> None:
    assert tidy_objectives([item]) == want


@pytest.mark.parametrize(
    "item",
    [
        # one item after the lead-in: nothing to split
        "Participants will be able to: plan a repair of a widget with two tools",
        # numbers out of order are no list of the item's
        "Attendees will be able to: 2) name a widget, 1) plan a repair",
        # a colon after no lead-in
        "Widget care: plan a repair; test the widget",
    ],
)
def test_run_on_near_misses_stay_whole(item: str) -> None:
    assert tidy_objectives([item]) == [item]


def test_both_readers_split_a_run_on_list_and_drop_marks() -> None:
    text = (
        "Widget Care Update\n\nLearning Objectives\n"
        "- – Describe the barriers to widget care.\n- – Plan a repair with the team.\n"
        "- – Explain the cost of a widget repair.\n\nFee: $20\n"
    )
    want = [
        "Describe the barriers to widget care.",
        "Plan a repair with the team.",
        "Explain the cost of a widget repair.",
    ]
    assert parse_rules(text).record["objectives"] == want
    assert parse_listing(text).record["objectives"] == want
    run_on = (
        "Widget Care Update\n\nLearning Objectives\nAt the end of this workshop, attendees "
        "will be able to: 1) name the parts of a widget, 2) describe how widgets wear, "
        "3) plan a repair\n\nFee: $20\n"
    )
    want = ["name the parts of a widget", "describe how widgets wear", "plan a repair"]
    assert parse_rules(run_on).record["objectives"] == want
    assert parse_listing(run_on).record["objectives"] == want
