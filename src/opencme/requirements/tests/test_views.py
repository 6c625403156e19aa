"""The tracker's pages and calendar feed: each is its owner's alone, bad input answers 422
beside the field, the feed parses and holds every deadline, a revoked address is not found."""

from __future__ import annotations

import csv
import datetime as dt
import io

import icalendar
import pytest
from django.test import Client
from django.urls import reverse

from opencme.core import clock
from opencme.requirements import selectors, services
from opencme.requirements.models import Credential, ExternalCredit
from tests import factories

pytestmark = pytest.mark.django_db


def _physician() -> tuple[object, list[Credential]]:
    user = factories.user()
    year = clock.today().year
    made = [
        services.save_credential(
            actor=user,
            user=user,
            kind="license",
            state="FL",
            license_type="MD",
            expires_on=dt.date(year + 1, 1, 31),
            renewal_number=3,
        ),
        services.save_credential(
            actor=user,
            user=user,
            kind="license",
            state="TX",
            license_type="MD",
            expires_on=dt.date(year + 1, 8, 31),
            renewal_number=4,
        ),
        services.save_credential(
            actor=user, user=user, kind="dea", expires_on=dt.date(year + 2, 3, 31)
        ),
    ]
    return user, made


def _client(user: object) -> Client:
    client = Client()
    client.force_login(user)  # type: ignore[arg-type]
    return client


def _pages(credential: Credential) -> list[str]:
    return [
        reverse("requirements:tracker"),
        reverse("requirements:credentials"),
        reverse("requirements:credits"),
        reverse("requirements:credential", args=[credential.pk]),
        reverse("requirements:credential_edit", args=[credential.pk]),
    ]


def test_pages_send_anonymous_visitors_to_sign_in() -> None:
    _, made = _physician()
    for url in _pages(made[0]):
        response = Client().get(url)
        assert response.status_code == 302, url
        assert "/accounts/sign-in/" in response["Location"], url


def test_owner_sees_gaps_citations_and_self_reported_credit() -> None:
    user, made = _physician()
    services.record_external_credit(
        actor=user,
        user=user,
        title="Opioid prescribing in Texas",
        completed_on=clock.today() - dt.timedelta(days=30),
        credit_type="AMA_PRA_1",
        amount="2",
        topics=["opioid_prescribing"],
    )
    client = _client(user)
    page = client.get(reverse("requirements:tracker")).content.decode()
    assert "Florida license: Doctor of Medicine (MD)" in page
    assert "Prevention of medical errors" in page or "medical errors" in page
    assert "What is due when" in page
    assert "Credit still due" in page
    detail = client.get(reverse("requirements:credential", args=[made[1].pk])).content.decode()
    assert "self-reported" in detail
    assert "Opioid prescribing in Texas" in detail
    assert "https://" in detail
    assert "counts toward the topic it covers" in detail
    for url in _pages(made[0]):
        assert client.get(url).status_code == 200, url


def test_another_learner_cannot_see_or_change_them() -> None:
    _, made = _physician()
    other = _client(factories.user())
    target = made[0]
    assert other.get(reverse("requirements:credential", args=[target.pk])).status_code == 404
    assert other.get(reverse("requirements:credential_edit", args=[target.pk])).status_code == 404
    removed = other.post(reverse("requirements:credential_remove", args=[target.pk]))
    assert removed.status_code == 404
    assert Credential.objects.filter(pk=target.pk).exists()
    page = other.get(reverse("requirements:tracker")).content.decode()
    assert "Florida license" not in page


def test_add_license_shows_problems_beside_fields_and_saves_without_number() -> None:
    user = factories.user()
    client = _client(user)
    url = reverse("requirements:credentials")
    bad = client.post(url, {"kind": "license", "license-state": "XX", "license-expires_on": ""})
    assert bad.status_code == 422
    text = bad.content.decode()
    assert 'id="id_license-expires_on_error"' in text
    assert 'id="id_license-license_type_error"' in text
    assert not Credential.objects.exists()
    good = client.post(
        url,
        {
            "kind": "license",
            "license-state": "TX",
            "license-license_type": "DO",
            "license-expires_on": "2027-08-31",
            "license-renewal_number": "",
        },
    )
    assert good.status_code == 302
    assert Credential.objects.get().rule_set == "us-tx-md"


