"""A certificate as an Open Badges 3.0 ``OpenBadgeCredential`` (a W3C VC 2.0), signed by its
provider, and the provider's issuer profile with its public key for verifiers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse

from opencme.certificates.models import ProviderKey
from opencme.certificates.signing import keys, proof
from opencme.certificates.signing.contexts import CONTEXTS
from opencme.core.site import absolute_url
from opencme.providers.models import Provider

MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1"
DID_CONTEXT = "https://www.w3.org/ns/did/v1"


def issuer_id(provider: Provider) -> str:
    return absolute_url(reverse("certificates:issuer", args=[provider.slug]))


def verification_method_id(provider: Provider, key: ProviderKey) -> str:
    return f"{issuer_id(provider)}#{key.public_key_multibase}"


def timestamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def unsigned_credential(
    *, code: str, content: dict[str, Any], provider: Provider, issued_at: dt.datetime
) -> dict[str, Any]:
    """The credential before signing. It states what the certificate states and no more: the
    learner is named as on the certificate, with no email or account id."""
    verify_url = absolute_url(reverse("certificates:verify", args=[code]))
    achievement: dict[str, Any] = {
        "id": f"{verify_url}#achievement",
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": content["activity_title"],
        "description": " ".join(content["statements"]),
        "criteria": {
            "narrative": (
                f"Completed the {content['format_label']} \u201c{content['activity_title']}\u201d "
                f"offered by {content['provider_name']} and claimed {content['amount']} "
                f"{content['credit_name']}."
            )
        },
    }
    if content["kind"] == "credit":
        achievement["fieldOfStudy"] = content["credit_name"]
    subject: dict[str, Any] = {
        "type": ["AchievementSubject"],
        "identifier": [
            {
                "type": "IdentityObject",
                "identityType": "name",
                "hashed": False,
                "identityHash": content["name"],
            }
        ],
        "achievement": achievement,
        "activityStartDate": f"{content['participation_date']}T00:00:00Z",
        "activityEndDate": f"{content['completion_date']}T00:00:00Z",
    }
    if content["kind"] == "credit":
        subject["creditsEarned"] = float(content["amount"])
    issuer: dict[str, Any] = {
        "id": issuer_id(provider),
        "type": ["Profile"],
        "name": provider.name,
    }
    if provider.website:
        issuer["url"] = provider.website
    return {
        "@context": list(CONTEXTS),
        "id": verify_url,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer,
        "validFrom": timestamp(issued_at),
        "name": f"{content['title']}: {content['activity_title']}",
        "credentialSubject": subject,
    }


def signed_credential(
    *, code: str, content: dict[str, Any], provider: Provider, issued_at: dt.datetime
) -> dict[str, Any]:
    key = keys.key_for(provider)
    document = unsigned_credential(
        code=code, content=content, provider=provider, issued_at=issued_at
    )
    return proof.sign(
        document,
        key=keys.private_key(key),
        verification_method=verification_method_id(provider, key),
        created=timestamp(issued_at),
    )


def issuer_document(provider: Provider) -> dict[str, Any]:
    """The issuer's controller document: its Multikey and that the key may assert credentials.
    Published at the issuer id, so a verifier resolves both the key and the controller."""
    key = keys.key_for(provider)
    method = {
        "id": verification_method_id(provider, key),
        "type": "Multikey",
        "controller": issuer_id(provider),
        "publicKeyMultibase": key.public_key_multibase,
    }
    return {
        "@context": [DID_CONTEXT, MULTIKEY_CONTEXT],
        "id": issuer_id(provider),
        "name": provider.name,
        "verificationMethod": [method],
        "assertionMethod": [method["id"]],
    }


def verification_method_document(provider: Provider) -> dict[str, Any]:
    """The key alone, as a verifier's document loader returns it for the key's id."""
    key = keys.key_for(provider)
    return {
        "@context": MULTIKEY_CONTEXT,
        "id": verification_method_id(provider, key),
        "type": "Multikey",
        "controller": issuer_id(provider),
        "publicKeyMultibase": key.public_key_multibase,
    }
