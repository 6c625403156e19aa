"""The people and disclosures page: planners and faculty with their financial relationships and
mitigation, added, edited, reordered and removed without script; commercial support; bad input
beside its field (422); every change audited; the publish problems beside their fields."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from opencme.activities.models import Activity, CommercialSupporter, Faculty
from opencme.core.models import AuditEvent
from opencme.reporting.tests import data
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity() -> Activity:
    return factories.activity(of=data.provider("Provider Alpha"), title="Alpha course")


@pytest.fixture
def staff_client(client, activity):
    client.force_login(factories.staff(of=activity.provider))
    return client


def url(activity: Activity, name: str = "activity_people", **more: int) -> str:
    kwargs = {"slug": activity.provider.slug, "activity_id": activity.pk, **more}
    return reverse(f"workspace:{name}", kwargs=kwargs)


def people(activity: Activity) -> list[tuple[str, str]]:
    return [(p.name, p.disclosed) for p in Faculty.objects.filter(activity=activity)]


def test_page_lists_people_with_their_disclosures(staff_client, activity):
    page = staff_client.get(url(activity))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Pat Planner, MD" in html
    assert "Roger Chou, MD" in html
    assert 'aria-current="page">People and disclosures' in html
    assert 'id="field-people-0-name"' in html


def test_add_a_person_with_a_relationship_and_mitigation_then_publish(staff_client, activity):
    response = staff_client.post(
        url(activity, "activity_person_add"),
        {"name": "Sam Speaker, PharmD", "role": "Presenter", "capacity": "faculty"},
    )
    assert response.status_code == 302
    person = Faculty.objects.get(activity=activity, name="Sam Speaker, PharmD")
    assert person.position == 2

    response = staff_client.post(
        url(activity, "activity_relationship_add", person_id=person.pk),
        {"company": "Acme Pharma", "nature": "Consultant", "started": "2025-02-01"},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.disclosed == "relevant"
    assert [r.company for r in person.relationships.all()] == ["Acme Pharma"]

    # Publishing is refused until the mitigation is stated; the page shows it beside the field.
    check = staff_client.get(url(activity) + "?check=1").content.decode()
    assert "state how the relevant financial relationships were mitigated" in check
    assert 'id="field-people-2-mitigation"' in check

    staff_client.post(
        url(activity, "activity_person_save", person_id=person.pk),
        {
            "name": "Sam Speaker, PharmD",
            "role": "Presenter",
            "capacity": "faculty",
            "disclosed": "relevant",
            "mitigation": "Slides reviewed for fair balance.",
        },
    )
    check = staff_client.get(url(activity) + "?check=1").content.decode()
    assert "state how the relevant financial relationships were mitigated" not in check
    from opencme.activities import services

    assert services.publish_activity(activity=activity, actor=None).status == "published"
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "activities.people.added",
        "activities.people.relationship_added",
        "activities.people.updated",
    } <= actions
    event = AuditEvent.objects.filter(action="activities.people.relationship_added").get()
    assert event.after
    assert event.after["people"][2]["relationships"][0]["company"] == "Acme Pharma"


def test_bad_input_is_shown_beside_its_field_with_422(staff_client, activity):
    response = staff_client.post(url(activity, "activity_person_add"), {"capacity": "faculty"})
    assert response.status_code == 422
    html = response.content.decode()
    assert re.search(r'field-people-new-name_error">.*This field is required', html)
    person = Faculty.objects.filter(activity=activity).first()
    assert person is not None
    response = staff_client.post(
        url(activity, "activity_relationship_add", person_id=person.pk),
        {"company": "Acme", "nature": "Speaker", "started": "2025-05-01", "ended": "2025-01-01"},
    )
    assert response.status_code == 422
    assert "Must not be before the date it started" in response.content.decode()
    response = staff_client.post(
        url(activity, "activity_relationship_add", person_id=person.pk),
        {"company": "Acme", "nature": "Speaker", "started": "not a date"},
    )
    assert response.status_code == 422
    assert not person.relationships.exists()


def test_none_is_refused_while_relationships_are_listed(staff_client, activity):
    person = Faculty.objects.filter(activity=activity).first()
    assert person is not None
    staff_client.post(
        url(activity, "activity_relationship_add", person_id=person.pk),
        {"company": "Acme", "nature": "Speaker"},
    )
    response = staff_client.post(
        url(activity, "activity_person_save", person_id=person.pk),
        {"name": person.name, "capacity": person.capacity, "disclosed": "none"},
    )
    assert response.status_code == 422
    assert "Remove the listed relationships first" in response.content.decode()
    person.refresh_from_db()
    assert person.disclosed == "relevant"


def test_reorder_and_remove(staff_client, activity):
    first, second = Faculty.objects.filter(activity=activity)
    staff_client.post(
        url(activity, "activity_person_move", person_id=second.pk), {"direction": "up"}
    )
    assert people(activity) == [("Roger Chou, MD", "none"), ("Pat Planner, MD", "none")]
    staff_client.post(url(activity, "activity_person_remove", person_id=second.pk))
    assert people(activity) == [("Pat Planner, MD", "none")]
    assert Faculty.objects.get(pk=first.pk).position == 0
    assert AuditEvent.objects.filter(action="activities.people.reordered").exists()
    assert AuditEvent.objects.filter(action="activities.people.removed").exists()


def test_commercial_support_and_supporters(staff_client, activity):
    response = staff_client.post(
        url(activity, "activity_supporter_add"), {"name": "Acme Devices", "in_kind": "on"}
    )
    assert response.status_code == 422
    assert "State what was given in kind" in response.content.decode()
    staff_client.post(
        url(activity, "activity_supporter_add"),
        {"name": "Acme Devices", "in_kind": "on", "in_kind_nature": "loaned probes"},
    )
    activity.refresh_from_db()
    assert activity.commercial_support is True
    supporter = CommercialSupporter.objects.get(activity=activity)
    response = staff_client.post(url(activity, "activity_support"), {"commercial_support": "no"})
    assert response.status_code == 422  # named supporters first
    staff_client.post(url(activity, "activity_supporter_remove", supporter_id=supporter.pk))
    staff_client.post(url(activity, "activity_support"), {"commercial_support": "no"})
    activity.refresh_from_db()
    assert activity.commercial_support is False


def write_urls(activity: Activity) -> list[str]:
    person = Faculty.objects.filter(activity=activity).first()
    assert person is not None
    rel = person.relationships.create(company="Acme", nature="Speaker")
    supporter = CommercialSupporter.objects.create(activity=activity, name="Acme")
    return [
        url(activity),
        url(activity, "activity_person_add"),
        url(activity, "activity_person_save", person_id=person.pk),
        url(activity, "activity_person_remove", person_id=person.pk),
        url(activity, "activity_person_move", person_id=person.pk),
        url(activity, "activity_relationship_add", person_id=person.pk),
        url(activity, "activity_relationship_remove", person_id=person.pk, relationship_id=rel.pk),
        url(activity, "activity_support"),
        url(activity, "activity_supporter_add"),
        url(activity, "activity_supporter_remove", supporter_id=supporter.pk),
    ]


def test_access_anonymous_learner_and_other_providers_staff(client, activity):
    urls = write_urls(activity)
    for address in urls:
        response = client.get(address)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:sign_in"))
    users = (factories.user(), factories.staff(of=data.provider("Provider Beta")))
    events = AuditEvent.objects.count()
    for user in users:
        client.force_login(user)
        for address in urls:
            for method in (client.get, client.post):
                response = method(address, {"name": "Taken", "direction": "up"})
                assert response.status_code == 404, (address, method)
    assert AuditEvent.objects.count() == events
    assert Faculty.objects.filter(activity=activity).count() == 2
    # a person of another activity under this activity's address is 404
    other = factories.activity(of=activity.provider, title="Other course")
    person = Faculty.objects.filter(activity=other).first()
    assert person is not None
    client.force_login(factories.staff(of=activity.provider))
    assert (
        client.post(url(activity, "activity_person_remove", person_id=person.pk)).status_code == 404
    )
    assert client.get(url(activity, "activity_person_add")).status_code == 405
