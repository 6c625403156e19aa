"""The error pages: in the site's frame, with a search box and ways back, the right status, and
a 500 page that renders with no request and no database."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory, override_settings
from django.views.defaults import server_error

ERRORS_URLCONF = "opencme.web.tests.error_urls"


def assert_in_site_frame(html: str) -> None:
    assert '<nav id="site-nav" class="site-nav" aria-label="Main">' in html
    assert 'href="/static/web/site.css"' in html
    assert '<form class="search error-page__search" action="/activities/" method="get"' in html
    assert '<input id="error-q" name="q" type="search"' in html
    assert '<a href="/">Home page</a>' in html
    assert "<footer" in html
    # The CSP allows only our own files.
    assert "style=" not in html
    assert "<style" not in html
    assert "<script>" not in html


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_unknown_address_gets_the_styled_404(client: Client) -> None:
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert_in_site_frame(html)
    assert "<title>Page not found · OpenCME</title>" in html
    assert "We can’t find that page" in html


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_a_missing_record_gets_the_styled_404_without_its_internal_message(client: Client) -> None:
    response = client.get("/activities/999999/")
    assert response.status_code == 404
    html = response.content.decode()
    assert_in_site_frame(html)
    assert "999999" not in html.split("<main", 1)[1].split("error-page__search")[0]


@pytest.mark.django_db
@override_settings(DEBUG=False, ROOT_URLCONF=ERRORS_URLCONF)
def test_permission_denied_gets_the_styled_403_with_a_way_to_sign_in(client: Client) -> None:
    response = client.get("/test-errors/forbidden/?x=1")
    assert response.status_code == 403
    html = response.content.decode()
    assert_in_site_frame(html)
    assert "You don’t have access to this page" in html
    assert 'href="/accounts/sign-in/?next=/test-errors/forbidden/%3Fx%3D1"' in html
    assert "staff only" not in html  # the exception's text is for the log


@pytest.mark.django_db
@override_settings(DEBUG=False, ROOT_URLCONF=ERRORS_URLCONF)
def test_a_view_that_fails_gets_the_styled_500() -> None:
    client = Client(raise_request_exception=False)
    response = client.get("/test-errors/broken/")
    assert response.status_code == 500
    html = response.content.decode()
    assert_in_site_frame(html)
    assert "Something went wrong on our side" in html
    assert "a bug in a view" not in html


@pytest.mark.django_db
@override_settings(DEBUG=False, ROOT_URLCONF=ERRORS_URLCONF)
def test_a_suspicious_request_gets_the_styled_400(client: Client) -> None:
    response = client.get("/test-errors/suspicious/")
    assert response.status_code == 400
    html = response.content.decode()
    assert_in_site_frame(html)
    assert "We couldn’t understand that request" in html
    assert "forged" not in html


def test_the_500_page_needs_no_request_context_and_no_database() -> None:
    # No django_db mark: any query here fails the test. Django's server_error renders the
    # template with no context at all, as when the database is what broke.
    response = server_error(RequestFactory().get("/anything/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert_in_site_frame(html)
    assert '<a href="/learn/">My learning</a>' in html
    assert "Sign out" not in html
    assert "csrfmiddlewaretoken" not in html


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_a_form_sent_without_its_csrf_token_gets_the_expired_form_page() -> None:
    client = Client(enforce_csrf_checks=True)
    response = client.post("/accounts/sign-in/", {"email": "a@example.org", "password": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert_in_site_frame(html)
    assert "This form has expired" in html
    assert "reload the page" in html
