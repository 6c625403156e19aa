"""Certificates where the learner looks, in Chromium: the enrollment page, My learning, the
transcript and the transcript's public verification page, at 1280 and 390 px, with axe;
the certificate and transcript downloads answer.

``OPENCME_SCREENSHOTS=/some/folder`` saves what the test sees.
"""

from __future__ import annotations

import re
from io import BytesIO
from typing import Any

import pytest
from django.test import Client
from pypdf import PdfReader

from opencme.certificates.models import Certificate
from opencme.credits.services import claim_credit
from tests.browser.test_finder import axe_violations, shoot
from tests.journey_data import ready_to_claim, seed_000_rerelease

pytestmark = pytest.mark.browser


@pytest.fixture
def claimed(catalog, live_server, settings) -> dict[str, Any]:
    settings.SITE_URL = live_server.url
    rerelease = seed_000_rerelease()
    user, enrollment = ready_to_claim(rerelease, "physician")
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
    claim_credit(enrollment=enrollment, credit_type="PARTICIPATION", amount="1", actor=user)
    client = Client()
    client.force_login(user)
    return {
        "session": client.cookies["sessionid"].value,
        "enrollment": enrollment.pk,
        "codes": list(Certificate.objects.filter(learner=user).values_list("code", flat=True)),
    }


@pytest.mark.parametrize("width", [1280, 390])
def test_certificates_on_learner_pages_are_reachable_and_accessible(
    claimed, launch, live_server, width
):
    context = launch(bypass_csp=True, width=width, height=900)  # axe is injected
    context.add_cookies(
        [{"name": "sessionid", "value": claimed["session"], "url": live_server.url}]
    )
    page = context.new_page()
    base = live_server.url
    pages = {
        "enrollment": f"{base}/learn/enrollments/{claimed['enrollment']}/",
        "my-learning": f"{base}/learn/",
        "transcript": f"{base}/learn/transcript/",
    }
    for name, url in pages.items():
        page.goto(url)
        for code in claimed["codes"]:
            assert page.locator(f'a[href="/certificates/{code}.pdf"]').count() >= 1, (name, code)
        assert axe_violations(page) == [], name
        shoot(page, f"certs-{name}-{width}")
    pdf = page.request.get(f"{base}/certificates/{claimed['codes'][0]}.pdf")
    assert pdf.ok
    assert pdf.headers["content-type"] == "application/pdf"
    transcript_pdf = page.request.get(f"{base}/learn/transcript.pdf")
    assert transcript_pdf.ok
    text = (
        "".join((p.extract_text() or "") for p in PdfReader(BytesIO(transcript_pdf.body())).pages)
        .replace(" ", "")
        .replace("\n", "")
    )
    found = re.search(r"/verify/transcript/([\w.-]+:[\w-]{43})", text)
    assert found, text
    page.goto(f"{base}/verify/transcript/{found[1]}")
    assert page.get_by_text("Matches.").count() == 1
    assert axe_violations(page) == []
    shoot(page, f"certs-verify-transcript-{width}")
