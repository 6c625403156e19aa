"""A news item's deck above its dateline and lead (description_news.news_decks): the lead
after the dateline is the description. Invented stories, near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.descriptions import extract_description
from opencme.ingest.parsing.layouts import build_doc

_DECK = (
    "The Harbour Trauma Conference keeps rural paramedics and first responders current on new "
    "equipment, new research and changing practice."
)
_LEAD = (
    "On Friday and Saturday, Coastal Ambulance Services hosted the 12th annual Harbour Trauma "
    "Conference at the Civic Centre in the middle of town."
)


@pytest.mark.parametrize(
    "dateline",
    ["DOVER, Del.—", "TERN POINT, Ont. –", "LAKESIDE, Ont.:", "MILLBROOK (WXYZ) —", "PORT ELLEN -"],
)
def test_lead_after_dateline(dateline: str) -> None:
    page = (
        f"date 2031-03-18\nParamedics gather for trauma update\n\n{_DECK}\n\n{dateline}\n"
        f"{_LEAD}\n\nIn the exhibit hall, providers visited booths.\n"
    )
    assert extract_description(build_doc(page), []) == _LEAD


def test_no_dateline_keeps_the_first_paragraph() -> None:
    page = f"date 2031-03-18\nParamedics gather for trauma update\n\n{_DECK}\n\n{_LEAD}\n"
    assert extract_description(build_doc(page), []) == _DECK


def test_a_lead_naming_no_activity_keeps_the_deck() -> None:
    lead = (
        "On Friday and Saturday, crews from six towns met at the Civic Centre in Dover to talk "
        "about their work and to see old friends again."
    )
    page = f"date 2031-03-18\nParamedics gather\n\n{_DECK}\n\nDOVER, Del.—\n{lead}\n"
    assert extract_description(build_doc(page), []) == _DECK


def test_a_label_in_capitals_is_no_dateline() -> None:
    page = f"date 2031-03-18\nParamedics gather for trauma update\n\n{_DECK}\n\nUPDATE:\n{_LEAD}\n"
    assert extract_description(build_doc(page), []) == _DECK
