"""The import page's review flags, corrections of every field, and held-back activities."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client

from opencme.activities.models import Activity
from opencme.catalog.models import CatalogEntry
from opencme.core.models import AuditEvent
from opencme.ingest import parsing
from opencme.ingest.parsing import Draft, parse_listing
from opencme.ingest.parsing.draft import REVIEW_BELOW
from opencme.ingest.tests.formdata import draft_form_data
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/import/"
LISTING = """Heart Failure Update 2026

Acme Health is accredited by the ACCME to provide continuing medical education for physicians.
Acme Health designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™.
Release Date: 2026-01-15
Expiration Date: December 31, 2026
Cost: $25
"""


@pytest.fixture
def staff_a(provider_a):
    return factories.staff(of=provider_a, email="a@example.org")


@pytest.fixture
def sure(monkeypatch):
    """The page's parser gives every field high confidence, except those a test sets."""
    low: dict[str, float] = {}
    changes: dict[str, Any] = {}

    def parse(text: str, *, origin: str | None = None) -> Draft:
        draft = parse_listing(text, origin=origin)
        record = dict(draft.record, **changes)
        confidence = {k: 0.99 for k in record} | low
        return dataclasses.replace(draft, record=record, confidence=confidence)

    monkeypatch.setattr(parsing, "parse_listing", parse)  # as the views call it
    return low, changes


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _preview(client: Client, provider) -> str:
    response = client.post(URL, {"step": "preview", "provider": provider.pk, "text": LISTING})
    assert response.status_code == 200
    return response.content.decode()


def _flag(page: str, anchor: str) -> str:
    match = re.search(rf'<div class="place place--review" id="{anchor}">(.*?)</div>', page, re.S)
    assert match, f"no review flag at {anchor}"
    return match.group(1)


def test_import_page_marks_a_low_confidence_field_with_badge_and_reason(
    staff_a, provider_a, sure
) -> None:
    low, _ = sure
    low["expires"] = 0.3
    page = _preview(_client(staff_a), provider_a)
    flag = _flag(page, "review-expires")
    assert '<strong class="badge badge--review">Needs review</strong>' in flag
    assert f"read with low confidence (30%, below {REVIEW_BELOW:.0%})" in flag
    assert 'name="confirm_expires"' in flag  # the person's "I have checked it" box, beside it
    assert "I have checked the expiry date against the source" in flag
    assert re.search(r'<a href="#L\d+" aria-label="line \d+ of the source">', flag)
    assert '<a href="#review-expires">Expiry date</a>' in page  # listed at the top, linked
    # what the percentage means, once above the list
    assert "how often fields read the same way were right on pages of sites" in page
    assert "confirm_title" not in page  # a confident field is not flagged
    assert "expires" not in re.sub(r"<[^>]+>", "", flag).replace("review-expires", "")


def test_import_page_a_failed_check_needs_review_whatever_the_confidence(
    staff_a, provider_a, sure
) -> None:
    _, changes = sure
    changes["title"] = "Return to Course Listing"
    flag = _flag(_preview(_client(staff_a), provider_a), "review-title")
    assert "“Return to Course Listing” is a link or button of the page, not a title." in flag


def test_import_page_source_lines_of_a_flagged_field_are_marked(staff_a, provider_a, sure) -> None:
    low, _ = sure
    low["credits"] = 0.2
    page = _preview(_client(staff_a), provider_a)
    line = re.search(r'<li id="L4" class="([^"]+)"', page)
    assert line
    assert "src-line--review" in line.group(1)
    assert re.search(
        r'id="L4".*?<span class="src-tag src-tag--review">needs review</span>', page, re.S
    )


def _corrections() -> dict[str, Any]:
    return {
        "title": "Heart Failure Update 2026: corrected",
        "description": "A day on heart failure.",
        "url": "https://example.org/hf",
        "format": "live",
        "delivery": "in_person",
        "location": "Boston, MA",
        "start_date": "2026-03-01",
        "end_date": "2026-03-02",
        "expires": "2026-06-30",
        "estimated_minutes": "420",
        "cost_free": "paid",
        "cost_amount": "40",
        "cost_currency": "eur",
        "credit_0_type": "AMA_PRA_1",
        "credit_0": "6.5",
        "credit_1_type": "ACPE",
        "credit_1": "6",
        "credit_1_unit": "contact_hour",
        "credit_1_uan": "JA0000000-0000-26-001-L01-P",
        "credit_rows": "2",
        "moc_0_board": "ABIM",
        "moc_0_points": "6",
        "moc_0_types": "Medical Knowledge",
        "moc_rows": "1",
        "faculty": "Ada Lovelace, MD\nGrace Hopper, PharmD",
        "joint_providers": "Acme Pharmacy",
        "audience": "physicians\npharmacists",
        "specialties": "Cardiology, Internal medicine",
        "objectives": "Describe heart failure stages.\nChoose a treatment.",
        "commercial_support": "no",
        "statement_accreditation": "Acme Health is accredited by the ACCME.",
        "statement_disclaimer": "Views are the faculty's own.",
    }


