"""Description classes of session 14, third round (docs/corpus.md "Description").

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.descriptions import never_description
from opencme.ingest.parsing.parser import parse_rules

_TITLE = "Pressure Care for Home Carers"


def _description(*paragraphs: str) -> str | None:
    text = _TITLE + "\n\n" + "\n\n".join(paragraphs) + "\n"
    return parse_rules(text).record["description"]


def test_a_lead_in_to_a_list_under_a_description_heading_is_not_the_description() -> None:
    page = (
        "Course content",
        "The following subjects will be covered on both afternoons:",
        "Turning schedules at home",
        "Choosing a cushion",
        "Reporting a red heel",
    )
    assert _description(*page) is None


def test_a_paragraph_ending_in_a_colon_after_a_sentence_is_still_read() -> None:
    desc = (
        "This afternoon course shows home carers how to keep a bedbound relative free of "
        "pressure sores. Three habits are practised:"
    )
    assert _description("Course description", desc, "Turning", "Cushions") == desc


def test_a_breadcrumb_trail_is_never_the_description() -> None:
    crumbs = (
        "Home > Journals > Spring 2019 - Volume 12 - Issue 3 > Course Test 1.5 Hours: "
        "Pressure Care for Home Carers and the Families Who..."
    )
    assert never_description(crumbs)
    assert not never_description(
        "This afternoon course shows home carers how to keep a bedbound relative free of "
        "pressure sores, with a score of risk > 12 marked for a visit."
    )


def test_a_breadcrumb_trail_opening_the_page_is_passed_over() -> None:
    desc = (
        "Pressure sores form within hours on a bedbound body; home carers learn three habits "
        "that keep the skin whole, each practised on a volunteer."
    )
    text = (
        "Home > Journals > Spring 2019 - Volume 12 - Issue 3 > Course Test 1.5 Hours: Pressure "
        "Care for Home Carers and the Families Who...\n\n" + _TITLE + "\n\n" + desc + "\n"
    )
    assert parse_rules(text).record["description"] == desc
