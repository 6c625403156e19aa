"""The private calendar address: a random nonce kept in the database, signed with the site's
secret in the address. Whoever reads the database alone cannot make an address; a new nonce
makes every earlier address answer 404."""

from __future__ import annotations

import secrets

from django.core import signing

KEY_MAX = 200  # a longer address is none this site made
_SIGNER = signing.Signer(salt="opencme.requirements.feed", sep=".")


def new_nonce() -> str:
    return secrets.token_urlsafe(18)


def key_for(nonce: str) -> str:
    """The secret part of the calendar address."""
    return _SIGNER.sign(nonce)


def nonce_of(key: str) -> str | None:
    """The nonce a key carries, or None when the key is not one this site signed."""
    try:
        return _SIGNER.unsign(key)
    except signing.BadSignature:
        return None
