"""Obligations from claims, their deadlines and status, the dashboard and the learner's view."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.urls import reverse

from opencme.core import clock
from opencme.credits.models import Claim
from opencme.reporting import rules
from opencme.reporting.batches import submit_batch
from opencme.reporting.models import ReportObligation
from opencme.reporting.selectors import deadlines_for, reporting_status_for_claims
from opencme.reporting.services import run_export, sync_obligations
from opencme.reporting.tests import data

pytestmark = pytest.mark.django_db


@pytest.fixture
def claims():
    provider = data.provider()
    activity = data.activity(provider)
    ama = data.claim(data.learner(data.PHYSICIAN), activity, "AMA_PRA_1")
    acpe = data.claim(data.learner(data.PHARMACIST), activity, "ACPE")
    return provider, ama, acpe


def test_claims_get_obligations_with_due_dates(claims):
    _, ama, acpe = claims
    today = clock.today()
    got = {(o.claim_id, o.destination): o.due_on for o in ReportObligation.objects.all()}
    assert got == {
        (ama.pk, "PARS"): today + dt.timedelta(days=30),
        (acpe.pk, "CPE_MONITOR"): today + dt.timedelta(days=60),
    }


def test_sync_makes_missing_obligations_once(claims):
    ReportObligation.objects.all().delete()  # claims made before reporting existed
    assert sync_obligations() == 2
    assert sync_obligations() == 0
    assert set(ReportObligation.objects.values_list("destination", "due_on")) == {
        ("PARS", clock.today() + dt.timedelta(days=30)),
        ("CPE_MONITOR", clock.today() + dt.timedelta(days=60)),
    }


def test_status_for_claims_pending_overdue_exported(claims):
    provider, ama, acpe = claims
    status = reporting_status_for_claims([ama.pk, acpe.pk])
    assert [s["status"] for s in status[ama.pk]] == [rules.PENDING]
    assert status[acpe.pk][0]["destination"] == "CPE_MONITOR"
    # 31 days later the PARS record is overdue; the CPE Monitor one is not yet.
    ReportObligation.objects.update(completed_on=clock.today() - dt.timedelta(days=31))
    ReportObligation.objects.filter(destination="PARS").update(
        due_on=clock.today() - dt.timedelta(days=1)
    )
    assert reporting_status_for_claims([ama.pk])[ama.pk][0]["status"] == rules.OVERDUE
    _, batch = run_export(
        name="cpe-monitor", actor=None, out=io.BytesIO(), provider=provider,
        provider_ids=frozenset({provider.pk}),
    )  # fmt: skip
    # In a batch is not reported: pending until the coordinator submits the batch.
    [row] = reporting_status_for_claims([acpe.pk])[acpe.pk]
    assert (row["status"], row["batch_id"], row["reported_on"]) == (rules.PENDING, batch.pk, None)
    submit_batch(batch=batch, actor=None, submitted_on=clock.today())
    [row] = reporting_status_for_claims([acpe.pk])[acpe.pk]
    assert (row["status"], row["reported_on"]) == (rules.EXPORTED, clock.today())


def test_status_for_claims_computes_unsynced_claims_and_unreported_types(claims):
    _, ama, _ = claims
    ReportObligation.objects.all().delete()
    [row] = reporting_status_for_claims([ama.pk])[ama.pk]
    assert (row["destination"], row["status"]) == ("PARS", rules.PENDING)
    assert row["due_on"] == clock.today() + dt.timedelta(days=30)
    assert reporting_status_for_claims([]) == {}


def test_deadlines_show_due_this_week_and_overdue(claims):
    provider, ama, acpe = claims
    today = clock.today()
    ReportObligation.objects.filter(claim=ama).update(due_on=today - dt.timedelta(days=1))
    ReportObligation.objects.filter(claim=acpe).update(due_on=today + dt.timedelta(days=6))
    d = deadlines_for(frozenset({provider.pk}))
    assert [o.claim_id for o in d.overdue] == [ama.pk]
    assert [o.claim_id for o in d.due_this_week] == [acpe.pk]
    assert d.counts["PARS"]["overdue"] == 1
    assert d.counts["CPE_MONITOR"]["this_week"] == 1
    ReportObligation.objects.filter(claim=acpe).update(due_on=today + dt.timedelta(days=7))
    assert deadlines_for(frozenset({provider.pk})).due_this_week == []


def test_corrected_claim_replaces_its_obligation(claims):
    from opencme.credits.services import correct_claim

    _, ama, _ = claims
    fresh = correct_claim(claim=ama, amount="1.00", actor=ama.learner)
    assert ReportObligation.objects.filter(claim=fresh, destination="PARS").exists()
    assert not Claim.objects.get(pk=ama.pk).is_current


def test_learner_api_shows_only_own_claims(client, claims):
    _, ama, acpe = claims
    client.force_login(ama.learner)
    response = client.get("/api/reporting/claims", {"claim_id": [ama.pk, acpe.pk]})
    assert response.status_code == 200
    body = response.json()
    assert [c["claim_id"] for c in body] == [ama.pk]
    assert body[0]["destinations"][0]["status"] == "pending"


def test_dashboard_page_lists_problem_with_fix(client, claims):
    provider, _ama, acpe = claims
    from opencme.accounts.services import update_profile
    from tests import factories

    update_profile(user=acpe.learner, actor=acpe.learner, changes={"nabp_eprofile_id": ""})
    staff = factories.staff(of=provider)
    client.force_login(staff)
    page = client.get(reverse("reporting:provider", args=[provider.slug])).content.decode()
    assert "ask the learner to add their NABP e-Profile ID" in page
    assert "nabp_eprofile_id" not in page  # the problem in words, never its field path
    assert "Due this week" in page
