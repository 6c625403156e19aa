"""The provider admin: site administrators manage providers and staff; staff see only their own."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from opencme.accounts.models import User
from opencme.core.models import AuditEvent
from opencme.providers.models import ProviderStaff
from tests import factories

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:providers_provider_changelist")


def change_url(provider) -> str:
    return reverse("admin:providers_provider_change", args=[provider.pk])


@pytest.fixture
def client_a(provider_a) -> Client:
    client = Client()
    client.force_login(factories.staff(of=provider_a))
    return client


@pytest.fixture
def site_admin() -> Client:
    client = Client()
    client.force_login(factories.superuser())
    return client


def test_provider_admin_staff_see_only_their_provider(client_a, provider_a, provider_b):
    body = client_a.get(CHANGELIST).content.decode()
    assert "Provider A" in body
    assert "Provider B" not in body
    assert client_a.get(change_url(provider_b)).status_code in (302, 403, 404)


def test_provider_admin_staff_view_is_read_only(client_a, provider_a):
    page = client_a.get(change_url(provider_a))
    assert page.status_code == 200
    body = page.content.decode()
    assert 'name="_save"' not in body
    assert 'name="name"' not in body  # shown as text, not as an input

    response = client_a.post(change_url(provider_a), {"name": "Renamed", "slug": "renamed"})

    assert response.status_code == 403
    provider_a.refresh_from_db()
    assert provider_a.name == "Provider A"
    assert client_a.get(reverse("admin:providers_provider_add")).status_code == 403


def test_provider_admin_staff_do_not_see_the_staff_list(client_a, provider_a):
    other = factories.staff(of=provider_a, email="colleague@a.example.org")
    body = client_a.get(change_url(provider_a)).content.decode()
    assert other.email not in body


def test_provider_admin_site_admin_adds_staff_through_the_service(site_admin, provider_a):
    newcomer = factories.user(email="newcomer@example.org")
    page = site_admin.get(change_url(provider_a))
    assert page.status_code == 200
    data = {
        "name": "Provider A",
        "slug": provider_a.slug,
        "accreditor": "JA",
        "accreditation_id": "JA0000001",
        "staff-TOTAL_FORMS": "1",
        "staff-INITIAL_FORMS": "0",
        "staff-MIN_NUM_FORMS": "0",
        "staff-MAX_NUM_FORMS": "1000",
        "staff-0-user": str(newcomer.pk),
        "staff-0-role": "manager",
        "staff-0-provider": str(provider_a.pk),
    }

    response = site_admin.post(change_url(provider_a), data)

    assert response.status_code == 302, response.context and response.context["errors"]
    membership = ProviderStaff.objects.get(provider=provider_a, user=newcomer)
    assert membership.role == "manager"
    assert User.objects.get(pk=newcomer.pk).is_staff  # may now sign in to the admin
    assert AuditEvent.objects.filter(action="providers.staff.added").exists()
    event = AuditEvent.objects.get(action="providers.provider.updated")
    assert event.before == {"accreditation_id": "", "accreditor": ""}
    assert event.after == {"accreditation_id": "JA0000001", "accreditor": "JA"}


def test_provider_admin_site_admin_sees_every_provider(site_admin, provider_a, provider_b):
    body = site_admin.get(CHANGELIST).content.decode()
    assert "Provider A" in body
    assert "Provider B" in body
