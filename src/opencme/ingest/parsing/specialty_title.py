"""Specialties the activity's name states (R-SP-6; docs/corpus.md "Specialties"):

- specialists named as the modifier of the activity's noun in its title: "GP Education
  Program", "Paediatricians' Update Day", "Family Physician Refresher Course", "Psychiatrists
  Training Series" (an education for them: its target); a profession ("Nurse Education Day")
  is the audience's, no specialty;
- a review course in a specialty, in the title or where the page names its event ("The 11th
  Comprehensive Review Course in PM&R will be held …", "Board Review Course in Cardiology"):
  a review of a specialty prepares its specialists.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_EVENT_NOUN = (
    r"(?:education|training|cpd|cme|updates?|refresher|review|programs?|programmes?|courses?|"
    r"workshops?|masterclass(?:es)?|study\s+days?|conferences?|forums?|symposi(?:um|a)|"
    r"meetings?|days?|series|evenings?|webinars?)"
)
# the usual short names of specialties a review course is named by (their ABMS/RCPSC names)
_SHORT_NAMES = {
    "pm&r": "Physical Medicine and Rehabilitation",
    "pmr": "Physical Medicine and Rehabilitation",
    "ob/gyn": "Obstetrics and Gynecology",
    "obgyn": "Obstetrics and Gynecology",
}
_REVIEW = lazy_compile(
    r"\breview\s+course\s+in\s+(?P<field>(?:[A-Za-z&/]+)(?:\s+(?:and|&)\s+[A-Za-z]+|\s+[A-Za-z]+)"
    r"{0,3}?)(?=\s+(?:will|is|was|takes?|runs?|\d|20\d\d|[-–(:,])|\s*$)",
    re.IGNORECASE,
)
_HOSTED = lazy_compile(
    r"\b(?:will\s+be\s+held|takes\s+place|is\s+held|will\s+take\s+place)\b", re.I
)


def _title_lines(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    return [d.text for d in diags if d.field == "title" and d.status == "used"]


def title_specialties(
    doc: Doc,
    diags: list[Diagnostic],
    nouns: dict[str, str],
    field_specialty: Callable[[str], str | None],
    modified_not: frozenset[str] = frozenset(),
) -> list[str]:
    """The specialties the title's modifier or a review course's field names."""
    out: list[str] = []
    titles = _title_lines(doc, diags)
    for t in titles:
        low = t.lower()
        for noun, specialty in nouns.items():
            if noun in modified_not or noun.split()[-1].rstrip("s") not in low:
                continue  # "Wound Care Surgeons Workshop": surgeons of another field
            singular = noun[:-1] if noun.endswith("s") else noun
            rx = rf"(?<![\w-])(?:{re.escape(noun)}|{re.escape(singular)})['’]?s?\s+{_EVENT_NOUN}\b"
            if re.search(rx, low):
                out.append(specialty)
    if "review course" in doc.low:
        lines = titles + [ln.text for ln in doc.lines if "review course" in ln.text.lower()]
        for i, t in enumerate(lines):
            if i >= len(titles) and not _HOSTED.search(t):
                continue  # a review course named elsewhere may be another's (a menu)
            for m in _REVIEW.finditer(t):
                field = " ".join(m["field"].split())
                found = _SHORT_NAMES.get(field.lower()) or field_specialty(field)
                if found:
                    out.append(found)
    return list(dict.fromkeys(out))
