"""Multibase base58-btc (``z...``) and the Ed25519 Multikey header, as Data Integrity uses them."""

from __future__ import annotations

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}
ED25519_PUB_HEADER = b"\xed\x01"  # multicodec ed25519-pub, varint-encoded


def b58encode(data: bytes) -> str:
    zeros = len(data) - len(data.lstrip(b"\0"))
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, rem = divmod(number, 58)
        out.append(ALPHABET[rem])
    return "1" * zeros + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    zeros = len(text) - len(text.lstrip("1"))
    number = 0
    for char in text:
        if char not in _INDEX:
            raise ValueError(f"{char!r} is not a base58 character")
        number = number * 58 + _INDEX[char]
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\0" * zeros + body


def encode(data: bytes) -> str:
    """Multibase base58-btc: ``z`` followed by the base58 text."""
    return "z" + b58encode(data)


def decode(text: str) -> bytes:
    if not text.startswith("z"):
        raise ValueError("only multibase base58-btc ('z...') is supported")
    return b58decode(text[1:])


def public_key_multibase(raw: bytes) -> str:
    """An Ed25519 public key as a Multikey ``publicKeyMultibase`` (``z6Mk...``)."""
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return encode(ED25519_PUB_HEADER + raw)


def public_key_from_multibase(text: str) -> bytes:
    data = decode(text)
    if not data.startswith(ED25519_PUB_HEADER) or len(data) != 34:
        raise ValueError("not an Ed25519 Multikey public key")
    return data[2:]
