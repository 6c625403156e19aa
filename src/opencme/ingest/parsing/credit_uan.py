"""R-CR-74: an ACPE Universal Activity Number on the page offers ACPE credit.

ACPE assigns a UAN only to an activity its accredited provider offers for pharmacy credit
("0999-0000-26-101-H01-P": provider, joint provider, year, sequence, activity type and topic,
audience; ACPE Policies and Procedures Manual; a Joint Accreditation provider's number starts
with "JA"). A page that gives one and whose credit readers found no ACPE designation offers
`ACPE` with `amount: null` (docs/corpus.md, Credits); no amount is read from the number.
"""

from __future__ import annotations

from opencme.ingest.parsing.credit_text import Mention
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# the same shapes as the record's `uan` field: hyphenated (new 4-digit and old 3-digit
# provider numbers) or the thirteen digits written without hyphens
_UAN = lazy_compile(
    r"\b(?:JA)?\d{4}-\d{4}-\d{2}-\d{3}-[LHB]\d{2}(?:-[PT])?\b|"
    r"\b\d{3}-\d{3}-\d{2}-\d{3}-[LHB]\d{2}(?:-[PT])?\b|"
    r"\b(?:JA)?\d{13}[LHB]\d{2}[PT]?\b"
)


def uan_acpe(doc: Doc, mentions: list[Mention]) -> None:
    """Add ACPE, amount null, when the page states a UAN and no ACPE credit was read."""
    if any(m.code == "ACPE" for m in mentions):
        return
    low = doc.low
    if not ("-h" in low or "-l" in low or "-b" in low or "h0" in low or "l0" in low):
        return  # every UAN has its activity type letter after a digit or hyphen
    m = _UAN.search(doc.flat)
    if m is None:
        return
    ln = doc.line_at(m.start())
    mentions.append(Mention("ACPE", None, None, None, ln.no, ln.text))
