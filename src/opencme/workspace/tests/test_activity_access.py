"""Every page of the activity editor: anonymous visitors are sent to sign in, learners and staff
of another provider get 404 (whatever the method) and nothing is written."""

from __future__ import annotations

import pytest
from django.urls import reverse

from opencme.activities.models import Activity
from opencme.core.models import AuditEvent
from opencme.reporting.tests import data
from tests import factories

pytestmark = pytest.mark.django_db

ROUTES = (
    "activity",
    "activity_details",
    "activity_publish",
    "activity_preview",
    "activity_clone",
    "activity_archive",
    "activity_suggest",
)


@pytest.fixture
def beta_activity() -> Activity:
    return factories.activity(of=data.provider("Provider Beta"), title="Beta course")


def editor_urls(activity: Activity) -> list[str]:
    kwargs = {"slug": activity.provider.slug, "activity_id": activity.pk}
    return [
        reverse("workspace:activity_new", kwargs={"slug": activity.provider.slug}),
        *(reverse(f"workspace:{name}", kwargs=kwargs) for name in ROUTES),
    ]


def _counts() -> tuple[int, int]:
    return Activity.objects.count(), AuditEvent.objects.count()


def test_anonymous_visitors_are_sent_to_sign_in(client, beta_activity):
    for url in editor_urls(beta_activity):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code == 302, url
            assert response["Location"].startswith(reverse("accounts:sign_in")), url


@pytest.mark.parametrize("who", ["learner", "staff of another provider"])
def test_learners_and_other_providers_staff_get_404_and_write_nothing(client, beta_activity, who):
    alpha = data.provider("Provider Alpha")
    user = factories.user() if who == "learner" else factories.staff(of=alpha)
    client.force_login(user)
    before = _counts()
    for url in editor_urls(beta_activity):
        for method in (client.get, client.post):
            response = method(url, {"title": "Taken over", "save": "1"})
            assert response.status_code == 404, (url, method)
            assert b"Beta course" not in response.content
    assert _counts() == before
    assert Activity.objects.get(pk=beta_activity.pk).status == "draft"
    # an activity of Beta under Alpha's address is still 404
    client.force_login(factories.staff(of=alpha))
    wrong = reverse(
        "workspace:activity", kwargs={"slug": alpha.slug, "activity_id": beta_activity.pk}
    )
    assert client.get(wrong).status_code == 404


def test_the_providers_own_staff_open_every_page(client, beta_activity):
    client.force_login(factories.staff(of=beta_activity.provider))
    for url in editor_urls(beta_activity):
        assert client.get(url).status_code in (200, 405), url
