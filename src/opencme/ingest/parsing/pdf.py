"""PDF brochures: the text layer of a PDF, or one line saying why there is none.

Providers publish course brochures as PDFs; the importer reads the words the PDF carries
(its text layer) and parses them like a pasted listing. There is no OCR: a scanned brochure
is refused with a message that says what to give instead.

pypdf is imported only when a PDF arrives, so the commands that never see one (and
``parse-listing`` on text) start without it. A PDF is recognised by its header, never by the
file's name: an upload called ``listing.txt`` that is a PDF is read as one.
"""

from __future__ import annotations

import io
import logging
import warnings

from opencme.ingest.parsing.source import ListingError

_MAGIC = b"%PDF-"
# PDF readers accept the header anywhere in the first 1024 bytes (ISO 32000-1, Annex H.3,
# note 13); we accept it there only after nothing but whitespace, so a text listing that
# quotes "%PDF-" is still read as text.
_HEADER_WITHIN = 1024

# A brochure for one activity is a few pages; a conference programme some dozens. Reading a
# page's text costs time bounded only by its streams (pypdf caps each at 75 MB decoded), so a
# 5 MB file of thousands of pages is refused before any is read.
MAX_PAGES = 200

NO_TEXT_LAYER = (
    "this PDF has no text layer (a scanned image?); paste the text or give the page's address"
)

# pypdf reports damaged files through the "pypdf" logger. A library's logger with no handler
# falls to logging's last resort, which writes to stderr: one NullHandler keeps those notes
# out of the command's output while an application's own logging still receives them.
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def is_pdf(data: bytes) -> bool:
    """True when ``data`` starts (after optional whitespace) with the PDF header."""
    start = data.find(_MAGIC, 0, _HEADER_WITHIN)
    return start >= 0 and not data[:start].strip()


def pdf_text(data: bytes, *, max_chars: int) -> str:
    """The text layer of the PDF in ``data``, pages joined by blank lines.

    Raises ``ListingError`` with one line when the PDF is damaged, locked by a password,
    holds no text (a scanned image) or more than ``max_chars`` characters of it. pypdf is a
    parser of untrusted input that can fail in many ways on a damaged file; any failure it
    raises is one refusal here, never a traceback."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    pages: list[str] = []
    size = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            # Many PDFs are encrypted only to restrict printing or copying: their user
            # password is empty and any reader opens them. Others need a password we lack.
            if reader.is_encrypted and not reader.decrypt(""):
                raise ListingError(_LOCKED)
            if len(reader.pages) > MAX_PAGES:
                raise ListingError(
                    f"this PDF has {len(reader.pages)} pages, more than {MAX_PAGES}: "
                    "give the pages of the one activity"
                )
            for page in reader.pages:
                text = page.extract_text() or ""
                size += len(text)
                if size > max_chars:
                    raise ListingError(
                        f"file too large: the PDF holds more than {max_chars} characters "
                        "of text; give the pages of the one activity"
                    )
                pages.append(text)
    except ListingError:
        raise
    except FileNotDecryptedError:
        raise ListingError(_LOCKED) from None
    except Exception as exc:  # every failure of the reader is one line (see the docstring)
        raise ListingError(
            f"this PDF cannot be read (damaged or incomplete: {type(exc).__name__}); "
            "save it again or paste its text"
        ) from None
    if not pages:
        raise ListingError("this PDF has no pages; save it again or paste its text")
    text = "\n\n".join(_unwrap(page) for page in pages)
    if not any(ch.isalpha() for ch in text):
        raise ListingError(NO_TEXT_LAYER)
    return text


def _unwrap(page: str) -> str:
    """A page's lines with the PDF's hard wraps undone where that is safe.

    A PDF breaks a paragraph into lines of the page's width; a listing pasted from a web
    page does not, and the parser reads a line at a time. A line is joined to the one before
    when that one is near full width, does not end a sentence or a key, and this one starts
    in lower case (a new field, heading or item starts with a capital or a bullet). Lines of
    nothing but bullet glyphs are dropped: in the text layer they come out of order, at the
    end of the page, far from their items."""
    lines = [line.rstrip() for line in page.strip().splitlines()]
    lines = [line for line in lines if not line or line.strip(_BULLETS + " ")]
    widths = sorted(len(line) for line in lines if line)
    if not widths:
        return ""
    full = widths[int(len(widths) * 0.9)] * 0.7
    out: list[str] = []
    for line in lines:
        stripped = line.lstrip()
        if out and stripped[:1].islower() and len(out[-1]) >= full and out[-1][-1:] not in _ENDS:
            out[-1] = f"{out[-1]} {stripped}"
        else:
            out.append(line)
    return "\n".join(out)


_BULLETS = "\u2022\u25aa\u25cf\u25e6\u2023\u2043\u00b7\uf0b7-*"
_ENDS = ".:;!?"
_LOCKED = "this PDF is locked with a password; open it, then paste its text or save a copy"
