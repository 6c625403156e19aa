"""A paste larger than a form may send is answered by the import page itself, beside the text
field, as a browser sends it (with its CSRF token), not with a bare 400."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from tests import factories

pytestmark = pytest.mark.django_db

URL = "/import/"
LIMIT = 20_000


def _browser(user) -> tuple[Client, str]:
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    page = client.get(URL).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token
    return client, token.group(1)


def test_paste_over_the_limit_is_named_beside_the_text_field(settings, provider_a):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = LIMIT
    client, token = _browser(factories.staff(of=provider_a))
    data = {"csrfmiddlewaretoken": token, "step": "preview", "provider": provider_a.pk}
    response = client.post(URL, data | {"text": "Heart failure update. " * 2000})
    assert response.status_code == 413
    html = response.content.decode()
    error = re.search(r'<p class="field-error" id="id_text_error">(.*?)</p>', html, re.S)
    assert error, html
    assert "more than a form can send" in error.group(1)
    assert "19.5" in error.group(1)  # the limit, in KB
    assert 'aria-describedby="id_text_helptext id_text_error"' in html or "id_text_error" in html


def test_paste_within_the_limit_is_read(settings, provider_a):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = LIMIT
    client, token = _browser(factories.staff(of=provider_a))
    data = {"csrfmiddlewaretoken": token, "step": "preview", "provider": provider_a.pk}
    response = client.post(URL, data | {"text": "Heart Failure Update 2026\n\nCost: $25\n"})
    assert response.status_code == 200
    assert "Check what was read" in response.content.decode()


def test_too_big_without_a_csrf_token_changes_nothing_and_others_are_refused(settings, provider_a):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = LIMIT
    client, _ = _browser(factories.staff(of=provider_a))
    small = client.post(URL, {"step": "preview", "text": "Cost: $25", "provider": provider_a.pk})
    assert small.status_code == 403  # the CSRF check still applies to what can be read
    outsider = Client(enforce_csrf_checks=True)
    outsider.force_login(factories.user())
    assert outsider.post(URL, {"text": "x" * (LIMIT + 10)}).status_code == 403
    anonymous = Client(enforce_csrf_checks=True).post(URL, {"text": "x" * (LIMIT + 10)})
    assert anonymous.status_code in (302, 403)  # to sign in, or the CSRF refusal
