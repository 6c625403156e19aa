"""Staff of provider A get 404 for every workspace URL of provider B, whatever the method.

The routes come from the URL resolver, so a page added to the workspace is walked without a
new test. Each URL parameter is filled, by its name, with one of provider B's real objects
(its slug, activity, people, designations, steps and questions); staff of B open the same
pages, so the refusals to A mean something. Nothing is written by a refused request.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from opencme.activities.models import (
    Activity,
    CommercialSupporter,
    Faculty,
    FinancialRelationship,
)
from opencme.learning.models import Question, Step
from opencme.reporting.tests import data
from tests import factories, journey_data

pytestmark = pytest.mark.django_db


def workspace_patterns() -> list[tuple[str, list[str]]]:
    """(route name, its parameters) of every named workspace route."""
    found = []
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and entry.namespace == "workspace":
            for inner in entry.url_patterns:
                assert isinstance(inner, URLPattern), inner
                found.append((f"workspace:{inner.name}", list(inner.pattern.converters)))
    return found


@pytest.fixture
def provider_b_values() -> dict[str, str]:
    """One real object of provider B per URL parameter name the workspace uses."""
    activity = journey_data.seed_000_rerelease()
    provider_b = activity.provider
    person = Faculty.objects.filter(activity=activity).first() or Faculty.objects.create(
        activity=activity, name="Noor Haddad", role="Presenter"
    )
    relationship = FinancialRelationship.objects.create(
        person=person, company="Acme Devices", nature="Consultant"
    )
    supporter = CommercialSupporter.objects.create(activity=activity, name="Acme Devices")
    designation = activity.credits.first()
    assert designation is not None
    moc = activity.moc.first() or activity.moc.create(board="ABIM", points=Decimal("1"))
    step = Step.objects.filter(activity=activity, questions__isnull=False).first()
    assert step is not None
    question = Question.objects.filter(step=step).first()
    assert question is not None
    return {
        "slug": provider_b.slug,
        "activity_id": str(activity.pk),
        "person_id": str(person.pk),
        "relationship_id": str(relationship.pk),
        "supporter_id": str(supporter.pk),
        "designation_id": str(designation.pk),
        "moc_id": str(moc.pk),
        "step_id": str(step.pk),
        "question_id": str(question.pk),
    }


def _fingerprint() -> dict[str, int]:
    return {
        model._meta.label: model._default_manager.count()
        for config in apps.get_app_configs()
        if config.name.startswith("opencme.")
        for model in config.get_models()
    }


def test_staff_of_a_get_404_for_every_workspace_url_of_b(provider_b_values):
    provider_a = data.provider("Provider Alpha")
    data.activity(provider_a, title="Alpha course")
    staff_a = factories.staff(of=provider_a)
    staff_b = factories.staff(of=Activity.objects.get(pk=provider_b_values["activity_id"]).provider)
    as_a, as_b = Client(), Client()
    as_a.force_login(staff_a)
    as_b.force_login(staff_b)
    problems, opened_by_b = [], 0
    patterns = workspace_patterns()
    assert len(patterns) >= 2, patterns
    for name, params in patterns:
        if "slug" not in params:
            continue  # the index: every signed-in staff member's own list
        url = reverse(name, kwargs={p: provider_b_values[p] for p in params})
        for method in ("GET", "POST"):
            before = _fingerprint()
            response = as_a.generic(method, url, b"", "application/x-www-form-urlencoded")
            if response.status_code != 404:
                problems.append(f"staff of A {method} {url} ({name}): {response.status_code}")
            if _fingerprint() != before:
                problems.append(f"staff of A {method} {url} ({name}): wrote to the database")
        if as_b.get(url).status_code in (200, 302, 405):
            opened_by_b += 1
    assert problems == [], "\n".join(problems)
    # B's own staff reach B's pages (a redirect or 405 for a page that only takes a POST),
    # so the 404s above come from who is asking, not from a broken URL.
    assert opened_by_b == sum(1 for _, params in patterns if "slug" in params)
