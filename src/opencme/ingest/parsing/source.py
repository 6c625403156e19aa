"""Input validation for listing files: bytes in, text out, or one clear reason.

`read_listing_bytes` is pure: it never touches the file system, so the importer command,
the loader and the web form share it. Text and HTML come back as they are (the parser reads
HTML itself); a PDF comes back as the text of its text layer (``parsing.pdf``).
"""

from __future__ import annotations

import codecs
import re

MAX_LISTING_BYTES = 5 * 1024 * 1024
_SNIFF = 8192
# A saved web page keeps the encoding its server sent and says so in its head:
# <meta charset="windows-1252"> or <meta http-equiv="Content-Type" content="...; charset=...">.
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)


class ListingError(ValueError):
    """A listing that cannot be parsed; `message` is one line a person can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_listing_bytes(data: bytes, *, max_bytes: int = MAX_LISTING_BYTES) -> str:
    """Decode a listing file, refusing empty, binary, oversized or non-UTF-8 input.

    A UTF-8 byte order mark is dropped. A PDF (known by its header, not its name) gives the
    text of its text layer, at most ``max_bytes`` characters of it. Raises `ListingError`
    with a one-line reason.
    """
    size = len(data)
    if size == 0 or not data.strip():
        raise ListingError("empty file: there is no listing text to parse")
    if size > max_bytes:
        raise ListingError(f"file too large: {size} bytes, the limit is {max_bytes} bytes")
    # Imported here: pdf.py needs ListingError from this module.
    from opencme.ingest.parsing.pdf import is_pdf, pdf_text

    if is_pdf(data):
        return pdf_text(data, max_chars=max_bytes)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Saved as "Unicode" (UTF-16 with its byte order mark) by Windows editors.
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ListingError(
                "not UTF-16 text as its byte order mark says; save as UTF-8"
            ) from None
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise ListingError("binary file: listings must be plain text, HTML or a PDF")
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if controls * 20 > len(head):
        raise ListingError("binary file: too many control characters for a text listing")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        declared = _declared_decode(data)
        if declared is None:
            raise ListingError(
                f"not UTF-8 text: undecodable byte at offset {exc.start}; save the file as UTF-8"
            ) from None
        text = declared
    if not any(ch.isalpha() for ch in text):
        raise ListingError("unparseable: the file contains no words")
    return text


def _declared_decode(data: bytes) -> str | None:
    """The text of an HTML page in the encoding its own <meta> declares, or None.

    Only a declaration in the page's first bytes counts (where HTML requires it); a text
    file without one stays refused rather than guessed at."""
    found = _META_CHARSET.search(data[:2048])
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
        return None if name == "utf-8" else data.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None
