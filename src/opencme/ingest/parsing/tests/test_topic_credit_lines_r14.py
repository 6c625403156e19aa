"""A credit line glued into a paragraph: only its credit sentences designate topics."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def test_a_paragraph_read_for_credit_designates_only_its_credit_sentences() -> None:
    filler = "Our experts walk through common widget decisions and their risks. " * 3
    text = (
        "Widget Care Webinar\n"
        + filler
        + "Identify three important ethical considerations when repairing widgets. "
        + "In order to receive CE credit, you must complete the entire webinar.\n"
    )
    assert len(text.splitlines()[1]) > 300
    assert parse_rules(text).record["topics"] == []
    short = "Widget Care Webinar\nThis webinar offers 2 ethics CE credits.\n"
    assert parse_rules(short).record["topics"] == ["ethics"]
