"""Publishing a hosted activity needs what learners must see before starting; the admin edits it.

Each refusal names its field (ACCME Standards 3 and 4: planners' and faculty's relevant financial
relationships or none, their mitigation, commercial support; the accreditation statement).
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from opencme.activities import services
from opencme.activities.models import Activity, Faculty, FinancialRelationship
from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from tests import factories

pytestmark = pytest.mark.django_db

RELEVANT = {
    "name": "Sam Speaker, PharmD",
    "role": "Presenter",
    "capacity": "faculty",
    "disclosed": "relevant",
    "relationships": [{"company": "Acme Pharma", "nature": "Consultant", "started": "2025-02-01"}],
    "mitigation": "Slides reviewed by the planning committee for fair balance.",
}


@pytest.fixture
def provider():
    return factories.provider(name="Provider A")


def refusal(activity: Activity) -> dict[str, str]:
    with pytest.raises(ValidationFailed) as caught:
        services.publish_activity(activity=activity, actor=None)
    return {p.field: p.message for p in caught.value.problems}


def test_publish_activity_without_disclosures_refuses_naming_each_item(provider):
    activity = factories.activity(
        of=provider, people=[{"name": "Roger Chou, MD"}], statements={"accreditation": ""}
    )
    Activity.objects.filter(pk=activity.pk).update(commercial_support=None)

    found = refusal(activity)

    assert set(found) == {
        "accreditation_statement",
        "people",
        "people[0].disclosure",
        "commercial_support",
    }
    assert (
        "Roger Chou, MD: record their relevant financial relationships"
        in found["people[0].disclosure"]
    )
    assert Activity.objects.get(pk=activity.pk).status == Activity.Status.DRAFT


def test_publish_activity_relevant_relationship_needs_mitigation(provider):
    unmitigated = dict(RELEVANT, mitigation="")
    activity = factories.activity(of=provider, people=[factories.PEOPLE[0], unmitigated])
    assert set(refusal(activity)) == {"people[1].mitigation"}

    mitigated = factories.activity(of=provider, people=[factories.PEOPLE[0], RELEVANT])
    assert services.publish_activity(activity=mitigated, actor=None).status == "published"


def test_publish_activity_accreditor_statement_from_the_rule_book_suffices():
    ja = factories.provider(name="Jointly Accredited Provider", accreditor="JA")
    activity = factories.activity(of=ja, statements={"accreditation": ""})
    assert services.publish_activity(activity=activity, actor=None).status == "published"


def test_publish_activity_commercial_support_needs_the_supporters(provider):
    activity = factories.activity(of=provider, commercial_support=True)
    assert set(refusal(activity)) == {"statements.commercial_support"}
    services.save_activity_from_record(
        record=factories.record(provider=provider.name, commercial_support=True),
        actor=None,
        kind=Activity.Kind.HOSTED,
        provider=provider,
        activity=activity,
        statements={"accreditation": factories.ACCREDITATION},
        supporters=[{"name": "Acme Devices", "in_kind": True, "in_kind_nature": "loaned probes"}],
    )
    assert services.publish_activity(activity=activity, actor=None).status == "published"


def test_save_activity_from_record_publish_flag_checks_disclosures(provider):
    with pytest.raises(ValidationFailed) as caught:
        services.save_activity_from_record(
            record=factories.record(provider=provider.name),
            actor=None,
            kind=Activity.Kind.HOSTED,
            provider=provider,
            publish=True,
        )
    assert {p.field for p in caught.value.problems} == {
        "accreditation_statement",
        "people",
        "people[0].disclosure",
    }
    assert not Activity.objects.exists()


def test_save_activity_from_record_bad_people_named_by_field(provider):
    with pytest.raises(ValidationFailed) as caught:
        services.save_activity_from_record(
            record=factories.record(provider=provider.name),
            actor=None,
            kind=Activity.Kind.HOSTED,
            provider=provider,
            people=[{"name": "A", "capacity": "dean", "relationships": [{"started": "soon"}]}],
            supporters=[{"name": "B", "in_kind": "yes"}],
        )
    assert {p.field for p in caught.value.problems} == {
        "people[0].capacity",
        "people[0].relationships[0].started",
        "commercial_supporters[0].in_kind",
    }
    assert not Activity.objects.exists()


def test_listed_activity_publishes_without_disclosures(provider):
    listed = factories.activity(
        of=provider, kind=Activity.Kind.LISTED, people=[], statements={"accreditation": ""}
    )
    assert listed.status == Activity.Status.PUBLISHED


def test_record_update_keeps_disclosures_and_audits_their_change(provider):
    activity = factories.activity(of=provider, people=[factories.PEOPLE[0], RELEVANT])
    # A record names its faculty: those it still names keep what they disclosed.
    renamed = factories.record(provider=provider.name, title="Renamed", faculty=[RELEVANT["name"]])
    services.save_activity_from_record(
        record=renamed,
        actor=None,
        kind=Activity.Kind.HOSTED,
        provider=provider,
        activity=activity,
        statements={"accreditation": factories.ACCREDITATION},
    )
    relationship = FinancialRelationship.objects.get(person__activity=activity)
    assert relationship.company == "Acme Pharma"

    _, outcome = services.save_activity_from_record(
        record=renamed,
        actor=None,
        kind=Activity.Kind.HOSTED,
        provider=provider,
        activity=activity,
        statements={"accreditation": factories.ACCREDITATION},
        people=[factories.PEOPLE[0], dict(RELEVANT, disclosed="none", relationships=[])],
    )
    assert outcome == "updated"
    event = AuditEvent.objects.filter(action="activities.activity.updated").order_by("id").last()
    assert event is not None
    assert (event.before or {})["people"][1]["disclosed"] == "relevant"
    assert (event.after or {})["people"][1]["disclosed"] == "none"


# --- the admin ----------------------------------------------------------------------------------


def person_url(person: Faculty) -> str:
    return reverse("admin:activities_faculty_change", args=[person.pk])


def test_faculty_admin_other_providers_person_refused(provider):
    other = factories.activity(of=factories.provider(name="Provider B"))
    factories.staff(of=provider, email="staff@a.example.org")
    client = Client()
    assert client.login(email="staff@a.example.org", password=factories.PASSWORD)
    person = other.faculty.first()
    assert person is not None
    assert client.get(person_url(person)).status_code in (302, 403, 404)
    response = client.post(person_url(person), {"name": "Taken over"})
    assert response.status_code in (302, 403, 404)
    person.refresh_from_db()
    assert person.name != "Taken over"


def test_faculty_admin_staff_record_a_relationship_audited(provider):
    activity = factories.activity(of=provider)
    staff = factories.staff(of=provider, email="staff@a.example.org")
    client = Client()
    assert client.login(email="staff@a.example.org", password=factories.PASSWORD)
    person = activity.faculty.get(name="Roger Chou, MD")
    data = {
        "name": person.name,
        "role": person.role,
        "capacity": "faculty",
        "disclosed": "relevant",
        "mitigation": "Peer review of the slides.",
        "disclosure": "",
        "position": "1",
        "relationships-TOTAL_FORMS": "1",
        "relationships-INITIAL_FORMS": "0",
        "relationships-MIN_NUM_FORMS": "0",
        "relationships-MAX_NUM_FORMS": "1000",
        "relationships-0-company": "Acme Pharma",
        "relationships-0-nature": "Speaker",
        "relationships-0-started": "2025-01-01",
        "relationships-0-ended": "",
        "relationships-0-position": "0",
    }
    assert client.get(person_url(person)).status_code == 200

    response = client.post(person_url(person), data)

    assert response.status_code == 302
    assert person.relationships.get().company == "Acme Pharma"
    event = AuditEvent.objects.filter(action="activities.activity.updated").order_by("id").last()
    assert event is not None
    assert event.actor == staff
    assert (event.after or {})["people"][1]["relationships"][0]["company"] == "Acme Pharma"
    assert services.publish_activity(activity=activity, actor=staff).status == "published"
