"""Publishing a hosted activity: every rule it breaks is refused with a message naming the field."""

from __future__ import annotations

import pytest

from opencme.activities import services
from opencme.activities.models import Activity
from opencme.catalog.models import CatalogEntry
from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from tests import factories

pytestmark = pytest.mark.django_db

GOOD_UAN = "JA0000001-0000-26-001-H01-P"


@pytest.fixture
def provider():
    return factories.provider(name="Provider A")


def refusal(activity: Activity) -> dict[str, str]:
    """Publish and return the refusal as {field: message}; fails the test if it publishes."""
    with pytest.raises(ValidationFailed) as caught:
        services.publish_activity(activity=activity, actor=None)
    return {p.field: p.message for p in caught.value.problems}


def test_publish_activity_good_record_publishes_and_indexes(provider):
    activity = factories.activity(of=provider)
    assert activity.status == Activity.Status.DRAFT
    assert not CatalogEntry.objects.filter(activity=activity).exists()

    published = services.publish_activity(activity=activity, actor=None)

    assert published.status == Activity.Status.PUBLISHED
    assert published.published_at is not None
    assert CatalogEntry.objects.filter(activity=activity).exists()


@pytest.mark.parametrize(
    ("overrides", "field", "words"),
    [
        (
            {"credits": [{"type": "AMA_PRA_1", "amount": 1.1, "unit": "credit"}]},
            "credits[0].amount",
            "not in steps of 0.25",
        ),
        (
            {"credits": [{"type": "AMA_PRA_1", "amount": 0.2, "unit": "credit"}]},
            "credits[0].amount",
            "at least 0.25",
        ),
        (
            {"credits": [{"type": "AMA_PRA_1", "amount": None, "unit": "credit"}]},
            "credits[0].amount",
            "required",
        ),
        (
            {
                "credits": [
                    {"type": "AMA_PRA_1", "amount": 1, "unit": "credit"},
                    {"type": "ACPE", "amount": 1, "unit": "contact_hour"},
                ]
            },
            "credits[1].uan",
            "Universal Activity Number",
        ),
        (
            {
                "credits": [{"type": "ACPE", "amount": 1, "unit": "contact_hour"}],
                "uan": ["JA0000001-0000-25-001-H01-P"],
                "moc": [],
            },
            "credits[0].uan",
            "does not match the release year 2026",
        ),
        (
            {
                "credits": [{"type": "ACPE", "amount": 1, "unit": "contact_hour"}],
                "uan": ["JA0000001-0000-26-01-H01-P"],
                "moc": [],
            },
            "credits[0].uan",
            "is not a UAN",
        ),
        (
            {
                "credits": [
                    {"type": "AMA_PRA_1", "amount": 1, "unit": "credit"},
                    {"type": "IPCE", "amount": 1, "unit": "credit"},
                ]
            },
            "credits[1].type",
            "planned by and for the team",
        ),
        ({"expires": "2026-01-15"}, "expires", "after the release date"),
        ({"expires": "2029-06-01"}, "expires", "at most 3 years"),
        ({"expires": None}, "expires", "needs an expiry date"),
        ({"providership": "joint"}, "joint_providers", "name the joint provider"),
        ({"objectives": []}, "objectives", "at least one learning objective"),
        ({"credits": [], "moc": []}, "credits", "at least one kind of credit"),
        (
            {"moc": [{"board": "ABIM", "points": 1, "credit_types": ["Lifelong Learning"]}]},
            "moc[0].credit_types",
            "ABIM does not register Lifelong Learning",
        ),
        (
            {"credits": [{"type": "ANCC", "amount": 1, "unit": "contact_hour"}]},
            "moc[0].board",
            "needs an AMA PRA Category 1 designation",
        ),
        ({"commercial_support": True}, "statements.commercial_support", "disclose the support"),
        ({"format": None}, "format", "must be one of"),
        (
            {"format": "live", "delivery": "in_person", "start_date": None, "expires": None},
            "start_date",
            "needs its date",
        ),
    ],
)
def test_publish_activity_refuses_naming_the_field(provider, overrides, field, words):
    activity = factories.activity(of=provider, **overrides)

    problems = refusal(activity)

    assert field in problems, problems
    assert words in problems[field]
    activity.refresh_from_db()
    assert activity.status == Activity.Status.DRAFT
    assert activity.published_at is None
    assert not CatalogEntry.objects.filter(activity=activity).exists()
    assert not AuditEvent.objects.filter(action="activities.activity.published").exists()


def test_publish_activity_refusal_lists_every_problem_at_once(provider):
    activity = factories.activity(
        of=provider,
        objectives=[],
        providership="joint",
        credits=[
            {"type": "AMA_PRA_1", "amount": 1.3, "unit": "credit"},
            {"type": "ACPE", "amount": 1, "unit": "contact_hour"},
        ],
    )
    assert set(refusal(activity)) == {
        "objectives",
        "joint_providers",
        "credits[0].amount",
        "credits[1].uan",
    }


def test_publish_activity_accepts_what_the_refusal_asked_for(provider):
    activity = factories.activity(
        of=provider,
        commercial_support=True,
        credits=[
            {"type": "AMA_PRA_1", "amount": 1, "unit": "credit"},
            {"type": "ACPE", "amount": 1, "unit": "contact_hour"},
            {"type": "IPCE", "amount": 1, "unit": "credit"},
        ],
        uan=[GOOD_UAN],
        extra={"planned_by_team": True},
        statements={"commercial_support": "Supported by an educational grant from Example Inc."},
    )
    assert services.publish_activity(activity=activity, actor=None).status == "published"


def test_publish_activity_is_idempotent_for_published(provider):
    activity = services.publish_activity(activity=factories.activity(of=provider), actor=None)
    again = services.publish_activity(activity=activity, actor=None)
    assert again.published_at == activity.published_at
    assert AuditEvent.objects.filter(action="activities.activity.published").count() == 1


def test_save_activity_from_record_publish_flag_refuses_and_writes_nothing(provider):
    bad = factories.record(provider=provider.name, objectives=[])
    with pytest.raises(ValidationFailed) as caught:
        services.save_activity_from_record(
            record=bad,
            actor=None,
            kind=Activity.Kind.HOSTED,
            provider=provider,
            publish=True,
            statements={"accreditation": factories.ACCREDITATION},
            people=factories.PEOPLE,
        )
    assert [p.field for p in caught.value.problems] == ["objectives"]
    assert not Activity.objects.exists()
    assert not AuditEvent.objects.filter(object_type="activities.activity").exists()


def test_save_activity_from_record_listed_keeps_problems_as_warnings(provider):
    listed, outcome = services.save_activity_from_record(
        record=factories.record(provider=provider.name, objectives=[]),
        actor=None,
        kind=Activity.Kind.LISTED,
        provider=provider,
    )
    assert outcome == "created"
    assert listed.status == Activity.Status.PUBLISHED
    assert [w["field"] for w in listed.warnings] == ["objectives"]
    assert CatalogEntry.objects.filter(activity=listed).exists()
