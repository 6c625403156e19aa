"""The demo ``make run`` serves: its learners have complete profiles and consents, so the demo
provider's PARS learner and CPE Monitor batches hold rows and hold nothing back."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from opencme.accounts.models import User
from opencme.accounts.services import profile_for, update_profile
from opencme.activities.models import Activity
from opencme.reporting.services import run_export
from opencme.web.demo.loader import DEMO_PASSWORD, ensure_accounts
from tests import factories

pytestmark = pytest.mark.django_db


def _demo_batches() -> dict[str, tuple[int, list[str]]]:
    call_command("load_demo", synthetic=0, stdout=io.StringIO(), stderr=io.StringIO())
    hosted = (
        Activity.objects.filter(kind=Activity.Kind.HOSTED, claims__isnull=False).distinct().get()
    )
    provider = hosted.provider
    out = {}
    for name in ("pars-learners", "cpe-monitor"):
        result, batch = run_export(
            name=name, actor=None, out=None, provider=provider,
            provider_ids=frozenset({provider.pk}), every_format=True,
        )  # fmt: skip
        assert result.rows == batch.row_count
        out[name] = (batch.row_count, [f"{p.field}: {p.message}" for p in result.problems])
    return out


def test_demo_pars_learner_and_cpe_monitor_batches_hold_rows():
    batches = _demo_batches()
    assert batches == {"pars-learners": (1, []), "cpe-monitor": (1, [])}


def test_demo_accounts_of_an_older_load_get_what_reports_need():
    # Accounts as an older load left them: a profession and consent, no birth day, no NABP id.
    for email, profession, consent in (
        ("physician@example.org", "physician", "consent_pars"),
        ("pharmacist@example.org", "pharmacist", "consent_cpe_monitor"),
    ):
        user = factories.user(email=email, password=DEMO_PASSWORD)
        update_profile(user=user, actor=user, changes={
            "profession": profession, "legal_name": "Set By The Learner", consent: True,
        })  # fmt: skip
    batches = _demo_batches()
    assert batches == {"pars-learners": (1, []), "cpe-monitor": (1, [])}
    pharmacist = profile_for(User.objects.get(email="pharmacist@example.org"))
    assert pharmacist.legal_name == "Set By The Learner"  # what the person set stays
    assert pharmacist.nabp_eprofile_id
    assert pharmacist.birth_month


def test_demo_accounts_loaded_twice_change_nothing():
    ensure_accounts()
    physician = profile_for(User.objects.get(email="physician@example.org"))
    before = (physician.birth_month, physician.birth_day, physician.updated_at)
    ensure_accounts()
    physician.refresh_from_db()
    assert (physician.birth_month, physician.birth_day, physician.updated_at) == before
    assert before[:2] == (9, 23)
