"""The official Open Badges 3.0 signing test vector (1EdTech, ../shared/interop/openbadges/),
reproduced byte for byte: canonical forms, hashes, signature and proofValue. No database."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyld import jsonld

from opencme.certificates.signing import multibase, proof
from opencme.certificates.signing.contexts import canonize, document_loader

VECTORS = Path(__file__).resolve().parents[5] / "shared" / "interop" / "openbadges"
pytestmark = pytest.mark.skipif(not VECTORS.is_dir(), reason="../shared/interop is not beside")

PUBLIC_HEX = "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
PRIVATE_HEX = (
    "6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4"
    "4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5"
)
METHOD = "https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"
CREDENTIAL: dict[str, Any] = {
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    "id": "http://example.com/credentials/3527",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {
        "id": "https://example.edu/issuers/565049",
        "type": ["Profile"],
        "url": "https://www.imsglobal.org",
        "name": "Example Corp",
    },
    "validFrom": "2010-01-01T00:00:00Z",
    "name": "Teamwork Badge",
    "credentialSubject": {
        "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://example.com/achievements/21st-century-skills/teamwork",
            "type": ["Achievement"],
            "criteria": {
                "narrative": "Team members are nominated for this badge by their peers and "
                "recognized upon review by Example Corp management."
            },
            "description": "This badge recognizes the development of the capacity to "
            "collaborate within a group environment.",
            "name": "Teamwork",
        },
    },
}
OPTIONS = proof.proof_options(verification_method=METHOD, created="2010-01-01T19:23:24Z")


def _expected(label: str) -> str:
    """A hex or proofValue given in the vector page after ``label``."""
    html = (VECTORS / "linked-data-proof-ob.html").read_text()
    match = re.search(re.escape(label) + r".*?<code\s*>\s*([0-9A-Za-z]+)\s*</code", html, re.S)
    assert match, label
    return match.group(1)


def _key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(PRIVATE_HEX)[:32])


def test_vector_public_key_multikey():
    assert _key().public_key().public_bytes_raw().hex() == PUBLIC_HEX
    assert multibase.public_key_multibase(bytes.fromhex(PUBLIC_HEX)) == METHOD.split("#")[1]
    assert multibase.public_key_from_multibase(METHOD.split("#")[1]).hex() == PUBLIC_HEX


def test_vector_canonical_forms_match():
    assert canonize(CREDENTIAL) == (VECTORS / "document-canon.txt").read_text()
    config = {"@context": CREDENTIAL["@context"], **OPTIONS}
    assert canonize(config) == (VECTORS / "proof-canon.txt").read_text()


def test_vector_hashes_match():
    data = proof.hash_data(CREDENTIAL, OPTIONS)
    assert data[:32].hex() == _expected("Proof hash (hex)")
    assert data[32:].hex() == _expected("Document hash (hex)")
    assert data.hex() == _expected("Data to sign (hex)")


def test_vector_proof_value_reproduced():
    signed = proof.sign(
        CREDENTIAL, key=_key(), verification_method=METHOD, created="2010-01-01T19:23:24Z"
    )
    assert multibase.decode(signed["proof"]["proofValue"]).hex() == _expected("Signature (hex)")
    assert signed["proof"]["proofValue"] == _expected("Proof value (hex)")
    assert signed["proof"]["proofValue"] == (
        "z5x9aCBYovW3CQCbKdNyhEm7ffYSw1YpEdPywQJoNbzDD2gkzQDKJ1sYKJaWvqZtkMtSbz35HcbgXVEDYHxCzgkCr"
    )
    assert proof.verify(signed, public_key=bytes.fromhex(PUBLIC_HEX))


def test_vector_tampered_document_fails_our_verify():
    signed = proof.sign(
        CREDENTIAL, key=_key(), verification_method=METHOD, created="2010-01-01T19:23:24Z"
    )
    signed["name"] = "Teamwork Badge (forged)"
    assert not proof.verify(signed, public_key=bytes.fromhex(PUBLIC_HEX))


def test_multibase_round_trip_keeps_leading_zeros():
    for raw in (b"", b"\0", b"\0\0\x01\xff", bytes(range(64))):
        assert multibase.decode(multibase.encode(raw)) == raw


def _variants() -> list[dict[str, Any]]:
    """Credentials of the shapes we issue and the vector's, and their proof options."""
    credit = copy.deepcopy(CREDENTIAL)
    subject = credit["credentialSubject"]
    del subject["id"]
    subject["identifier"] = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": "Ada Lovelace",
        }
    ]
    subject["creditsEarned"] = 1.25
    subject["activityStartDate"] = "2026-11-01T00:00:00Z"
    subject["achievement"]["fieldOfStudy"] = "AMA PRA Category 1 Credit"
    participation = copy.deepcopy(credit)
    del participation["issuer"]["url"]
    del participation["credentialSubject"]["creditsEarned"]
    participation["name"] = "Certificate of participation"
    documents = [CREDENTIAL, credit, participation]
    return documents + [
        {"@context": d["@context"], **OPTIONS, "created": f"2026-11-2{n}T10:00:00Z"}
        for n, d in enumerate(documents)
    ]


def test_kept_contexts_canonize_as_plain_pyld_does():
    """canonize keeps processed contexts from one document to the next: each document, in any
    order and again, canonicalises to what pyld's own processor gives on its own."""
    options = {
        "algorithm": "URDNA2015",
        "format": "application/n-quads",
        "documentLoader": document_loader,
        "safe": True,
    }
    documents = _variants()
    expected = [jsonld.JsonLdProcessor().normalize(d, dict(options)) for d in documents]
    assert len(set(expected)) == len(documents)
    for order in (documents, documents[::-1], documents):
        got = [canonize(d) for d in order]
        assert got == [expected[documents.index(d)] for d in order]
