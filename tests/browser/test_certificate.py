"""After the seed 000 journey, the certificate's QR target opens its public verification page
in a real Chromium, which states what the certificate states and passes axe (WCAG A/AA)."""

from __future__ import annotations

import io

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from opencme.certificates.models import Certificate
from opencme.certificates.pdf import certificate_pdf, verify_url
from opencme.credits.services import claim_credit
from tests import journey_data
from tests.browser.test_finder import axe_violations, shoot

pytestmark = pytest.mark.browser


@pytest.fixture
def issued(live_server, catalog, settings) -> tuple[str, str]:
    """Seed 000's journey and claim, made before the browser starts: the QR target of the
    certificate (read from its PDF) and the learner's email."""
    settings.SITE_URL = live_server.url
    activity = journey_data.seed_000_rerelease()
    user, enrollment = journey_data.ready_to_claim(activity, "physician")
    claim = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)
    cert = Certificate.objects.get(claim=claim)
    target = verify_url(cert.code)
    pdf_text = "".join(PdfReader(io.BytesIO(certificate_pdf(cert))).pages[0].extract_text().split())
    assert "".join(f"Verify: {target}".split()) in pdf_text
    assert target.startswith(live_server.url + "/verify/")
    return target, user.email


def test_certificate_qr_target_opens_accessible_verify_page(issued, launch):
    target, email = issued

    context = launch(bypass_csp=True)  # axe is injected as an inline script
    page = context.new_page()
    response = page.goto(target)
    assert response is not None
    assert response.status == 200
    expect(page.get_by_role("heading", name="Certificate verification")).to_be_visible()
    body = page.locator("main").inner_text()
    assert "Valid." in body
    assert "Dana Whitfield, MD" in body
    assert "1.25 AMA PRA Category 1 Credit™" in body
    assert email not in page.content()
    shoot(page, "certificate-verify", slices=1)
    assert axe_violations(page) == []
