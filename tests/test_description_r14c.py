"""Description classes of session 14, third round (docs/corpus.md "Description").

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

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
