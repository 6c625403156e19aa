"""The staff import page: who may use it, bad input named by field, draft review, saving."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from opencme.activities.models import Activity
from opencme.core.models import AuditEvent
from opencme.ingest.parsing import MAX_LISTING_BYTES
from opencme.ingest.tests.formdata import draft_form_data
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/import/"
LISTING = """Heart Failure Update 2026

Activity Link: https://example.org/hf-2026
Acme Health is accredited by the ACCME to provide continuing medical education for physicians.
Acme Health designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™.
Expiration Date: December 31, 2026
Cost: $25
Ask us about group rates for CME credit bundles
"""


def _client(user=None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def staff_a(provider_a):
    return factories.staff(of=provider_a, email="a@example.org")


def _preview(client: Client, provider, **data) -> str:
    response = client.post(URL, {"step": "preview", "provider": provider.pk, **data})
    assert response.status_code == 200
    return response.content.decode()


def _save_data(client: Client, for_provider, *, confirm: bool = True, **overrides) -> dict:
    """What the review page's form posts as shown (read from its HTML), with ``overrides``;
    a person who saves has ticked every field needing review unless ``confirm`` is False."""
    page = _preview(client, for_provider, text=LISTING)
    return draft_form_data(page, confirm=confirm, **overrides)


def test_import_page_anonymous_is_sent_to_sign_in() -> None:
    response = _client().get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:sign_in"))


def test_import_page_non_staff_is_forbidden() -> None:
    learner = factories.user(email="learner@example.org")
    assert _client(learner).get(URL).status_code == 403
    assert _client(learner).post(URL, {"step": "preview", "text": LISTING}).status_code == 403


def test_import_page_staff_sees_the_form_and_the_nav_link(staff_a) -> None:
    page = _client(staff_a).get(URL).content.decode()
    assert 'name="text"' in page
    assert 'name="upload"' in page
    assert f'href="{URL}"' in page  # the nav links staff to it


def test_import_page_preview_marks_used_and_not_understood_lines(staff_a, provider_a) -> None:
    page = _preview(_client(staff_a), provider_a, text=LISTING)
    assert Activity.objects.count() == 0  # nothing saved by a preview
    line = re.search(r'<li id="L5" class="([^"]+)"', page)
    assert line
    assert "src-line--credit" in line.group(1)
    assert re.search(r'id="L5".*?<span class="src-tag">credits</span>', page, re.S)
    missed = re.search(r'<li id="L8" class="([^"]+)"', page)
    assert missed
    assert "src-line--missed" in missed.group(1)
    assert 'value="Heart Failure Update 2026"' in page
    assert 'name="credit_0"' in page
    assert 'value="2"' in page


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x00\x01PK\x03\x04" * 40, "binary file"),
        ("big.txt", b"a " * (MAX_LISTING_BYTES // 2 + 1), "file too large"),
        ("latin1.txt", "Café course, Cost: $10".encode("latin-1"), "not UTF-8"),
    ],
)
def test_import_page_bad_upload_names_the_field(staff_a, provider_a, name, data, message) -> None:
    upload = SimpleUploadedFile(name, data, content_type="text/plain")
    page = _preview(_client(staff_a), provider_a, upload=upload)
    assert re.search(rf'<a href="#id_upload">Listing file: {message}', page), page[:3000]
    assert Activity.objects.count() == 0


def test_import_page_no_text_and_no_file_names_the_text_field(staff_a, provider_a) -> None:
    page = _preview(_client(staff_a), provider_a, text="   ")
    assert '<a href="#id_text">Listing text: paste the listing text' in page


def test_import_page_upload_is_read_as_the_source(staff_a, provider_a) -> None:
    upload = SimpleUploadedFile("hf.html", f"<html><body><p>{LISTING}</p></body></html>".encode())
    page = _preview(_client(staff_a), provider_a, upload=upload)
    assert "web form upload: hf.html" in page
    assert "src-line--credit" in page


def test_import_page_save_creates_the_listed_activity_with_its_source(staff_a, provider_a) -> None:
    client = _client(staff_a)
    data = _save_data(client, provider_a, title="Heart Failure Update, corrected", credit_0="1.5")
    response = client.post(URL, data)
    activity = Activity.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("catalog:activity", args=[activity.pk])
    assert activity.provider == provider_a
    assert activity.kind == Activity.Kind.LISTED
    assert activity.status == Activity.Status.PUBLISHED
    assert activity.title == "Heart Failure Update, corrected"
    assert activity.source_text == LISTING
    assert activity.source_origin == "web form: pasted text"
    assert len(activity.source_hash) == 64
    assert [(c.credit_type, c.amount) for c in activity.credits.all()] == [
        ("AMA_PRA_1", Decimal("1.5"))
    ]
    assert activity.cost_amount == 25
    event = AuditEvent.objects.get(action="activities.activity.created")
    assert event.actor_id == staff_a.pk


def test_import_page_staff_of_a_cannot_save_into_b(staff_a, provider_a) -> None:
    provider_b = factories.provider(name="Provider B")
    client = _client(staff_a)
    response = client.post(URL, _save_data(client, provider_a, provider=provider_b.pk))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Save for provider: choose one of the providers you are staff of" in page
    assert not Activity.objects.exists()


def test_import_page_staff_of_two_providers_chooses_one(staff_a, provider_a) -> None:
    provider_c = factories.provider(name="Provider C")
    from opencme.providers.services import add_staff

    add_staff(provider=provider_c, user=staff_a, actor=None)
    page = _client(staff_a).get(URL).content.decode()
    assert "<select" in page
    assert "Provider C" in page
    assert "Provider A" in page
    client = _client(staff_a)
    client.post(URL, _save_data(client, provider_c))
    assert Activity.objects.get().provider == provider_c


def test_import_page_bad_corrections_are_named_and_nothing_is_saved(staff_a, provider_a) -> None:
    client = _client(staff_a)
    page = client.post(URL, _save_data(client, provider_a, expires="31/12/2026", title=""))
    text = page.content.decode()
    assert '<a href="#id_expires">Credit expires: write the date as YYYY-MM-DD' in text
    assert '<a href="#id_title">Title: This field is required.' in text
    assert "src-line--credit" in text  # the source is shown again beside the form
    assert not Activity.objects.exists()
