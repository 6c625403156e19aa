"""Topics on the import page: proposed from the listing's text, shown as proposed with their
labels, corrected with checkboxes, and saved on the activity as codes (issue 19, item 3)."""

from __future__ import annotations

import dataclasses
import re
from html import unescape
from typing import Any

import pytest
from django.test import Client

from opencme.activities.models import Activity
from opencme.core.models import AuditEvent
from opencme.ingest import parsing
from opencme.ingest.parsing import Draft, parse_listing
from opencme.ingest.tests.formdata import draft_form_data
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/import/"
LISTING = """Recognizing Human Trafficking in the Emergency Department

Acme Health is accredited by the ACCME to provide continuing medical education for physicians.
Acme Health designates this enduring material for a maximum of 1.00 AMA PRA Category 1 Credit™.
Learning Objectives
- Name three signs that a patient may be trafficked.
Release Date: 2026-01-15
Expiration Date: December 31, 2026
Cost: $25
"""


@pytest.fixture
def staff_a(provider_a):
    return factories.staff(of=provider_a, email="a@example.org")


@pytest.fixture
def topics_unsure(monkeypatch):
    """The real parser, with every field confident except the proposed topics (0.5): what
    holds an import back is then only the topics."""

    def parse(text: str, *, origin: str | None = None) -> Draft:
        draft = parse_listing(text, origin=origin)
        confidence = {k: 0.99 for k in draft.record} | {"topics": 0.5}
        return dataclasses.replace(draft, confidence=confidence)

    monkeypatch.setattr(parsing, "parse_listing", parse)  # as the views call it


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _preview(client: Client, provider) -> str:
    response = client.post(URL, {"step": "preview", "provider": provider.pk, "text": LISTING})
    assert response.status_code == 200
    return response.content.decode()


def _text(page: str) -> str:
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", page)))


def test_proposed_topics_are_shown_as_proposed_with_labels_and_ticked(staff_a, provider_a) -> None:
    page = _preview(_client(staff_a), provider_a)
    assert re.search(
        r'<span class="badge badge--proposed">Proposed from the listing.{1,6}s text<', page
    )
    assert "Proposed from the listing's text Human trafficking." in _text(page)
    box = re.search(r'<input type="checkbox" name="topics" value="human_trafficking"[^>]*>', page)
    assert box
    assert "checked" in box.group(0)
    other = re.search(r'<input type="checkbox" name="topics" value="ethics"[^>]*>', page)
    assert other
    assert "checked" not in other.group(0)
    # people read labels: the summary never shows a code
    summary = page.split('class="facts facts--grid import__summary"')[1].split("</dl>")[0]
    assert "Human trafficking" in summary
    assert "human_trafficking" not in summary
    # the title line is marked as the one the topic was read from
    assert re.search(r'id="L1".*?<span class="src-tag">topics</span>', page, re.S)


def test_unconfirmed_proposed_topics_hold_the_import_and_a_tick_releases_it(
    staff_a, provider_a, topics_unsure
) -> None:
    client = _client(staff_a)
    page = _preview(client, provider_a)
    assert 'name="confirm_topics"' in page  # below the review threshold: to be checked
    response = client.post(URL, draft_form_data(page))
    activity = Activity.objects.get(title__startswith="Recognizing Human Trafficking")
    assert activity.topics == ["human_trafficking"]  # stored as a code, as proposed
    assert activity.status == Activity.Status.DRAFT  # held: not in the finder yet
    assert [w["field"] for w in activity.warnings if w.get("kind") == "review"] == ["topics"]
    assert response.status_code == 302

    reopened = client.get(f"{URL}?review={activity.pk}").content.decode()
    response = client.post(URL, draft_form_data(reopened, confirm=True))
    assert response.status_code == 302
    activity.refresh_from_db()
    assert activity.status == Activity.Status.PUBLISHED
    assert activity.topics == ["human_trafficking"]
    confirmed = AuditEvent.objects.filter(
        action="ingest.listing.confirmed", object_id=str(activity.pk)
    ).latest("at")
    assert "topics" in (confirmed.after or {})["confirmed"]


def test_correcting_the_topics_saves_the_ticked_codes_and_counts_as_checking(
    staff_a, provider_a, topics_unsure
) -> None:
    client = _client(staff_a)
    page = _preview(client, provider_a)
    data: dict[str, Any] = draft_form_data(page, topics=["domestic_violence", "ethics"])
    assert client.post(URL, data).status_code == 302
    activity = Activity.objects.get(title__startswith="Recognizing Human Trafficking")
    assert activity.topics == ["domestic_violence", "ethics"]  # vocabulary order, codes
    assert activity.status == Activity.Status.PUBLISHED  # a correction is a check


def test_a_topic_outside_the_vocabulary_is_refused_beside_the_field(staff_a, provider_a) -> None:
    client = _client(staff_a)
    page = _preview(client, provider_a)
    response = client.post(URL, draft_form_data(page, topics=["malaria"]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "choose topics from the list only." in body
    assert not Activity.objects.filter(title__startswith="Recognizing Human").exists()
