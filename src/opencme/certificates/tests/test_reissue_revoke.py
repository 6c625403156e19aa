"""Reissue after a name or claim correction, revocation by the provider's staff, and the audit
events every change writes."""

from __future__ import annotations

import pytest

from opencme.accounts.services import update_profile
from opencme.certificates.models import Certificate
from opencme.certificates.services import revoke_certificate
from opencme.certificates.tests.helpers import claimed
from opencme.core.errors import PermissionDenied, ValidationFailed
from opencme.core.models import AuditEvent
from opencme.credits.models import Claim
from opencme.credits.services import claim_credit, correct_claim
from tests import factories, journey_data


def _events(cert: Certificate) -> list[str]:
    return list(
        AuditEvent.objects.filter(
            object_type="certificates.certificate", object_id=str(cert.pk)
        ).values_list("action", flat=True)
    )


def test_issue_certificate_with_claim_audited(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    assert cert.status == Certificate.Status.VALID
    assert len(cert.code) >= 32  # 192 bits
    assert _events(cert) == ["certificates.certificate.issued"]


def test_claim_refused_without_legal_name(rerelease):
    user, enrollment = journey_data.ready_to_claim(rerelease, "physician", legal_name="")
    with pytest.raises(ValidationFailed) as caught:
        claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    assert caught.value.as_dict() == {
        "profile.legal_name": ["set your name as it must appear on certificates"]
    }
    assert not Claim.objects.filter(enrollment=enrollment).exists()  # nothing half-written


def test_name_correction_reissues_certificate(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    user = cert.learner
    update_profile(user=user, actor=user, changes={"legal_name": "Dana K. Whitfield"})
    cert.refresh_from_db()
    assert cert.status == Certificate.Status.REISSUED
    new = cert.replaced_by
    assert new is not None
    assert new.code != cert.code
    assert new.content["name"] == "Dana K. Whitfield"
    assert cert.content["name"] == "Dana Whitfield"  # history kept as it was stated
    assert new.claim_id == cert.claim_id
    assert new.credential["credentialSubject"]["identifier"][0]["identityHash"] == (
        "Dana K. Whitfield"
    )
    assert "certificates.certificate.reissued" in _events(cert)
    assert _events(new) == ["certificates.certificate.issued"]


def test_other_profile_change_does_not_reissue(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    update_profile(user=cert.learner, actor=cert.learner, changes={"npi": "1234567893"})
    cert.refresh_from_db()
    assert cert.status == Certificate.Status.VALID


def test_name_emptied_refused_while_certificates_held(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    with pytest.raises(ValidationFailed):
        update_profile(user=cert.learner, actor=cert.learner, changes={"legal_name": " "})
    cert.refresh_from_db()
    assert cert.status == Certificate.Status.VALID


def test_claim_correction_reissues_certificate(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    fresh = correct_claim(claim=cert.claim, amount="0.75", actor=cert.learner)
    cert.refresh_from_db()
    assert cert.status == Certificate.Status.REISSUED
    new = cert.replaced_by
    assert new is not None
    assert new.claim_id == fresh.pk
    assert new.amount == fresh.amount
    assert new.content["amount"] == "0.75"
    assert new.credential["credentialSubject"]["creditsEarned"] == 0.75


def test_revoke_certificate_by_provider_staff(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    staff = factories.staff(of=rerelease.provider)
    revoke_certificate(certificate=cert, reason="attendance not confirmed", actor=staff)
    cert.refresh_from_db()
    assert cert.status == Certificate.Status.REVOKED
    assert cert.revoked_at is not None
    assert cert.revoked_reason == "attendance not confirmed"
    assert "certificates.certificate.revoked" in _events(cert)


def test_revoke_certificate_refused_for_others_and_without_reason(rerelease):
    cert = claimed(rerelease, "AMA_PRA_1", "1.25")
    other = factories.staff(of=factories.provider())
    with pytest.raises(PermissionDenied):
        revoke_certificate(certificate=cert, reason="no", actor=other)
    with pytest.raises(PermissionDenied):
        revoke_certificate(certificate=cert, reason="mine", actor=cert.learner)
    with pytest.raises(ValidationFailed) as caught:
        revoke_certificate(
            certificate=cert, reason="  ", actor=factories.staff(of=rerelease.provider)
        )
    assert "reason" in caught.value.as_dict()
    cert.refresh_from_db()
    assert cert.status == Certificate.Status.VALID
