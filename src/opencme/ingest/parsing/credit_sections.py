"""R-CR-78: a section of the Royal College of Physicians and Surgeons of Canada's MOC Program.

The Royal College's Maintenance of Certification Program counts credit in three sections
(Section 1 accredited group learning, Section 2 self-learning, Section 3 assessment, such as
accredited simulation: https://www.royalcollege.ca/en/cpd/moc-program/moc-framework). An
activity that is accredited under a section ("an accredited group learning activity under
Section 1 of the MOC Program", "are Accredited Simulation Activities (Section 3) as defined by
the MOC Program") offers that section's credit: `OTHER` "MOC Section N", or the words as written
("a scanning activity under Section 2 MOC"). The amount is the hours or credits the same line
lets a participant claim, unless a rate ("per podcast", R-CR-30). Activities of another system
"deemed to be" Section 1 (R-CR-77) are none.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention, neg, number
from opencme.ingest.parsing.lazyre import lazy_compile

_PROGRAM = r"(?:MOC|Maintenance\s+of\s+Certification)\s+Program"
# R-CR-100: the Royal College's accredited kinds are activities and programs ("an Accredited
# Self-Assessment Program (Section 3)", "an Accredited Simulation Activity (Section 3)")
_KIND = r"(?:activit(?:y|ies)|programs?|programmes?)"
_SECTION = lazy_compile(
    rf"\b(?:is|are)\s+(?:an?\s+)?accredited\s+(?:[\w-]+\s+){{0,4}}?{_KIND}\s+"
    r"(?:under\s+Section\s+(?P<a>[123])\s+of\s+the\s+(?:Royal\s+College(?:['’]s)?\s+)?"
    rf"{_PROGRAM}|"
    rf"\(Section\s+(?P<b>[123])\)\s+as\s+defined\s+by\s+the\s+{_PROGRAM})|"
    r"\bactivity\s+under\s+(?P<written>Section\s+(?P<c>[123])\s+MOC)\b",
    re.IGNORECASE,
)
# "Participants may claim up to 12.5 hours", "earn a maximum of 3 credits"
_CLAIM = lazy_compile(
    r"\b(?:claim|earn|receive)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?"
    r"(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+(?P<unit>credit\s+hours?|hours?|credits?)\b",
    re.IGNORECASE,
)


# R-CR-100: a list item or key of a section and its amount, "Royal College MOC Section 1: 6.0
# hours", "MOC Section 3 – 4 credits", "RCPSC Section 1: 2 hours"
_ITEM = lazy_compile(
    r"^[\s•*·▪-]*(?:(?:the\s+)?Royal\s+College\s+|RCPSC\s+)?(?:(?:MOC|Maintenance\s+of\s+"
    r"Certification)(?:\s+Program)?\s+)?Section\s+(?P<n>[123])(?:\s+(?:MOC|credits?))?\s*"
    r"(?:[:–—=]|\s-)\s*(?:up\s+to\s+|a\s+maximum\s+of\s+)?(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*"
    r"(?P<unit>hours?|credits?)?\s*\.?\s*$",
    re.IGNORECASE,
)


def _item(no: int, text: str) -> Mention | None:
    """R-CR-100: a keyed line of a MOC Program section; it must name the Royal College or MOC
    (a bare "Section 1: 2" is any document's section)."""
    m = _ITEM.match(text)
    if m is None or not re.search(r"Royal\s+College|RCPSC|MOC|Maintenance", text, re.IGNORECASE):
        return None
    unit = "hour" if (m.group("unit") or "").lower().startswith("hour") else "credit"
    label = f"MOC Section {m.group('n')}"
    return Mention("OTHER", label, number(m.group("num")), unit, no, text)


def moc_sections(lines: list[tuple[int, str]], mentions: list[Mention]) -> None:
    """R-CR-78: each MOC Program section a line says the activity is accredited under."""
    for no, text in lines:
        if "Section" not in text or "deemed" in text:
            continue
        if len(text) < 80:
            item = _item(no, text)
            if item:
                mentions.append(item)
                continue
        for m in _SECTION.finditer(text):
            if m.group("written"):
                label = " ".join(m.group("written").split())
            else:
                label = f"MOC Section {m.group('a') or m.group('b')}"
            amount: float | None = None
            unit = "credit"
            c = _CLAIM.search(text, m.end())
            if c:
                rate = neg(text[c.start() :], c.start("num") - c.start())
                if not rate:
                    amount = number(c.group("num"))
                    unit = "hour" if "hour" in c.group("unit").lower() else "credit"
            mentions.append(Mention("OTHER", label, amount, unit, no, text))