def test_record_credit_page_422_then_saves() -> None:
    user = factories.user()
    client = _client(user)
    url = reverse("requirements:credits")
    bad = client.post(url, {"title": "", "amount": "lots", "format": "anytime"})
    assert bad.status_code == 422
    assert 'id="id_amount_error"' in bad.content.decode()
    good = client.post(
        url,
        {
            "title": "Human trafficking awareness",
            "provider": "State society",
            "completed_on": "2026-01-15",
            "credit_type": "AMA_PRA_1",
            "amount": "1",
            "topics": ["human_trafficking"],
            "format": "live",
        },
    )
    assert good.status_code == 302
    assert ExternalCredit.objects.get().format == "live"
    other = _client(factories.user())
    credit = ExternalCredit.objects.get()
    assert other.post(reverse("requirements:credit_remove", args=[credit.pk])).status_code == 404


def test_feed_parses_and_holds_every_deadline_and_revoked_answers_404() -> None:
    user, made = _physician()
    client = _client(user)
    client.post(reverse("requirements:feed_renew"))
    key = selectors.feed_key_of(user)
    url = reverse("requirements:feed", args=[key])
    response = Client().get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Cache-Control"] == "private, no-store"
    calendar = icalendar.Calendar.from_ical(response.content)
    days = {event.start for event in calendar.events}
    view = selectors.tracker_for(user, as_of=clock.today())
    expected = {c.deadline for c in view.credentials} | {
        gap.due for c in view.credentials for gap in c.gaps
    }
    assert expected <= days
    assert {m.expires_on for m in made} <= days
    summaries = " ".join(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert "Texas license" in summaries
    client.post(reverse("requirements:feed_renew"))
    assert Client().get(url).status_code == 404
    assert (
        Client().get(reverse("requirements:feed", args=[selectors.feed_key_of(user)])).status_code
        == 200
    )
    assert Client().get(reverse("requirements:feed", args=["nothing.here"])).status_code == 404


def test_feed_renew_needs_sign_in_and_post() -> None:
    assert Client().post(reverse("requirements:feed_renew")).status_code == 302
    client = _client(factories.user())
    assert client.get(reverse("requirements:feed_renew")).status_code == 405


def test_packet_csv_lists_requirements_sources_and_credits_for_its_owner_only() -> None:
    user, made = _physician()
    services.record_external_credit(
        actor=user,
        user=user,
        title="=HYPERLINK(evil)",
        completed_on=clock.today() - dt.timedelta(days=10),
        credit_type="AMA_PRA_1",
        amount="2",
        topics=["medical_errors"],
    )
    url = reverse("requirements:credential_packet", args=[made[0].pk])
    assert Client().get(url).status_code == 302
    assert _client(factories.user()).get(url).status_code == 404
    response = _client(user).get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["Credential", "Rules", "Cycle start"]
    errors = next(r for r in rows if r[5] == "2-hour course on the prevention of medical errors")
    assert errors[13] == "'=HYPERLINK(evil)"  # not run as a formula
    assert errors[18] == "self-reported"
    assert errors[11].startswith("http")


def test_edit_credential_changes_it_and_shows_problems() -> None:
    user, made = _physician()
    client = _client(user)
    url = reverse("requirements:credential_edit", args=[made[2].pk])
    bad = client.post(url, {"dea-number": "nope", "dea-expires_on": "2027-06-30"})
    assert bad.status_code == 422
    assert 'id="id_dea-number_error"' in bad.content.decode()
    good = client.post(url, {"dea-number": "AB1234563", "dea-expires_on": "2027-06-30"})
    assert good.status_code == 302
    made[2].refresh_from_db()
    assert (made[2].number, made[2].expires_on) == ("AB1234563", dt.date(2027, 6, 30))
