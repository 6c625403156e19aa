"""What a certificate that looks issued states: the credit line once, the designation
statement, the activity's dates and the completion date, who issued and signed it, and the
provider's accreditation."""

from __future__ import annotations

import pytest

from opencme.certificates.models import CertificateStyle
from opencme.certificates.rules import activity_dates
from opencme.certificates.tests.helpers import claimed, pdf_text

pytestmark = pytest.mark.django_db


def test_certificate_states_the_credit_once_with_dates_and_accreditation(rerelease):
    provider = rerelease.provider
    provider.accreditation_id = "JA4008163"
    provider.save()
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    text = pdf_text(cert)
    assert text.count("1.25 AMA PRA Category 1 Credit™") == 1
    assert "designates this enduring material for a maximum of 1.25 AMA PRA Category 1" in text
    assert "Joint Accreditation provider JA4008163" in text
    assert cert.content["provider_accreditation"] == "Joint Accreditation provider JA4008163"
    assert cert.content["activity_start"] == rerelease.start_date.isoformat()
    assert f"Activity: {activity_dates(cert.content)}" in text
    assert "Completed:" in text
    assert f"Issued by {provider.name}" in text  # no signer set: the provider issues it


def test_certificate_names_the_signer_from_the_provider_settings(rerelease):
    CertificateStyle.objects.create(
        provider=rerelease.provider, signer_name="Dr Jane Roe", signer_title="Course Director"
    )
    text = pdf_text(claimed(rerelease, "AMA_PRA_1", "1.25"))
    assert "Dr Jane Roe Course Director" in text
    assert "Issued by" not in text


def test_activity_dates_read_as_people_write_them():
    assert activity_dates({"activity_start": "2026-03-03", "activity_end": "2026-03-04"}) == (
        "Mar 3, 2026 to Mar 4, 2026"
    )
    assert activity_dates({"activity_start": "2026-03-03", "activity_end": "2026-03-03"}) == (
        "Mar 3, 2026"
    )
    assert activity_dates(
        {"activity_start": "2026-01-05", "activity_end": "", "activity_expires": "2027-01-05"}
    ) == ("released Jan 5, 2026, credit until Jan 5, 2027")
    assert activity_dates({}) == ""  # a certificate issued before it stated them
