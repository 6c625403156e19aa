"""The tracker kept in the cache is never stale: the page changes right after a new claim, a
new credit from elsewhere, a credential edit, an edited activity and a new rule file version;
asked again unchanged, it is not evaluated again and costs a bounded number of queries."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from html import unescape
from typing import Any

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse

from opencme.core import clock
from opencme.credits.services import claim_credit
from opencme.requirements import selectors, services
from opencme.requirements.loader import load_shipped
from opencme.requirements.rules import RuleSet
from opencme.requirements.tests.records import dea_registrant
from tests import journey_data

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache() -> Iterator[None]:
    caches["shared"].clear()
    yield
    caches["shared"].clear()


def _progress(client: Client) -> str:
    """The DEA card's progress line as a reader sees it ("6 of 8 hours: ...")."""
    html = client.get(reverse("requirements:tracker")).content.decode()
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    found = re.search(r"(\d+(?:\.\d+)?) of (\d+) hours", text)
    assert found, text[:400]
    return found.group(0)


def _dates(client: Client) -> set[str]:
    """The dates of the timeline of what is due when."""
    html = client.get(reverse("requirements:tracker")).content.decode()
    return set(re.findall(r'<time datetime="([0-9-]+)">', html))


def _dea_clinician(user: Any = None) -> tuple[Any, Client]:
    """A DEA registrant with 6 of the MATE Act's 8 hours recorded from elsewhere, signed in."""
    user = dea_registrant(user)
    client = Client()
    client.force_login(user)
    return user, client


def test_tracker_cache_a_new_credit_from_elsewhere_shows_at_once() -> None:
    user, client = _dea_clinician()
    assert _progress(client) == "6 of 8 hours"
    services.record_external_credit(
        actor=user,
        user=user,
        title="Substance use disorders, part 2",
        completed_on=clock.today() - dt.timedelta(days=3),
        credit_type="AMA_PRA_1",
        amount="1",
        topics=["substance_use_disorders"],
    )
    assert _progress(client) == "7 of 8 hours"


def test_tracker_cache_a_removed_credit_from_elsewhere_shows_at_once() -> None:
    user, client = _dea_clinician()
    assert _progress(client) == "6 of 8 hours"
    credit = user.external_credits.get()
    services.remove_external_credit(actor=user, user=user, credit_id=credit.pk)
    assert _progress(client) == "0 of 8 hours"


def test_tracker_cache_a_new_claim_and_an_edited_activity_show_at_once() -> None:
    activity = journey_data.seed_000_rerelease()
    activity.topics = ["substance_use_disorders"]
    activity.save(update_fields=["topics", "updated_at"])
    learner, enrollment = journey_data.ready_to_claim(activity)
    _, client = _dea_clinician(learner)
    assert _progress(client) == "6 of 8 hours"
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=learner)
    assert _progress(client) == "7.25 of 8 hours"
    # The provider says the activity is not about substance use disorders after all.
    activity.topics = []
    activity.save(update_fields=["topics", "updated_at"])
    assert _progress(client) == "6 of 8 hours"


def test_tracker_cache_a_credential_edit_shows_at_once() -> None:
    user, client = _dea_clinician()
    row = user.credentials.get()
    assert row.expires_on.isoformat() in _dates(client)
    moved = row.expires_on + dt.timedelta(days=365)
    services.save_credential(
        actor=user, user=user, credential_id=row.pk, kind="dea", expires_on=moved
    )
    dates = _dates(client)
    assert moved.isoformat() in dates
    assert row.expires_on.isoformat() not in dates


def _dea_asking(hours: int, version: str) -> dict[str, RuleSet]:
    shipped = load_shipped()
    old = shipped["us-dea-mate"]
    root = dataclasses.replace(old.requirements, amount=Decimal(hours))
    return {**shipped, "us-dea-mate": dataclasses.replace(old, version=version, requirements=root)}


def test_tracker_cache_a_new_rule_file_version_shows_at_once(monkeypatch) -> None:
    _, client = _dea_clinician()
    assert _progress(client) == "6 of 8 hours"
    changed = _dea_asking(10, "2099.1")
    monkeypatch.setattr(selectors, "load_shipped", lambda: changed)
    assert _progress(client) == "6 of 10 hours"


def test_tracker_cache_unchanged_is_not_evaluated_again_and_queries_are_few(
    monkeypatch, django_assert_max_num_queries
) -> None:
    user, client = _dea_clinician()
    evaluated = []
    real = selectors._tracker_evaluated

    def counting(*args: Any, **kwargs: Any) -> Any:
        evaluated.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(selectors, "_tracker_evaluated", counting)
    assert _progress(client) == "6 of 8 hours"
    # Session, user, rule book, the key, profile, notices: no credential or credit is read.
    with django_assert_max_num_queries(6):
        assert _progress(client) == "6 of 8 hours"
    assert len(evaluated) == 1
    # Someone else's tracker is theirs: another clinician is evaluated on their own.
    other, other_client = _dea_clinician()
    assert other.pk != user.pk
    assert _progress(other_client) == "6 of 8 hours"
    assert len(evaluated) == 2
