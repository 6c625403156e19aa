"""Input validation for listing files: bytes in, text out, or one clear reason.

`read_listing_bytes` is pure: it never touches the file system, so the importer command,
the loader and the web form share it.
"""

from __future__ import annotations

MAX_LISTING_BYTES = 5 * 1024 * 1024
_SNIFF = 8192


class ListingError(ValueError):
    """A listing that cannot be parsed; `message` is one line a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_listing_bytes(data: bytes, *, max_bytes: int = MAX_LISTING_BYTES) -> str:
    """Decode a listing file, refusing empty, binary, oversized or non-UTF-8 input.

    A UTF-8 byte order mark is dropped. Raises `ListingError` with a one-line reason.
    """
    size = len(data)
    if size == 0 or not data.strip():
        raise ListingError("empty file: there is no listing text to parse")
    if size > max_bytes:
        raise ListingError(f"file too large: {size} bytes, the limit is {max_bytes} bytes")
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise ListingError("binary file: listings must be plain text or HTML")
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls * 20 > len(head):
        raise ListingError("binary file: too many control characters for a text listing")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ListingError(
            f"not UTF-8 text: undecodable byte at offset {exc.start}; save the file as UTF-8"
        ) from None
    if not any(ch.isalpha() for ch in text):
        raise ListingError("unparseable: the file contains no words")
    return text
