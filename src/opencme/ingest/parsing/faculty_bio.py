"""Faculty in a biography's opening (R-PE-8): "Ana Roe, MSN, RN, is a nurse educator at …".

Where no role key and no line of people name the faculty, a paragraph that opens with a person
(credentials or an honorific) and goes on with who they are ("is a/an/the …", "is Professor of
…", "is employed by …", "has been a …", "has over 25 years of …") is a teacher's biography.
A disclosure says the same words of money ("is a consultant for X", "has received
honoraria", "had a financial agreement"): a line naming a financial relationship is none, nor
is a coordinator's or an administrator's, nor a line in a planners', reviewers', staff or
disclosures' section (R-PE-4).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.faculty import (
    _ROLE_WORD,
    _SECTION_HINT,
    _SECTION_STOP,
    _people_at,
)
from opencme.ingest.parsing.layouts import BULLET, Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile

# who the person is, right after the name and its credentials
_BIO = lazy_compile(
    r"\s*,?\s*(?:(?:is|has\s+been)\s+(?:(?:currently|also|now)\s+)?(?:a|an|the|employed|"
    r"(?:associate\s+|assistant\s+|clinical\s+)?professor|director|chief|dean|chair)\b"
    r"|has\s+(?:over|more\s+than|nearly|almost|\d+)\b)",
    re.IGNORECASE,
)
# money and relationships: a disclosure, not a biography; staff who run the activity
_DISCLOSURE = lazy_compile(
    r"disclos|financial|honorari|consult\w*\s+(?:for|to)|bureau|advisory\s+board|stock|"
    r"shareholder|grant|royalt|employee\s+of|relationship|conflict|"
    r"coordinator|administrator|accreditation",  # staff who run the activity, not teach it
    re.IGNORECASE,
)
_CHEAP = lazy_compile(r" (?:is|has) ")


def bio_people(doc: Doc) -> tuple[list[str], list[Line]]:
    """People a biography opens with (module docstring), in order, and their lines."""
    out: list[str] = []
    used: list[Line] = []
    blocked = False
    for ln in doc.lines:
        t = ln.text.strip()
        if not t or len(t) > 3000:
            continue
        if len(t.split()) <= 20 and _SECTION_HINT.search(t.lower()):
            role = _ROLE_WORD.search(t) is not None
            if role or _SECTION_STOP.search(t):
                blocked = not role  # "Presenters/Planners" opens a faculty list
                continue
        if blocked or len(t) < 40 or not _CHEAP.search(t, 0, 200):
            continue
        text = BULLET.sub("", t)
        found, end = _people_at(text, False)
        if found and _BIO.match(text, end) and not _DISCLOSURE.search(text, 0, 400):
            out.extend(found)
            used.append(ln)
    return out, used