def test_import_page_saves_a_correction_of_every_field_in_one_audited_write(
    staff_a, provider_a, sure
) -> None:
    client = _client(staff_a)
    data = draft_form_data(_preview(client, provider_a), confirm=True, **_corrections())
    response = client.post(URL, data)
    assert response.status_code == 302
    a = Activity.objects.get()
    assert a.status == Activity.Status.PUBLISHED
    assert (a.title, a.description, a.url) == (
        "Heart Failure Update 2026: corrected",
        "A day on heart failure.",
        "https://example.org/hf",
    )
    assert (a.format, a.delivery, a.location) == ("live", "in_person", "Boston, MA")
    assert [str(d) for d in (a.start_date, a.end_date, a.expires)] == [
        "2026-03-01",
        "2026-03-02",
        "2026-06-30",
    ]
    assert a.estimated_minutes == 420
    assert (a.cost_free, a.cost_amount, a.cost_currency) == (False, Decimal("40"), "EUR")
    credits = [(c.credit_type, c.amount, c.unit, c.uan) for c in a.credits.all()]
    assert credits == [
        ("AMA_PRA_1", Decimal("6.5"), "credit", ""),
        ("ACPE", Decimal("6"), "contact_hour", "JA0000000-0000-26-001-L01-P"),
    ]
    assert [(m.board, m.points, list(m.credit_types)) for m in a.moc.all()] == [
        ("ABIM", Decimal("6"), ["Medical Knowledge"])
    ]
    assert [f.name for f in a.faculty.all()] == ["Ada Lovelace, MD", "Grace Hopper, PharmD"]
    assert a.joint_providers == ["Acme Pharmacy"]
    assert a.audience == ["physicians", "pharmacists"]
    assert sorted(s.name for s in a.specialties.all()) == ["Cardiology", "Internal medicine"]
    assert a.objectives == ["Describe heart failure stages.", "Choose a treatment."]
    assert a.commercial_support is False
    assert a.accreditation_statement == "Acme Health is accredited by the ACCME."
    assert a.disclaimer_statement == "Views are the faculty's own."
    created = AuditEvent.objects.get(action="activities.activity.created")
    assert created.actor_id == staff_a.pk
    assert created.after
    assert created.after["title"] == "Heart Failure Update 2026: corrected"


def test_import_page_correction_is_one_transaction(staff_a, provider_a, sure, monkeypatch) -> None:
    client = _client(staff_a)
    low, _ = sure
    low["expires"] = 0.1
    data = draft_form_data(_preview(client, provider_a))

    def fail(**kwargs: Any) -> None:
        raise RuntimeError("the hold failed")

    monkeypatch.setattr("opencme.ingest.loader.settle_import", fail)
    with pytest.raises(RuntimeError):
        client.post(URL, data)
    assert not Activity.objects.exists()  # the activity and the hold commit together or not at all
    assert not AuditEvent.objects.filter(action__startswith="activities.").exists()


def test_import_page_refuses_a_uan_on_other_credit_beside_its_field(
    staff_a, provider_a, sure
) -> None:
    client = _client(staff_a)
    data = draft_form_data(_preview(client, provider_a), credit_0_uan="JA0000000-0000-26-001-L01-P")
    page = client.post(URL, data).content.decode()
    assert '<a href="#id_credit_0_uan">Credit 1: UAN: a UAN belongs to pharmacy credit' in page
    assert 'id="id_credit_0_uan_error"' in page
    assert "credits[" not in page  # no field paths on the page
    assert not Activity.objects.exists()


def test_import_page_add_a_credit_row_saves_nothing(staff_a, provider_a, sure) -> None:
    client = _client(staff_a)
    data = draft_form_data(_preview(client, provider_a), add_row="credit")
    page = client.post(URL, data).content.decode()
    assert 'name="credit_2_type"' in page  # the draft's one credit, its empty row, one more
    assert not Activity.objects.exists()


