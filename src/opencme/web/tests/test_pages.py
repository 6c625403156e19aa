"""The site shell and the home page."""

from __future__ import annotations

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db


def test_home_page_search_box_goes_to_the_finder(client: Client) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'action="/activities/"' in html
    assert '<input id="home-q" name="q" type="search"' in html


def test_home_page_shell_has_landmarks_nav_and_skip_link(client: Client) -> None:
    html = client.get("/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert '<nav id="site-nav" class="site-nav" aria-label="Main">' in html
    for href in ('href="/activities/"', 'href="/api/docs"', 'href="/accounts/sign-in/"'):
        assert href in html
    assert "<footer" in html


def test_home_page_has_no_inline_style_or_script(client: Client) -> None:
    response = client.get("/")
    html = response.content.decode()
    # The Content-Security-Policy allows only our own files: inline code would be blocked.
    assert "style=" not in html
    assert "<style" not in html
    assert "<script>" not in html
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_the_menu_button_controls_the_main_navigation(client: Client) -> None:
    # On a narrow screen site.js folds the links behind this button (driven in
    # tests/browser/test_site_shell.py); without script the stylesheet keeps the button hidden
    # and the links shown.
    html = client.get("/").content.decode()
    button = html.split('<button type="button" class="nav-toggle"', 1)[1].split("</button>", 1)[0]
    assert 'aria-expanded="false"' in button
    assert 'aria-controls="site-nav"' in button
    assert "data-nav-toggle" in button
    assert "Menu" in button
    assert html.index('class="nav-toggle"') < html.index('<nav id="site-nav"')
