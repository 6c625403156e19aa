"""A listed activity's public page separates "the source does not state X" from "X could not be
read" (the listing has lines about X that no field took, or X failed a check)."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from opencme.activities.models import Activity
from opencme.ingest.loader import import_listing
from opencme.ingest.parsing import Diagnostic, Draft
from opencme.ingest.parsing.draft import empty_record

pytestmark = pytest.mark.django_db

TEXT = """Sepsis in Children
Acme Health designates this activity for a maximum of 1 AMA PRA Category 1 Credit.
Expiration Date for CME Credit:
Accreditation: see the statement on our site
"""


def _draft(missed: list[Diagnostic], **fields) -> Draft:
    record = empty_record()
    record.update(
        title="Sepsis in Children",
        format="enduring",
        delivery="online",
        credits=[{"type": "AMA_PRA_1", "amount": 1, "unit": "credit"}],
    )
    record.update(fields)
    confidence = {k: 0.99 for k, v in record.items() if v not in (None, [], {})}
    return Draft(record=record, diagnostics=missed, text=TEXT, confidence=confidence)


def _page(provider, draft: Draft) -> tuple[Activity, str]:
    outcome = import_listing(text=TEXT, origin="test", actor=None, provider=provider, draft=draft)
    assert outcome.activity_id is not None, outcome.reasons
    activity = Activity.objects.get(pk=outcome.activity_id)
    assert activity.status == Activity.Status.PUBLISHED
    return activity, Client().get(f"/activities/{activity.pk}/").content.decode()


def _dd(page: str, term: str) -> str:
    match = re.search(rf"<dt>{term}</dt><dd>(.*?)</dd>", page, re.S)
    assert match, term
    return match.group(1)


def test_a_field_with_unread_lines_could_not_be_read_never_not_stated(provider_a) -> None:
    missed = [
        Diagnostic("?", 3, "Expiration Date for CME Credit:", "not_understood"),
        Diagnostic("?", 4, "Accreditation: see the statement on our site", "not_understood"),
    ]
    activity, page = _page(provider_a, _draft(missed))
    assert {w["field"] for w in activity.warnings if w.get("kind") == "unread"} == {
        "expires",
        "accreditation",
    }
    unread = page.split('id="unread-title"', 1)[1].split("</section>", 1)[0]
    assert "<li>Expiry date</li>" in unread
    assert "<li>Accreditation statement</li>" in unread
    assert "Cost" not in unread  # nothing in the text about cost: not stated, not unread
    assert _dd(page, "Credit expires") == "Could not be read from the source"
    assert _dd(page, "Cost") == "Cost not stated"
    does_not_state = page.split("does not state:", 1)[1].split("</ul>", 1)[0]
    assert "accreditation statement" not in does_not_state
    assert "commercial support" in does_not_state  # the text says nothing about it
    could_not = page.split("could not be read when it was imported:", 1)[1].split("</ul>", 1)[0]
    assert "an accreditation statement or credit designation statements" in could_not
    assert "Could not be read from the listing as imported." in page
    rule = page.split('id="warnings-title"', 1)[1] if 'id="warnings-title"' in page else ""
    assert "could not be read" not in rule.split("</section>", 1)[0]  # not a rule warning


def test_a_field_the_text_says_nothing_about_is_not_stated(provider_a) -> None:
    activity, page = _page(provider_a, _draft([]))
    assert not [w for w in activity.warnings if w.get("kind")]
    assert 'id="unread-title"' not in page
    assert _dd(page, "Credit expires") == "Not stated"
    assert "could not be read" not in page.lower()
    does_not_state = page.split("does not state:", 1)[1].split("</ul>", 1)[0]
    assert "an accreditation statement or credit designation statements" in does_not_state


def test_a_line_of_a_field_that_field_did_not_take_makes_it_unread(provider_a) -> None:
    draft = _draft([Diagnostic("cost", 2, "Fee: $-5", "not_understood")])
    _, page = _page(provider_a, draft)
    assert _dd(page, "Cost") == "Could not be read from the source"
