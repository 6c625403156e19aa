"""More people on a line after the first one's role and affiliation (R-PE-9).

A line listing several people often gives each one's post and institution before the next
person, so no separator follows a name directly: "Speakers: Ana Roe MD, Professor of Medicine,
Lakeside University; Bo Li RN, Nurse Manager, Hill Hospital", or, where a page's boxes were
glued, "Ana Roe MD Professor of Medicine, Lakeside University Bo Li RN Nurse Manager, Hill
Hospital". The next person starts
- after a semicolon or a vertical bar;
- after an "and" that follows an affiliation ("…, Hill Hospital, and Dr Bo Li");
- right after a word that ends a post or an institution (University, Hospital, Trust, Manager,
  Medicine, Cardiology …), the glued case: the name's own words are never such words.
A person found there needs post-nominal letters or an honorific (never a bare name), the text
between must hold no sentence (no verb of a biography or a disclosure, no full stop), and the
line is read at most 400 characters on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from opencme.ingest.parsing.lazyre import lazy_compile

# words that end a post or an institution's name (a name never holds one)
_AFFIL_END = lazy_compile(
    r"(?:University|College|Hospital|Institute|Center|Centre|School|Clinic|Trust|Health|Care|"
    r"Medicine|Surgery|Nursing|Pharmacy|Dentistry|Campus|Service|Services|Unit|Department|"
    r"Foundation|Network|System|Partners|Group|Practice|Inc|Ltd|LLC|NHS|"
    r"Director|Manager|Professor|Lecturer|Consultant|Specialist|Officer|Chair|Chief|Head|Lead|"
    r"Physician|Surgeon|Nurse|Pharmacist|Therapist|Educator|Practitioner|Researcher|Scientist|"
    r"[A-Z][a-z]+(?:ology|ologist|iatry|iatrist|ics))$"
)
_START = lazy_compile(r"[;|]\s*(?:and\s+)?|,?\s+(?:and|&)\s+|\s+(?=[A-Z])")
# a sentence between two people: a verb of a biography or a disclosure, or a full stop
_SENTENCE = lazy_compile(
    r"\b(?:is|are|was|were|has|have|had|will|who|which|reports?|received|serves|disclos\w*)\b"
    r"|[a-z]{2}\.\s",
    re.IGNORECASE,
)
Reader = Callable[[str, bool], tuple[list[str], int]]


def chained(text: str, end: int, read: Reader) -> list[str]:
    """The people after the first ones (which end at `end`) in `text` (module docstring);
    `read` is `faculty._people_at`."""
    out: list[str] = []
    stop = min(len(text), end + 400)
    if stop - end < 8:
        return out
    last = end
    for m in _START.finditer(text, end, stop):
        if m.end() <= last:
            continue
        sep = m.group()
        before = text[last : m.start()]
        if not sep.strip():  # glued: the word before must end a post or an institution
            words = before.split()
            if not words or not _AFFIL_END.search(words[-1]):  # "Medicine, Marlow Bo Li"
                continue
        elif sep.strip(" ,") in ("and", "&"):  # "…, Hill Hospital, and Dr Bo Li"
            prev = before.rstrip(" ,").split()
            if not prev or not _AFFIL_END.search(prev[-1]):
                continue
        if _SENTENCE.search(before):
            break
        found, n = read(text[m.end() : stop], False)
        if found and not any(_AFFIL_END.search(w) for w in found[0].split(",")[0].split()):
            out.extend(found)
            last = m.end() + n
    return out
