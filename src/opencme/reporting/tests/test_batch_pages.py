"""The coordinator's batch pages: make a batch, download each format again, submit with the
errors beside the fields, withdraw."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from opencme.core import clock
from opencme.reporting.models import ExportBatch, ReportObligation
from opencme.reporting.tests import data
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(client):
    provider = data.provider()
    activity = data.activity(provider)
    for i in range(2):
        data.claim(data.learner(data.PHARMACIST, legal_name=f"Pharm {i}"), activity, "ACPE")
    client.force_login(factories.staff(of=provider))
    return client, provider


def _make(client, provider, fmt="csv"):
    response = client.post(
        reverse("reporting:export", args=[provider.slug, "cpe-monitor"]), {"format": fmt}
    )
    assert response.status_code == 200
    body = b"".join(response.streaming_content)
    return ExportBatch.objects.get(pk=int(response["X-OpenCME-Batch"])), body


def test_download_again_gives_the_same_file_in_each_format(coordinator):
    client, provider = coordinator
    batch, first = _make(client, provider)
    assert set(batch.files) == {"csv", "xlsx", "xml"}
    again = client.get(reverse("reporting:batch_file", args=[provider.slug, batch.pk, "csv"]))
    assert b"".join(again.streaming_content) == first
    assert first.decode().count("\n") == 3
    xml = client.get(reverse("reporting:batch_file", args=[provider.slug, batch.pk, "xml"]))
    assert b"".join(xml.streaming_content).count(b"<row>") == 2
    missing = reverse("reporting:batch_file", args=[provider.slug, batch.pk, "txt"])
    assert client.get(missing).status_code == 404
    page = client.get(reverse("reporting:provider", args=[provider.slug])).content.decode()
    assert f"Batch {batch.pk}" in page
    assert "Not yet submitted" in page


def test_submit_shows_errors_beside_fields_then_counts_as_reported(coordinator):
    client, provider = coordinator
    batch, _ = _make(client, provider)
    url = reverse("reporting:batch_submit", args=[provider.slug, batch.pk])
    future = (clock.today() + dt.timedelta(days=3)).isoformat()
    refused = client.post(url, {"submitted_on": future, "confirmation": "X1"})
    assert refused.status_code == 422
    html = refused.content.decode()
    assert 'id="id_submitted_on_error"' in html
    assert "cannot be in the future" in html
    blank = client.post(url, {"submitted_on": ""})
    assert "Enter the date you uploaded the file." in blank.content.decode()
    assert not ReportObligation.objects.filter(reported_on__isnull=False).exists()

    done = client.post(url, {"submitted_on": clock.today().isoformat(), "confirmation": "X1"})
    assert done.status_code == 302
    page = client.get(done.url).content.decode()
    assert "Submitted on" in page
    assert "confirmation X1" in page
    assert "Mark as submitted" not in page
    assert ReportObligation.objects.filter(reported_on=clock.today()).count() == 2


def test_withdraw_returns_claims_to_pending(coordinator):
    client, provider = coordinator
    batch, _ = _make(client, provider)
    url = reverse("reporting:batch_withdraw", args=[provider.slug, batch.pk])
    assert client.post(url).status_code == 302
    assert not ReportObligation.objects.filter(batch__isnull=False).exists()
    again = client.post(url)
    assert again.status_code == 422
    assert "already withdrawn" in again.content.decode()
    second, _ = _make(client, provider)
    assert second.row_count == 2
