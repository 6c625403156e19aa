"""A hosted activity's designations keep the statement learners read: publishing refuses one
without it, beside ``credits[i].statement``; the learner's page shows the stored statement, and
a listed activity still shows the rule book's template."""

from __future__ import annotations

import pytest
from django.test import Client

from opencme.activities import services
from opencme.activities.models import Activity, CreditDesignation
from opencme.core.errors import ValidationFailed
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def provider():
    return factories.provider(name="Provider A")


def test_activities_made_from_a_record_state_the_standard_wording(provider):
    activity = factories.activity(of=provider)
    credit = activity.credits.filter(credit_type="AMA_PRA_1").get()
    assert credit.statement.startswith("Provider A designates this")
    assert "maximum of 1.25 AMA PRA Category 1" in credit.statement


def test_publishing_refuses_a_designation_without_its_statement(provider):
    activity = factories.activity(of=provider)
    CreditDesignation.objects.filter(activity=activity).update(statement="")

    with pytest.raises(ValidationFailed) as caught:
        services.publish_activity(activity=activity, actor=None)

    assert [p.field for p in caught.value.problems] == [
        "credits[0].statement",
        "credits[1].statement",
    ]
    assert Activity.objects.get(pk=activity.pk).status == Activity.Status.DRAFT


def test_the_learner_reads_the_stored_statement(provider):
    activity = factories.activity(of=provider, publish=True)
    CreditDesignation.objects.filter(activity=activity).update(
        statement="Provider A designates this course for a maximum of 1.25 credits (own words)."
    )
    page = Client().get(f"/activities/{activity.pk}/").content.decode()
    assert "(own words)" in page


def test_listed_activities_keep_no_stored_statement_and_publish_as_stated(provider):
    activity = factories.activity(of=provider, kind=Activity.Kind.LISTED)
    assert {c.statement for c in activity.credits.all()} == {""}
    assert activity.status == Activity.Status.PUBLISHED
