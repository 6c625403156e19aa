"""A rule change re-evaluates the clinicians it touches and shows each what changed, until
dismissed; the notice is its owner's alone."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from decimal import Decimal
from html import unescape

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from opencme.core import clock
from opencme.requirements import tasks
from opencme.requirements.loader import load_shipped
from opencme.requirements.models import RuleChangeNotice, TrackerSnapshot
from opencme.requirements.reevaluation import clinicians_to_reevaluate, reevaluate
from opencme.requirements.tests.records import dea_registrant
from tests import factories

pytestmark = pytest.mark.django_db


def _text(response) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def _dea_physician(hours: str = "6"):
    return dea_registrant(hours=hours)


def _dea_asking(hours: int, version: str = "2099.1"):
    """The shipped rules with the DEA's file as a new version asking for ``hours``."""
    shipped = load_shipped()
    old = shipped["us-dea-mate"]
    root = dataclasses.replace(old.requirements, amount=Decimal(hours))
    return {**shipped, "us-dea-mate": dataclasses.replace(old, version=version, requirements=root)}


def test_rule_changes_first_run_keeps_a_snapshot_and_a_new_version_makes_a_notice():
    user = _dea_physician()
    other = factories.user()  # no credential: never evaluated
    first = reevaluate()
    assert first.evaluated == 1
    assert first.notices == 0
    assert TrackerSnapshot.objects.filter(user=user).exists()
    assert not TrackerSnapshot.objects.filter(user=other).exists()
    # Nothing changed: nobody to re-evaluate.
    assert clinicians_to_reevaluate(load_shipped()) == []
    changed = _dea_asking(6)
    assert clinicians_to_reevaluate(changed) == [user.pk]
    report = reevaluate(rule_sets=changed)
    assert (report.evaluated, report.notices, report.clinicians_changed) == (1, 1, 1)
    notice = RuleChangeNotice.objects.get(user=user)
    assert notice.old_version == load_shipped()["us-dea-mate"].version
    assert notice.new_version == "2099.1"
    assert notice.new_status == "met"
    assert notice.old_status != "met"
    assert notice.changes == [
        f"{changed['us-dea-mate'].requirements.label}: 0 hours missing (was 2 hours)."
    ]
    # The same version again: no second notice.
    assert reevaluate(rule_sets=changed).evaluated == 0


def test_rule_changes_the_dashboard_shows_the_notice_until_dismissed_by_its_owner():
    user = _dea_physician()
    reevaluate()
    reevaluate(rule_sets=_dea_asking(6))
    notice = RuleChangeNotice.objects.get(user=user)
    client = Client()
    client.force_login(user)
    text = _text(client.get(reverse("requirements:tracker")))
    assert "Rules changed: DEA registration: MATE Act" in text
    assert "your status went from Overdue to Requirements met" in text
    dismiss = reverse("requirements:rule_change_dismiss", args=[notice.pk])
    # A stranger cannot dismiss it (not found), someone signed out is sent to sign in.
    stranger = Client()
    stranger.force_login(factories.user())
    assert stranger.post(dismiss).status_code == 404
    assert Client().post(dismiss).status_code == 302
    assert client.get(dismiss).status_code == 405
    notice.refresh_from_db()
    assert notice.dismissed_at is None
    assert client.post(dismiss).status_code == 302
    notice.refresh_from_db()
    assert notice.dismissed_at is not None
    assert "Rules changed" not in _text(client.get(reverse("requirements:tracker")))
    assert client.post(dismiss).status_code == 302  # twice: nothing more


def test_rule_changes_command_prints_what_it_did_and_the_worker_queues_it_once_a_day():
    _dea_physician()
    out = io.StringIO()
    call_command("reevaluate_tracker", stdout=out)
    assert re.match(r"re-evaluated 1 clinicians in [\d.]+ s: 0 rule change notices", out.getvalue())
    out = io.StringIO()
    call_command("reevaluate_tracker", stdout=out)
    assert out.getvalue().startswith("re-evaluated 0 clinicians")
    out = io.StringIO()
    call_command("reevaluate_tracker", "--all", stdout=out)
    assert out.getvalue().startswith("re-evaluated 1 clinicians")
    tasks._queued_on.clear()
    today = clock.today()
    assert tasks.queue_reevaluation(today) == 1
    assert tasks.queue_reevaluation(today) == 0
    assert tasks.queue_reevaluation(today + dt.timedelta(days=1)) == 1


def test_rule_changes_command_refuses_a_bad_number_of_jobs_naming_the_option():
    with pytest.raises(CommandError, match=r"^--jobs: must be a whole number from 1 to 64$"):
        call_command("reevaluate_tracker", "--jobs", "0")
