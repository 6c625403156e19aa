"""The activity admin through Django's test client with real users.

Staff of provider A see and change A's activities and nothing of provider B's; every save is
audited and reindexed; publishing from the admin shows each refused rule naming its field.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.messages import get_messages
from django.test import Client
from django.urls import reverse

from opencme.activities.models import Activity
from opencme.catalog.models import CatalogEntry
from opencme.core.models import AuditEvent
from tests import factories

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:activities_activity_changelist")
ADD = reverse("admin:activities_activity_add")


def change_url(activity: Activity) -> str:
    return reverse("admin:activities_activity_change", args=[activity.pk])


def form_data(response) -> dict[str, Any]:
    """The POST a browser would send for an admin change form as it was rendered."""
    data: dict[str, Any] = {}

    def add_form(form) -> None:
        for bound in form:
            value = bound.value()
            if value is None:
                continue
            if isinstance(value, bool):
                if bound.widget_type == "checkbox":
                    if value:
                        data[bound.html_name] = "on"
                    continue
                value = "true" if value else "false"
            if isinstance(value, (list, tuple)):
                data[bound.html_name] = [str(v) for v in value]
            else:
                data[bound.html_name] = str(value)

    add_form(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add_form(formset.management_form)
        for form in formset.forms:
            add_form(form)
    return data


def form_errors(response) -> list[Any]:
    """The errors of a re-rendered admin form, to show why a save failed."""
    if not response.context:
        return []
    inlines = response.context["inline_admin_formsets"]
    return [response.context["adminform"].form.errors] + [
        form.errors for inline in inlines for form in inline.formset.forms
    ]


def messages_of(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def staff_a(provider_a):
    return factories.staff(of=provider_a, email="staff@a.example.org")


@pytest.fixture
def client_a(staff_a) -> Client:
    client = Client()
    assert client.login(email="staff@a.example.org", password=factories.PASSWORD)
    return client


@pytest.fixture
def activity_a(provider_a):
    return factories.activity(of=provider_a, title="Alpha activity of provider A")


@pytest.fixture
def activity_b(provider_b):
    return factories.activity(of=provider_b, title="Bravo activity of provider B", publish=True)


# --- who sees what -------------------------------------------------------------------------------


def test_activity_admin_changelist_lists_only_own_providers_activities(
    client_a, activity_a, activity_b
):
    response = client_a.get(CHANGELIST)
    assert response.status_code == 200
    body = response.content.decode()
    assert activity_a.title in body
    assert activity_b.title not in body
    assert "Provider B" not in body  # not even in the provider filter


def test_activity_admin_changelist_search_does_not_reach_other_provider(
    client_a, activity_a, activity_b
):
    response = client_a.get(CHANGELIST, {"q": "Bravo"})
    assert activity_b.title not in response.content.decode()
    response = client_a.get(CHANGELIST, {"provider": str(activity_b.provider_id)})
    assert activity_b.title not in response.content.decode()


@pytest.mark.parametrize("view", ["change", "history", "delete"])
def test_activity_admin_other_providers_activity_pages_refused(client_a, activity_b, view):
    url = reverse(f"admin:activities_activity_{view}", args=[activity_b.pk])
    response = client_a.get(url)
    assert response.status_code in (302, 403, 404)
    assert activity_b.title not in response.content.decode()


def test_activity_admin_post_edit_of_other_providers_activity_refused(
    client_a, activity_a, activity_b
):
    data = form_data(client_a.get(change_url(activity_a)))
    data["title"] = "Hijacked"
    events_before = AuditEvent.objects.count()

    response = client_a.post(change_url(activity_b), data)

    assert response.status_code in (302, 403, 404)
    activity_b.refresh_from_db()
    assert activity_b.title == "Bravo activity of provider B"
    assert AuditEvent.objects.count() == events_before
    assert CatalogEntry.objects.get(activity=activity_b).title == "Bravo activity of provider B"


def test_activity_admin_post_delete_of_other_providers_activity_refused(client_a, provider_b):
    draft_b = factories.activity(of=provider_b, title="Draft of B")
    url = reverse("admin:activities_activity_delete", args=[draft_b.pk])
    response = client_a.post(url, {"post": "yes"})
    assert response.status_code in (302, 403, 404)
    assert Activity.objects.filter(pk=draft_b.pk).exists()


def test_activity_admin_cannot_move_activity_to_other_provider(client_a, activity_a, provider_b):
    response = client_a.get(change_url(activity_a))
    choices = [str(p) for p in response.context["adminform"].form.fields["provider"].queryset]
    assert choices == ["Provider A"]

    data = form_data(response)
    data["provider"] = str(provider_b.pk)
    response = client_a.post(change_url(activity_a), data)

    assert response.status_code == 200  # the form again, with the error
    assert "provider" in response.context["adminform"].form.errors
    activity_a.refresh_from_db()
    assert activity_a.provider.name == "Provider A"


def test_activity_admin_actions_ignore_other_providers_ids(client_a, activity_a, activity_b):
    response = client_a.post(
        CHANGELIST,
        {"action": "withdraw_selected", "_selected_action": [str(activity_b.pk)]},
    )
    assert response.status_code in (200, 302)
    activity_b.refresh_from_db()
    assert activity_b.status == Activity.Status.PUBLISHED
    assert not AuditEvent.objects.filter(action="activities.activity.withdrawn").exists()


def test_activity_admin_staff_without_membership_sees_nothing(activity_a):
    outsider = factories.user(email="outsider@example.org", is_staff=True)
    client = Client()
    client.force_login(outsider)
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(change_url(activity_a)).status_code in (302, 403, 404)
    index = client.get(reverse("admin:index"))
    assert "Activities" not in index.content.decode()


def test_activity_admin_index_shows_activities_module_to_staff(client_a):
    body = client_a.get(reverse("admin:index")).content.decode()
    assert CHANGELIST in body
    assert reverse("admin:core_auditevent_changelist") not in body


def test_activity_admin_learner_is_sent_to_login(activity_a):
    learner = factories.user(email="learner@example.org")
    client = Client()
    client.force_login(learner)
    response = client.get(CHANGELIST)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_activity_admin_site_administrator_sees_all(activity_a, activity_b):
    client = Client()
    client.force_login(factories.superuser())
    body = client.get(CHANGELIST).content.decode()
    assert activity_a.title in body
    assert activity_b.title in body
    assert client.get(change_url(activity_b)).status_code == 200


def test_activity_admin_staff_of_two_providers_sees_both(provider_a, activity_a, activity_b):
    both = factories.staff(of=provider_a)
    factories.membership(of=activity_b.provider, member=both)
    client = Client()
    client.force_login(both)
    body = client.get(CHANGELIST).content.decode()
    assert activity_a.title in body
    assert activity_b.title in body


# --- saving: audit and reindex -------------------------------------------------------------------


def test_activity_admin_change_writes_audit_event_and_reindexes(client_a, staff_a, provider_a):
    activity = factories.activity(of=provider_a, publish=True)
    data = form_data(client_a.get(change_url(activity)))
    data["title"] = "Renamed in the admin"
    data["credits-0-amount"] = "2.00"

    response = client_a.post(change_url(activity), data)

    assert response.status_code == 302, form_errors(response)
    event = AuditEvent.objects.get(action="activities.activity.updated")
    assert event.actor == staff_a
    before, after = event.before or {}, event.after or {}
    assert before["title"] == factories.GOOD_RECORD["title"]
    assert after["title"] == "Renamed in the admin"
    assert after["credits"][0]["amount"] == 2
    entry = CatalogEntry.objects.get(activity=activity)
    assert entry.title == "Renamed in the admin"
    assert entry.record["credits"][0]["amount"] == 2


def test_activity_admin_save_without_changes_writes_no_event(client_a, activity_a):
    data = form_data(client_a.get(change_url(activity_a)))
    response = client_a.post(change_url(activity_a), data)
    assert response.status_code == 302
    assert not AuditEvent.objects.filter(action="activities.activity.updated").exists()


def test_activity_admin_add_writes_created_event(client_a, staff_a, provider_a):
    data = form_data(client_a.get(ADD))
    data.update(
        provider=str(provider_a.pk),
        kind="hosted",
        title="Made in the admin",
        format="enduring",
        delivery="online",
        objectives='["Do a thing"]',
    )
    data.update(
        {
            "credits-TOTAL_FORMS": "1",
            "credits-0-credit_type": "AMA_PRA_1",
            "credits-0-amount": "1.50",
            "credits-0-unit": "credit",
            "credits-0-position": "0",
        }
    )

    response = client_a.post(ADD, data)

    assert response.status_code == 302, form_errors(response)
    activity = Activity.objects.get(title="Made in the admin")
    assert activity.provider == provider_a
    assert activity.status == Activity.Status.DRAFT
    event = AuditEvent.objects.get(action="activities.activity.created", object_id=activity.pk)
    assert event.actor == staff_a
    assert (event.after or {})["credits"] == [
        {"type": "AMA_PRA_1", "amount": 1.5, "unit": "credit"}
    ]
    assert not CatalogEntry.objects.filter(activity=activity).exists()  # drafts are not public


def test_activity_admin_status_is_not_editable(client_a, activity_a):
    data = form_data(client_a.get(change_url(activity_a)))
    assert "status" not in data
    data["status"] = "published"
    client_a.post(change_url(activity_a), data)
    activity_a.refresh_from_db()
    assert activity_a.status == Activity.Status.DRAFT


def test_activity_admin_delete_draft_is_audited_published_is_not_deletable(
    client_a, activity_a, provider_a
):
    published = factories.activity(of=provider_a, publish=True)
    url = reverse("admin:activities_activity_delete", args=[published.pk])
    assert client_a.post(url, {"post": "yes"}).status_code == 403
    assert Activity.objects.filter(pk=published.pk).exists()

    url = reverse("admin:activities_activity_delete", args=[activity_a.pk])
    assert client_a.post(url, {"post": "yes"}).status_code == 302
    assert not Activity.objects.filter(pk=activity_a.pk).exists()
    assert AuditEvent.objects.filter(
        action="activities.activity.deleted", object_id=str(activity_a.pk)
    ).exists()


# --- publish and withdraw ------------------------------------------------------------------------


def test_activity_admin_publish_button_shows_each_refused_rule(client_a, provider_a):
    activity = factories.activity(
        of=provider_a,
        objectives=[],
        credits=[
            {"type": "AMA_PRA_1", "amount": 1.1, "unit": "credit"},
            {"type": "ACPE", "amount": 1, "unit": "contact_hour"},
        ],
    )
    page = client_a.get(change_url(activity))
    assert 'name="_publish"' in page.content.decode()
    data = form_data(page)
    data["_publish"] = "Save and publish"

    response = client_a.post(change_url(activity), data, follow=True)

    shown = messages_of(response) or [str(m) for m in response.context["messages"]]
    body = response.content.decode()
    for expected in (
        "objectives: state at least one learning objective",
        "credits[0].amount: AMA PRA Category 1 Credit™: 1.10 is not in steps of 0.25",
        "credits[1].uan: a Universal Activity Number (UAN) is required for ACPE credit",
    ):
        assert any(expected in m for m in shown), shown
        assert expected in body
    activity.refresh_from_db()
    assert activity.status == Activity.Status.DRAFT


def test_activity_admin_publish_button_publishes_good_activity(client_a, staff_a, activity_a):
    data = form_data(client_a.get(change_url(activity_a)))
    data["_publish"] = "Save and publish"
    response = client_a.post(change_url(activity_a), data)
    assert response.status_code == 302
    activity_a.refresh_from_db()
    assert activity_a.status == Activity.Status.PUBLISHED
    assert AuditEvent.objects.get(action="activities.activity.published").actor == staff_a
    assert CatalogEntry.objects.filter(activity=activity_a).exists()
    assert 'name="_withdraw"' in client_a.get(change_url(activity_a)).content.decode()


def test_activity_admin_publish_action_reports_each_activity(client_a, activity_a, provider_a):
    bad = factories.activity(of=provider_a, title="Joint without partner", providership="joint")
    response = client_a.post(
        CHANGELIST,
        {"action": "publish_selected", "_selected_action": [str(activity_a.pk), str(bad.pk)]},
        follow=True,
    )
    shown = messages_of(response) or [str(m) for m in response.context["messages"]]
    assert any("“Joint without partner”: joint_providers: name the joint" in m for m in shown)
    assert any("Published 1 activities" in m for m in shown)
    activity_a.refresh_from_db()
    bad.refresh_from_db()
    assert (activity_a.status, bad.status) == ("published", "draft")


def test_activity_admin_withdraw_action_withdraws_and_unlists(client_a, staff_a, provider_a):
    published = factories.activity(of=provider_a, publish=True)
    client_a.post(
        CHANGELIST, {"action": "withdraw_selected", "_selected_action": [str(published.pk)]}
    )
    published.refresh_from_db()
    assert published.status == Activity.Status.WITHDRAWN
    assert AuditEvent.objects.get(action="activities.activity.withdrawn").actor == staff_a
    assert not CatalogEntry.objects.filter(activity=published).exists()
