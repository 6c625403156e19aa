"""Publish problems by field and section (element ids, sections, labels of rule paths) and the
objectives' buttons."""

from __future__ import annotations

import pytest

from opencme.workspace import objectives, problems


@pytest.mark.parametrize(
    ("path", "element"),
    [
        ("title", "field-title"),
        ("start_date", "field-start-date"),
        ("credits[0].amount", "field-credits-0-amount"),
        ("people[1].relationships[0].company", "field-people-1-relationships-0-company"),
        ("statements.commercial_support", "field-commercial-support-statement"),
    ],
)
def test_field_id_is_the_path_in_lowercase_letters_digits_and_dashes(path, element):
    assert problems.field_id(path) == element


@pytest.mark.parametrize(
    ("path", "section"),
    [
        ("title", "details"),
        ("expires", "details"),
        ("objectives", "details"),
        ("accreditation_statement", "details"),
        ("statements.commercial_support", "details"),
        ("people", "people"),
        ("people[0].mitigation", "people"),
        ("commercial_supporters[0].name", "people"),
        ("credits", "credit"),
        ("credits[2].statement", "credit"),
        ("uan", "credit"),
        ("moc[0].board", "credit"),
        ("steps[1].pass_mark", "steps"),
    ],
)
def test_section_of_names_the_page_where_the_field_is_edited(path, section):
    assert problems.section_of(path) == section


def test_labels_read_as_people_write_them():
    assert problems.label_of("credits[0].amount") == "Credit designation 1, amount"
    assert problems.label_of("people[1].relationships[0].company") == (
        "Person 2, financial relationships 1, ineligible company"
    )
    assert problems.label_of("expires") == "Last day to claim credit"
    assert problems.label_of("people") == "People"
    assert problems.label_of("statements.commercial_support") == "Commercial support statement"


def test_grouped_orders_sections_as_the_tabs_and_keeps_messages():
    grouped = problems.grouped(
        {"credits": ["Designate credit."], "title": ["Is required."], "people": ["Name them."]}
    )
    assert list(grouped) == ["details", "people", "credit"]
    (row,) = grouped["details"]
    assert (row.label, row.messages, row.anchor) == ("Title", ["Is required."], "field-title")


@pytest.mark.parametrize(
    ("action", "after", "focus"),
    [
        ("up-2", ["a", "c", "b"], 1),
        ("up-0", ["a", "b", "c"], 0),
        ("down-0", ["b", "a", "c"], 1),
        ("down-2", ["a", "b", "c"], 2),
        ("remove-1", ["a", "c"], 1),
        ("remove-2", ["a", "b"], 1),
        ("add", ["a", "b", "c", ""], 3),
        ("up-9", ["a", "b", "c"], 2),
        ("sideways-1", ["a", "b", "c"], 1),
    ],
)
def test_objective_buttons_move_remove_and_add(action, after, focus):
    assert objectives.move(["a", "b", "c"], action) == (after, focus)


def test_removing_the_last_objective_leaves_one_empty_to_write_in():
    assert objectives.move(["only"], "remove-0") == ([""], 0)
    assert [r["id"] for r in objectives.rows(["x", "y"])] == [
        "field-objectives",
        "field-objectives-2",
    ]
