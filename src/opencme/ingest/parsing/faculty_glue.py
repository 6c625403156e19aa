"""Text a page's HTML glued together around a person (R-PE-1).

A page that shows a photo's caption and the name under it stores the name twice with nothing
between ("Ana Roe, MD, FACPAna Roe, MD, FACP (Moderator)"): the run up to where the line
starts again is its own copy, and the person is read from the copy (its credentials no longer
run into the next name's first letters). A page whose name and title sit in two boxes stores
them glued ("Ana Roe, MDProfessor of Surgery", "Ana Roe, RNBo Li, MD"): a known credential
glued to a capitalised word ends there.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import CREDENTIALS, PEOPLE_ROLES

_KNOWN = sorted(set(CREDENTIALS) | set(PEOPLE_ROLES["credentials"]["tokens"]), key=len)[::-1]
# a known credential after a comma or a space, glued to a capitalised word
_GLUED = lazy_compile(r"(?<=[ ,])(" + "|".join(re.escape(c) for c in _KNOWN) + r")(?=[A-Z][a-z])")
# a cheap test first: two capitals before a small letter ("MDPr"); what was a second branch,
# a small letter before them ("aMDPr"), holds the first one, so a search finds the same lines
_MAY_GLUE = lazy_compile(r"[A-Z][A-Z][a-z]")


def undouble(text: str) -> str:
    """`text` without a leading copy of itself ("XX…" -> "X…"), for a copy of 8 characters or
    more, and with a space after a credential glued to the next word ("MDProfessor" -> "MD
    Professor"); other text unchanged."""
    if len(text) < 16:
        return text
    at = text.find(text[:8], 8)
    if at > 0 and text[at : 2 * at] == text[:at]:
        text = text[at:]
    if _MAY_GLUE.search(text):
        text = _GLUED.sub(r"\1 ", text)
    return text


# an employer's possessive before a person ("Elm Hospital’s Ana Roe, RN", "Harbor – Northgate
# Medical Center’s Dr Bo Li"): the employer goes, the person stays (as in news prose, R-PE-5)
_OWNER_FIRST = lazy_compile(
    r"^(?:the\s+)?[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|the|&|[–—-])\s+)*[A-Z][\w&.-]*){0,7}"
    r"[’']s\s+(?=[A-Z])"
)


def without_owner(text: str) -> str:
    """`text` without an employer's possessive before the person it starts with (above)."""
    if "’s " in text[:120] or "'s " in text[:120]:
        return _OWNER_FIRST.sub("", text, count=1)
    return text
