"""Providers' Ed25519 signing keys: made on first use, kept encrypted, never shown.

The private key is encrypted with Fernet under ``settings.CERTIFICATE_KEY`` (a Fernet key); when
that is not set, a key derived from ``SECRET_KEY`` is used, which ``check --deploy`` refuses.
"""

from __future__ import annotations

import base64
from functools import cache

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.db import IntegrityError, transaction

from opencme.certificates.models import ProviderKey
from opencme.certificates.signing import multibase
from opencme.core import rows
from opencme.providers.models import Provider

_RAW = serialization.Encoding.Raw
_RAW_PRIVATE = serialization.PrivateFormat.Raw
_RAW_PUBLIC = serialization.PublicFormat.Raw


class KeyUnusable(RuntimeError):
    """The certificate key cannot decrypt a stored signing key (it was changed or lost)."""


def fernet_key() -> bytes:
    return fernet_key_for(
        certificate_key=getattr(settings, "CERTIFICATE_KEY", "") or "",
        secret_key=settings.SECRET_KEY,
    )


def fernet_key_for(*, certificate_key: str, secret_key: str) -> bytes:
    """The Fernet key these settings give: the certificate key, else one derived from the
    secret key."""
    if certificate_key.strip():
        return certificate_key.strip().encode()
    derived = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"opencme.certificates.keys"
    ).derive(secret_key.encode())
    return base64.urlsafe_b64encode(derived)


def check_fernet_key(value: str) -> str | None:
    """Why ``value`` is not a usable certificate key (None: it is)."""
    try:
        Fernet(value.strip().encode())
    except (ValueError, TypeError):
        return "must be 32 bytes in URL-safe base64 (make one with Fernet.generate_key())"
    return None


def _fernet() -> Fernet:
    return Fernet(fernet_key())


def _new_key(provider: Provider) -> ProviderKey:
    private = Ed25519PrivateKey.generate()
    raw_private = private.private_bytes(_RAW, _RAW_PRIVATE, serialization.NoEncryption())
    raw_public = private.public_key().public_bytes(_RAW, _RAW_PUBLIC)
    return ProviderKey(
        provider=provider,
        public_key_multibase=multibase.public_key_multibase(raw_public),
        private_key_encrypted=_fernet().encrypt(raw_private).decode(),
    )


def key_for(provider: Provider) -> ProviderKey:
    """The provider's key, made and stored the first time it is needed."""
    found = rows.select(ProviderKey, provider=provider.pk)
    if found:
        return found[0]
    try:
        with transaction.atomic():
            key = _new_key(provider)
            key.save()
    except IntegrityError:  # made at the same moment by another request
        key = ProviderKey.objects.get(provider=provider)
    return key


@cache
def _private(key_id: int, encrypted: str, fernet_key_value: bytes) -> Ed25519PrivateKey:
    try:
        raw = Fernet(fernet_key_value).decrypt(encrypted.encode())
    except InvalidToken as exc:
        raise KeyUnusable(
            "the certificate key (OPENCME_CERTIFICATE_KEY) cannot decrypt this provider's "
            "signing key; restore the key it was made with"
        ) from exc
    return Ed25519PrivateKey.from_private_bytes(raw)


def locked_keys(fernet_key_value: bytes | None = None) -> list[ProviderKey]:
    """The stored signing keys ``fernet_key_value`` (default: the configured certificate key)
    cannot decrypt: a database restored without the key its signing keys were stored with."""
    fernet = Fernet(fernet_key_value or fernet_key())
    locked = []
    for key in ProviderKey.objects.select_related("provider").order_by("pk"):
        try:
            fernet.decrypt(key.private_key_encrypted.encode())
        except InvalidToken:
            locked.append(key)
    return locked


def private_key(key: ProviderKey) -> Ed25519PrivateKey:
    return _private(key.pk, key.private_key_encrypted, fernet_key())


def public_key_bytes(key: ProviderKey) -> bytes:
    return multibase.public_key_from_multibase(key.public_key_multibase)
