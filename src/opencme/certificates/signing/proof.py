"""Data Integrity proofs with the ``eddsa-rdfc-2022`` cryptosuite (W3C VC Data Integrity EdDSA).

Signing: canonicalize the proof options (with the document's ``@context``) and the document
without its proof, hash each with SHA-256, sign ``hash(proof options) || hash(document)`` with
Ed25519, and put the signature in ``proofValue`` as multibase base58-btc.
"""

from __future__ import annotations

import copy
import hashlib
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from opencme.certificates.signing import multibase
from opencme.certificates.signing.contexts import canonize

CRYPTOSUITE = "eddsa-rdfc-2022"


def proof_options(*, verification_method: str, created: str) -> dict[str, Any]:
    return {
        "type": "DataIntegrityProof",
        "created": created,
        "verificationMethod": verification_method,
        "cryptosuite": CRYPTOSUITE,
        "proofPurpose": "assertionMethod",
    }


def hash_data(document: dict[str, Any], options: dict[str, Any]) -> bytes:
    """SHA-256 of the canonical proof options followed by SHA-256 of the canonical document."""
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    config = {"@context": unsigned["@context"], **options}
    config.pop("proofValue", None)
    return (
        hashlib.sha256(canonize(config).encode()).digest()
        + hashlib.sha256(canonize(unsigned).encode()).digest()
    )


def sign(
    document: dict[str, Any],
    *,
    key: Ed25519PrivateKey,
    verification_method: str,
    created: str,
) -> dict[str, Any]:
    """A copy of ``document`` with a ``DataIntegrityProof`` added."""
    options = proof_options(verification_method=verification_method, created=created)
    signature = key.sign(hash_data(document, options))
    signed = copy.deepcopy(document)
    signed["proof"] = {**options, "proofValue": multibase.encode(signature)}
    return signed


def verify(document: dict[str, Any], *, public_key: bytes) -> bool:
    """True when the document's proof is an ``eddsa-rdfc-2022`` signature by ``public_key``
    over exactly this document."""
    proof = document.get("proof")
    if not isinstance(proof, dict) or proof.get("cryptosuite") != CRYPTOSUITE:
        return False
    try:
        signature = multibase.decode(str(proof.get("proofValue", "")))
        options = {k: v for k, v in proof.items() if k != "proofValue"}
        Ed25519PublicKey.from_public_bytes(public_key).verify(
            signature, hash_data(document, options)
        )
    except (InvalidSignature, ValueError):
        return False
    return True
