"""Run inside ``opencme shell`` processes by the backup tests: make a certificate, keep
claiming while a backup runs, and check a restored site."""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path

from opencme.activities.models import Activity
from opencme.certificates.models import Certificate
from opencme.certificates.signing import keys, proof
from opencme.credits.models import Claim
from opencme.credits.services import claim_credit
from opencme.learning.services import enroll_learner
from tests.journey_data import learner, seed_000_rerelease, walk


def _claim_one(activity: Activity) -> None:
    user = learner(email=f"restore.{uuid.uuid4().hex}@example.org")
    enrollment = enroll_learner(activity=activity, learner=user)
    walk(enrollment, user)
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1.25", actor=user)


def first_certificate() -> None:
    _claim_one(seed_000_rerelease())
    print(json.dumps({"certificates": Certificate.objects.count()}))


def keep_claiming(stop: str, progress: str) -> None:
    """Claim again and again until the file ``stop`` appears, writing the number of claims
    committed so far to ``progress`` after each."""
    activity = Activity.objects.filter(steps__isnull=False).distinct().get()
    while not Path(stop).exists():
        _claim_one(activity)
        Path(progress).write_text(str(Claim.objects.count()))
        time.sleep(0.01)


def restored_state() -> None:
    """Every claim has its certificate, every certificate's signed credential verifies with
    its provider's key, and a new learner's claim still issues a signed certificate."""
    certificates = list(Certificate.objects.select_related("provider"))
    verified = sum(
        proof.verify(c.credential, public_key=keys.public_key_bytes(keys.key_for(c.provider)))
        for c in certificates
    )
    without = Claim.objects.filter(certificates__isnull=True).count()
    claims = Claim.objects.count()
    activity = Activity.objects.filter(steps__isnull=False).distinct().get()
    _claim_one(activity)
    newest = Certificate.objects.order_by("-pk").first()
    assert newest is not None
    new_ok = proof.verify(
        newest.credential, public_key=keys.public_key_bytes(keys.key_for(newest.provider))
    )
    print(
        json.dumps(
            {
                "claims": claims,
                "certificates": len(certificates),
                "verified": verified,
                "claims_without_certificate": without,
                "new_claim_verifies": new_ok,
                "claims_after": Claim.objects.count(),
            }
        )
    )
