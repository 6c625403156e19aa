"""Provider staff see and export only their own provider's learners; site admins see all."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from opencme.reporting.tests import data
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_providers():
    a, b = data.provider("Provider Alpha"), data.provider("Provider Beta")
    staff_a = factories.staff(of=a)
    for provider, name in ((a, "Ann Alpha"), (b, "Bob Beta")):
        activity = data.activity(provider)
        data.claim(data.learner(data.PHARMACIST, legal_name=name), activity, "ACPE")
    return a, b, staff_a


def test_staff_page_of_another_provider_is_not_found(client, two_providers):
    a, b, staff_a = two_providers
    client.force_login(staff_a)
    assert client.get(reverse("reporting:provider", args=[a.slug])).status_code == 200
    assert client.get(reverse("reporting:provider", args=[b.slug])).status_code == 404
    assert client.get(reverse("reporting:outcomes", args=[b.slug])).status_code == 404


def test_staff_cannot_download_another_providers_learners(client, two_providers):
    a, b, staff_a = two_providers
    client.force_login(staff_a)
    refused = client.post(
        reverse("reporting:export", args=[b.slug, "completions"]), {"format": "csv"}
    )
    assert refused.status_code == 404
    mine = client.post(reverse("reporting:export", args=[a.slug, "completions"]), {"format": "csv"})
    body = b"".join(mine.streaming_content).decode()
    assert "Ann Alpha" in body
    assert "Bob Beta" not in body


def test_index_sends_staff_of_one_provider_to_its_page(client, two_providers):
    a, _, staff_a = two_providers
    client.force_login(staff_a)
    response = client.get(reverse("reporting:index"))
    assert response.status_code == 302
    assert response.url.endswith(f"/reports/{a.slug}/")


def test_learner_without_provider_sees_no_reports(client, two_providers):
    client.force_login(factories.user())
    assert client.get(reverse("reporting:index")).status_code == 404


def test_site_admin_sees_every_provider(client, two_providers):
    _, b, _ = two_providers
    client.force_login(factories.superuser())
    assert client.get(reverse("reporting:provider", args=[b.slug])).status_code == 200


def test_command_as_staff_refuses_another_provider(tmp_path, two_providers):
    _a, b, staff_a = two_providers
    with pytest.raises(CommandError, match="no provider of yours"):
        call_command(
            "export", "cpe-monitor", provider=b.slug, as_user=staff_a.email,
            output=str(tmp_path / "b.csv"), stderr=io.StringIO(),
        )  # fmt: skip
    out = tmp_path / "a.csv"
    call_command(
        "export", "completions", as_user=staff_a.email, output=str(out), stderr=io.StringIO()
    )
    text = out.read_text()
    assert "Ann Alpha" in text
    assert "Bob Beta" not in text


def test_command_with_provider_exports_only_that_provider(tmp_path, two_providers):
    a, _, _ = two_providers
    out = tmp_path / "a.csv"
    err = io.StringIO()
    call_command("export", "cpe-monitor", provider=a.slug, output=str(out), stderr=err)
    assert out.read_text().count("\n") == 2  # header and Ann's row
    assert "1 rows written as csv" in err.getvalue()


def test_staff_page_names_destinations_and_credit_types_not_their_codes(
    client, two_providers, settings
):
    a, _, staff_a = two_providers
    settings.CLOCK_OFFSET_DAYS = 55  # the pharmacist's CPE Monitor report is due this week
    client.force_login(staff_a)
    html = client.get(reverse("reporting:provider", args=[a.slug])).content.decode()
    assert '<th scope="row">NABP CPE Monitor</th>' in html
    assert "1.25 ACPE pharmacy CE</td>" in html or "ACPE pharmacy CE</td>" in html
    assert "CPE_MONITOR" not in html
    assert " ACPE</td>" not in html


def test_batch_pages_of_another_provider_are_not_found(client, two_providers):
    a, b, staff_a = two_providers
    from opencme.reporting.services import run_export

    batches = {}
    for provider in (a, b):
        _, batches[provider.slug] = run_export(
            name="cpe-monitor", actor=None, out=None, provider=provider,
            provider_ids=frozenset({provider.pk}), every_format=True,
        )  # fmt: skip
    client.force_login(staff_a)
    theirs = batches[b.slug].pk
    for slug in (a.slug, b.slug):  # neither through their slug nor through ours
        assert client.get(reverse("reporting:batch", args=[slug, theirs])).status_code == 404
        for fmt in ("csv", "xlsx", "xml"):
            url = reverse("reporting:batch_file", args=[slug, theirs, fmt])
            assert client.get(url).status_code == 404
        for action in ("reporting:batch_submit", "reporting:batch_withdraw"):
            url = reverse(action, args=[slug, theirs])
            assert client.post(url, {"submitted_on": "2026-01-01"}).status_code == 404
    batches[b.slug].refresh_from_db()
    assert batches[b.slug].status == "open"
    mine = batches[a.slug].pk
    assert client.get(reverse("reporting:batch", args=[a.slug, mine])).status_code == 200
    client.force_login(factories.user())  # a learner: no reports at all
    assert client.get(reverse("reporting:batch", args=[a.slug, mine])).status_code == 404
