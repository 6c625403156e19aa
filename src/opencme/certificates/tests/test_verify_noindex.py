"""Verification pages are public but not for search engines: a certificate's page names a
learner, so it is reachable from its code only (``noindex`` in the page and in a header)."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse

from opencme.certificates import transcripts
from opencme.certificates.tests.helpers import claimed

NOINDEX = '<meta name="robots" content="noindex">'


def test_verify_pages_ask_not_to_be_indexed(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    scope = transcripts.scope_for(cert.learner)
    code = transcripts.pdf_context(cert.learner, scope)["code"]
    for url in (
        reverse("certificates:verify", args=[cert.code]),
        reverse("certificates:verify_transcript", args=[code]),
    ):
        page = Client().get(url)
        assert page.status_code == 200, url
        assert page["X-Robots-Tag"] == "noindex", url
        assert NOINDEX in page.content.decode(), url


def test_other_public_pages_may_be_indexed(rerelease):
    page = Client().get(reverse("catalog:activity", args=[rerelease.pk]))
    assert page.status_code == 200
    assert "X-Robots-Tag" not in page
    assert 'name="robots"' not in page.content.decode()