def test_held_field_stays_out_of_the_finder_until_confirmed(staff_a, provider_a, sure) -> None:
    low, _ = sure
    low["expires"] = 0.3
    client = _client(staff_a)
    response = client.post(URL, draft_form_data(_preview(client, provider_a)))
    activity = Activity.objects.get()
    assert response["Location"] == f"{URL}?review={activity.pk}"
    assert activity.status == Activity.Status.DRAFT
    assert not CatalogEntry.objects.filter(activity_id=activity.pk).exists()
    assert Client().get(f"/activities/{activity.pk}/").status_code == 404
    held = AuditEvent.objects.get(action="ingest.listing.held")
    assert held.actor_id == staff_a.pk
    assert held.after
    assert held.after["needs_review"][0]["field"] == "expires"
    # the source step lists it; reopened, it shows its stored values and the flag
    assert f'href="?review={activity.pk}"' in client.get(URL).content.decode()
    page = client.get(f"{URL}?review={activity.pk}").content.decode()
    assert "low confidence (30%" in _flag(page, "review-expires")
    assert 'value="2026-12-31"' in page

    low.clear()  # the parse is the same; the person confirms the field now
    low["expires"] = 0.3
    data = draft_form_data(page, confirm_expires="on")
    response = client.post(URL, data)
    activity.refresh_from_db()
    assert response["Location"] == f"/activities/{activity.pk}/"
    assert activity.status == Activity.Status.PUBLISHED
    assert Activity.objects.count() == 1  # the held activity, not a second one
    assert CatalogEntry.objects.filter(activity_id=activity.pk).exists()
    confirmed = AuditEvent.objects.get(action="ingest.listing.confirmed")
    assert confirmed.after == {"confirmed": ["expires"]}
    assert confirmed.actor_id == staff_a.pk


def test_held_field_corrected_by_the_person_counts_as_confirmed(staff_a, provider_a, sure) -> None:
    low, _ = sure
    low["expires"] = 0.3
    client = _client(staff_a)
    client.post(URL, draft_form_data(_preview(client, provider_a), expires="2026-11-30"))
    activity = Activity.objects.get()
    assert activity.status == Activity.Status.PUBLISHED
    assert str(activity.expires) == "2026-11-30"


def test_held_activity_of_another_provider_cannot_be_reopened(staff_a, provider_a, sure) -> None:
    low, _ = sure
    low["expires"] = 0.3
    client = _client(staff_a)
    client.post(URL, draft_form_data(_preview(client, provider_a)))
    held = Activity.objects.get()
    provider_b = factories.provider(name="Provider B")
    staff_b = factories.staff(of=provider_b, email="b@example.org")
    other = _client(staff_b)
    assert other.get(f"{URL}?review={held.pk}").status_code == 404
    data = draft_form_data(client.get(f"{URL}?review={held.pk}").content.decode(), confirm=True)
    data["provider"] = provider_b.pk
    assert other.post(URL, data).status_code == 404
    held.refresh_from_db()
    assert held.status == Activity.Status.DRAFT
    assert f"?review={held.pk}" not in other.get(URL).content.decode()
    learner = _client(factories.user(email="learner@example.org"))
    assert learner.get(f"{URL}?review={held.pk}").status_code == 403


UNAPPROVED = "Sepsis Update {n}\nProvided by Acme Health\nNursing contact hours: 1.5\nCost: $20\n"
APPROVED = (
    "Sepsis Update {n}\nProvided by Acme Health\nAcme Health is approved by the ANCC.\n"
    "Nursing contact hours: 1.5\nCost: $20\n"
)


def test_batched_import_holds_a_low_confidence_field(
    tmp_path, provider_a, files_confidence
) -> None:
    from opencme.ingest.loader import import_files

    files_confidence["title"] = REVIEW_BELOW / 2
    path = tmp_path / "0.txt"
    path.write_text(APPROVED.format(n=0), encoding="utf-8")
    (outcome,) = import_files([path], actor=None, provider=provider_a, batch_size=10)
    assert outcome.status == "created"
    assert outcome.held == ["title"]
    assert Activity.objects.get().status == Activity.Status.DRAFT
    assert not CatalogEntry.objects.exists()


