"""A heading naming what its FAQ is about names the page's activity (title_affix.faq_of,
titles.py): invented pages and near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.layouts import build_doc
from opencme.ingest.parsing.title_affix import faq_of
from opencme.ingest.parsing.titles import extract_title

_BODY = (
    "\n\nThe venue will follow the health guidance in place at the time.\n\n"
    "Tickets are exempt from sales tax.\n\n"
    "Refunds are given up to ten working days before the day.\n"
)


@pytest.mark.parametrize(
    ("heading", "name"),
    [
        ("Harbour Eye Forum FAQs", "Harbour Eye Forum"),
        ("Tern Point Wound Day FAQ", "Tern Point Wound Day"),
        ("Rural Pharmacy Update Frequently Asked Questions", "Rural Pharmacy Update"),
        ("Lakeside Midwifery Summit F.A.Q.s", "Lakeside Midwifery Summit"),
        ("Coastal Sleep Course FAQS", "Coastal Sleep Course"),
    ],
)
def test_faq_heading_names_activity(heading: str, name: str) -> None:
    assert faq_of(heading)
    assert extract_title(build_doc(heading + _BODY), []) == name


@pytest.mark.parametrize(
    "heading", ["Registration FAQs", "FAQs", "Frequently Asked Questions", "Harbour Eye Forum"]
)
def test_faq_near_misses(heading: str) -> None:
    assert not faq_of(heading)
