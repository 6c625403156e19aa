"""The import page's draft and warnings speak to people: labels, not field paths; Yes/No, not
True/False; dates in the site's format; format names from the rulebook."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from opencme.ingest.presenters import shown_value, summary, warning_text
from opencme.ingest.tests.formdata import draft_form_data
from tests import factories

LISTING = """Heart Failure Update 2026

Activity Link: https://example.org/hf-2026
Acme Health is accredited by the ACCME to provide continuing medical education for physicians.
Acme Health designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™.
Acme Health designates this activity for 2.0 ACPE contact hours.
Release Date: 2026-01-15
Expiration Date: December 31, 2026
Commercial support: none
Cost: $25
"""


def test_warning_text_names_the_field_not_its_path() -> None:
    assert warning_text("credits[4].uan: a UAN is required") == "Credit 5, UAN: a UAN is required"
    assert warning_text("credits[0].type: IPCE only for teams") == "Credit 1: IPCE only for teams"
    assert warning_text("expires: an enduring material needs an expiry date") == (
        "Expiry date: an enduring material needs an expiry date"
    )
    assert warning_text("title: is required") == "Title: is required"
    assert warning_text("A sentence: as it is") == "A sentence: as it is"


def test_values_are_shown_as_words_and_site_dates() -> None:
    assert shown_value(False) == "No"
    assert shown_value(True) == "Yes"
    assert shown_value("2026-08-29") == "Aug 29, 2026"
    assert shown_value("2026-08") == "August 2026"
    assert shown_value("in_person") == "In person"
    assert shown_value("enduring", {"enduring": "Enduring material"}) == "Enduring material"
    assert shown_value("https://example.org/a_b") == "https://example.org/a_b"
    rows = summary({"start_date": "2026-01-15", "commercial_support": False}, {})
    assert [(r["label"], r["value"]) for r in rows] == [
        ("Start date", "Jan 15, 2026"),
        ("Commercial support", "No"),
    ]


@pytest.mark.django_db
def test_the_draft_and_the_saved_warning_show_labels(provider_a) -> None:
    client = Client()
    client.force_login(factories.staff(of=provider_a, email="a@example.org"))
    page = client.post(
        "/import/", {"step": "preview", "provider": provider_a.pk, "text": LISTING}
    ).content.decode()
    draft = page.split('id="draft-title"', 1)[1].split("<form", 1)[0]
    assert "<dt>Start date</dt><dd>Jan 15, 2026" in draft
    assert "<dt>Format</dt><dd>Enduring material" in draft
    assert not re.search(r"\b(True|False|None)\b|\d{4}-\d{2}-\d{2}|>[a-z_]+<", draft)

    data = draft_form_data(page, confirm=True)
    saved = client.post("/import/", data, follow=True).content.decode()
    assert "Listed with a warning: Credit 2, UAN: " in saved
    assert "credits[" not in saved
