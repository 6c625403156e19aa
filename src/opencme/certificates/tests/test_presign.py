"""A claim's certificate is signed before the claim's transaction and used only when the
transaction reads the same facts; otherwise it is signed again inside."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from opencme.accounts.services import update_profile
from opencme.certificates.models import Certificate
from opencme.certificates.services import PRESIGNED, presign_certificate
from opencme.certificates.signing import keys, proof
from opencme.core.errors import ValidationFailed
from opencme.credits import hooks
from opencme.credits.services import claim_credit
from tests import journey_data


@pytest.fixture
def preparers() -> Iterator[dict[str, Any]]:
    """The registered preparers; what a test adds or replaces is put back afterwards."""
    kept = dict(hooks._preparers)
    yield hooks._preparers
    hooks._preparers.clear()
    hooks._preparers.update(kept)


def _verifies(cert: Certificate) -> bool:
    public = keys.public_key_bytes(keys.key_for(cert.provider))
    return proof.verify(cert.credential, public_key=public)


def test_claim_issues_the_certificate_signed_before_its_transaction(rerelease, preparers):
    made: list[Any] = []

    def recording(claim, *, profile):
        made.append(presign_certificate(claim, profile=profile))
        return made[-1]

    preparers[PRESIGNED] = recording
    user, enrollment = journey_data.ready_to_claim(rerelease, "physician")
    claim = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    cert = Certificate.objects.get(claim=claim)
    assert len(made) == 1
    assert made[0] is not None
    assert (cert.code, cert.issued_at, cert.credential) == (
        made[0].code,
        made[0].issued_at,
        made[0].credential,
    )
    assert cert.content == made[0].content
    assert _verifies(cert)


def test_name_changed_after_signing_is_what_the_certificate_states(rerelease, preparers):
    """The learner corrects their name between the signing and the claim's transaction: the
    certificate is signed again, with the corrected name."""
    user, enrollment = journey_data.ready_to_claim(rerelease, "physician")

    def correct_name(claim, *, profile):
        update_profile(user=user, actor=user, changes={"legal_name": "Dana K. Whitfield"})

    preparers["zz-correct-name"] = correct_name  # runs after the certificate's preparer
    claim = claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    cert = Certificate.objects.get(claim=claim)
    assert cert.content["name"] == "Dana K. Whitfield"
    subject = cert.credential["credentialSubject"]
    assert subject["identifier"][0]["identityHash"] == "Dana K. Whitfield"
    assert _verifies(cert)


def test_refused_claim_is_not_signed(rerelease, preparers):
    made: list[Any] = []
    preparers[PRESIGNED] = lambda claim, *, profile: made.append(claim)
    user, enrollment = journey_data.ready_to_claim(rerelease, "physician")
    with pytest.raises(ValidationFailed) as caught:
        claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="9", actor=user)
    assert list(caught.value.as_dict()) == ["amount"]
    assert made == []
