"""Nobody but a provider's staff opens its workspace; staff land there after signing in."""

from __future__ import annotations

import pytest
from django.urls import reverse

from opencme.reporting.tests import data
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_providers():
    a, b = data.provider("Provider Alpha"), data.provider("Provider Beta")
    data.activity(a, title="Alpha course")
    data.activity(b, title="Beta course")
    return a, b, factories.staff(of=a)


def workspace_urls(slug: str) -> list[str]:
    """Every workspace URL of the provider ``slug``, with the query strings the page reads."""
    home = reverse("workspace:provider", args=[slug])
    return [home, f"{home}?state=draft", f"{home}?q=course", f"{home}?page=2&state=open"]


def test_staff_of_a_get_404_for_every_workspace_url_of_b(client, two_providers):
    a, b, staff_a = two_providers
    client.force_login(staff_a)
    for url in workspace_urls(a.slug):
        assert client.get(url).status_code == 200, url
    for url in workspace_urls(b.slug):
        response = client.get(url)
        assert response.status_code == 404, url
        assert b"Beta course" not in response.content
    assert client.get(reverse("workspace:provider", args=["no-such-provider"])).status_code == 404


def test_learner_gets_404_and_anonymous_the_sign_in_page(client, two_providers):
    a, _, _ = two_providers
    urls = [reverse("workspace:index"), *workspace_urls(a.slug)]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("accounts:sign_in")), url
    client.force_login(factories.user())
    for url in urls:
        assert client.get(url).status_code == 404, url


def test_index_sends_staff_of_one_provider_to_its_workspace(client, two_providers):
    a, _, staff_a = two_providers
    client.force_login(staff_a)
    response = client.get(reverse("workspace:index"))
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:provider", args=[a.slug])


def test_index_lets_staff_of_several_providers_pick_one(client, two_providers):
    a, b, staff_a = two_providers
    factories.membership(of=b, member=staff_a)
    client.force_login(staff_a)
    page = client.get(reverse("workspace:index")).content.decode()
    for p in (a, b):
        assert reverse("workspace:provider", args=[p.slug]) in page
        assert p.name in page


def sign_in(client, user):
    return client.post(
        reverse("accounts:sign_in"), {"email": user.email, "password": factories.PASSWORD}
    )


def test_staff_land_in_the_workspace_after_signing_in(client, two_providers):
    _, _, staff_a = two_providers
    response = sign_in(client, staff_a)
    assert response.status_code == 302
    assert response["Location"] == reverse("workspace:index")


def test_learners_still_land_on_my_learning_and_next_wins(client, two_providers):
    _, _, staff_a = two_providers
    response = sign_in(client, factories.user())
    assert response["Location"] == reverse("learning:my_learning")
    client.logout()
    response = client.post(
        reverse("accounts:sign_in") + "?next=/learn/transcript/",
        {"email": staff_a.email, "password": factories.PASSWORD},
    )
    assert response["Location"] == "/learn/transcript/"


def nav_links(html: str) -> str:
    return html.split('<nav id="site-nav"', 1)[1].split("</nav>", 1)[0]


def test_header_shows_staff_where_they_are(client, two_providers):
    a, _, staff_a = two_providers
    client.force_login(staff_a)
    nav = nav_links(client.get(reverse("workspace:provider", args=[a.slug])).content.decode())
    assert f'<a href="{reverse("workspace:index")}" aria-current="page">Workspace</a>' in nav
    assert f'<a href="{reverse("reporting:index")}">Reports</a>' in nav
    nav = nav_links(client.get(reverse("reporting:provider", args=[a.slug])).content.decode())
    assert f'<a href="{reverse("workspace:index")}">Workspace</a>' in nav
    assert f'<a href="{reverse("reporting:index")}" aria-current="page">Reports</a>' in nav


def test_header_shows_learners_no_workspace(client, two_providers):
    client.force_login(factories.user())
    nav = nav_links(client.get(reverse("learning:my_learning")).content.decode())
    assert "Workspace" not in nav
    assert "Reports" not in nav
