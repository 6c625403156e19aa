"""Person names with their credentials, as faculty lines write them.

A name is two to five capitalised words (particles such as "de", "van" allowed), optionally
after honorifics (Dr, Professor, Sir...), optionally followed by credentials: the known list
(`parsing.vocab.CREDENTIALS`) or any all-capitals token (LCSW-S, FACS). A line gives the names
at its start and those after a list separator (comma, semicolon, "and", "&", "|"), so role and
affiliation text after a name ("Chair", "University of ...") is left out.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.vocab import CREDENTIALS

_HONORIFIC = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame|Assoc\.?\s+Prof)\.?\s+)"
_CAP = r"[A-Z][\w'’.-]*"
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|la|le|di|du|bin|al)"
_CRED_ALT = "|".join(re.escape(c) for c in sorted(CREDENTIALS, key=len, reverse=True))
_CRED = rf"(?:{_CRED_ALT}|(?:[A-Z][a-z]?\.){{2,4}}|[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*|[A-Z]-[A-Z]+)"
PERSON = re.compile(
    rf"(?P<name>{_HONORIFIC}*{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{1,4}})"
    rf"(?P<creds>(?:,?\s+{_CRED}\.?(?=[\s,;)|]|$))*)"
)
_GAP = re.compile(r"^\s*(?:[,;&|/]|\band\b)[\s,;&|/]*(?:and\s+)?$")
_LEAD = re.compile(
    r"^\s*(?:[^:]{1,40}:\s*)?(?:(?:presented|hosted|moderated|led|written|taught|facilitated|"
    r"delivered)\s+)?(?:by\s+)?$",
    re.IGNORECASE,
)
_NOT_NAME = re.compile(r"\b(?:University|College|Hospital|Society|Association|Institute|Center)\b")


def person_spans(text: str) -> list[str]:
    """The people a faculty line names, each with the credentials written after it."""
    out: list[str] = []
    prev_end = None
    for m in PERSON.finditer(text):
        if text[m.end() : m.end() + 1] == ":":
            continue  # a key ("Course Director:"), not a name
        gap = text[prev_end : m.start()] if prev_end is not None else text[: m.start()]
        ok = _GAP.match(gap) if prev_end is not None else _LEAD.match(gap)
        if not ok:
            if prev_end is None:
                return []
            break
        name = m.group("name")
        if _NOT_NAME.search(name) or name.isupper():
            break
        value = (name + m.group("creds")).strip().rstrip(".")
        if value not in out:
            out.append(value)
        prev_end = m.end()
    return out