def test_import_files_in_worker_processes_holds_what_one_listing_holds(
    tmp_path, provider_a
) -> None:
    """Spawned parse workers send each field's confidence: a batch holds back exactly what the
    import of the same text on its own holds (the shipped model's confidences, unpatched)."""
    from opencme.ingest.loader import Prepared, import_files, prepare_listing

    texts = [(APPROVED if n % 2 else UNAPPROVED).format(n=n) for n in range(5)]
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    outcomes = list(import_files(paths, actor=None, provider=provider_a, batch_size=2, workers=2))
    expected = []
    for path, text in zip(paths, texts, strict=True):
        prepared = prepare_listing(text=text, origin=str(path), provider=provider_a)
        assert isinstance(prepared, Prepared)
        expected.append(sorted(r.field for r in prepared.held))
    assert [sorted(o.held) for o in outcomes] == expected
    assert any(expected)


def test_batched_import_holds_a_listing_whose_check_fails(
    tmp_path, provider_a, files_confidence
) -> None:
    from opencme.ingest.loader import import_files

    paths = []
    for n, text in enumerate([UNAPPROVED, APPROVED, UNAPPROVED]):
        path = tmp_path / f"{n}.txt"
        path.write_text(text.format(n=n), encoding="utf-8")
        paths.append(path)
    outcomes = list(import_files(paths, actor=None, provider=provider_a, batch_size=10))
    assert [o.status for o in outcomes] == ["created"] * 3
    assert [o.held for o in outcomes] == [["credits"], [], ["credits"]]
    status = {a.title: a.status for a in Activity.objects.all()}
    assert status == {
        "Sepsis Update 0": Activity.Status.DRAFT,
        "Sepsis Update 1": Activity.Status.PUBLISHED,
        "Sepsis Update 2": Activity.Status.DRAFT,
    }
    indexed = set(CatalogEntry.objects.values_list("activity__title", flat=True))
    assert indexed == {"Sepsis Update 1"}
    held = AuditEvent.objects.filter(action="ingest.listing.held")
    assert held.count() == 2
    assert {e.after["needs_review"][0]["field"] for e in held if e.after} == {"credits"}


def test_import_page_never_flags_the_provider_the_person_chooses(staff_a, provider_a, sure) -> None:
    low, _ = sure
    low["provider"] = 0.2
    page = _preview(_client(staff_a), provider_a)
    assert 'class="place place--review" id="review-provider"' not in page
    assert "confirm_provider" not in page


def test_import_all_confirmed_holds_nothing_back(tmp_path, provider_a) -> None:
    from opencme.ingest.loader import ALL_CONFIRMED, import_file

    path = tmp_path / "seed.txt"
    path.write_text(UNAPPROVED.format(n=0), encoding="utf-8")
    outcome = import_file(path, actor=None, provider=provider_a, confirmed=ALL_CONFIRMED)
    assert outcome.held == []
    assert Activity.objects.get().status == Activity.Status.PUBLISHED
    # the caller's word is recorded like a person's
    confirmed = AuditEvent.objects.get(action="ingest.listing.confirmed").after
    assert confirmed
    assert "credits" in confirmed["confirmed"]  # the failed check, and any low confidence
    assert not AuditEvent.objects.filter(action="ingest.listing.held").exists()


def test_one_box_confirms_every_flagged_field_at_once(staff_a, provider_a, sure) -> None:
    """On a new site most fields need a look; after reading them all against the source the
    person ticks one box instead of one per field (the per-field boxes still work alone)."""
    low, _ = sure
    low.update(expires=0.3, credits=0.2)
    client = _client(staff_a)
    page = _preview(client, provider_a)
    box = re.search(r'<input type="checkbox" name="confirm_all"[^>]*>', page)
    assert box, "no box confirming every flagged field"
    assert "I have checked all 2 fields marked “needs review” against the source" in page

    client.post(URL, draft_form_data(page))  # not ticked: held back, as before
    activity = Activity.objects.get()
    assert activity.status == Activity.Status.DRAFT

    page = client.get(f"{URL}?review={activity.pk}").content.decode()
    response = client.post(URL, draft_form_data(page, confirm_all="on"))
    activity.refresh_from_db()
    assert response["Location"] == f"/activities/{activity.pk}/"
    assert activity.status == Activity.Status.PUBLISHED
    confirmed = AuditEvent.objects.get(action="ingest.listing.confirmed")
    assert confirmed.after is not None
    assert sorted(confirmed.after["confirmed"]) == ["credits", "expires"]


def test_one_flagged_field_has_only_its_own_box(staff_a, provider_a, sure) -> None:
    low, _ = sure
    low["expires"] = 0.3
    page = _preview(_client(staff_a), provider_a)
    assert 'name="confirm_expires"' in page
    assert 'name="confirm_all"' not in page
