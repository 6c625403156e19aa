"""A programme's line naming a session, then its speaker (R-PE-2).

Programmes name each session's speaker after its title and a dash: a talk's title in quotes
("“Title of the talk” — Jo Roe MD"), or a title after a session's number or time ("Module 1:
Screening Children - Dr Ana Roe", "Session 3: Ulcers – Bo Li, RN", "9:30 am Opening — Dr Ana
Roe"). The line is read from the speaker on; a title without such a mark before its dash
("Contact - Dr Ana Roe", "Registration – Bo Li, RN") is not a session's and stays whole.
"""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

_SESSION_TITLE = lazy_compile(
    r"^(?:[“\"][^”\"]{1,150}[”\"]\s*[—–-]"  # a quoted talk title
    r"|(?:(?i:Module|Session|Lecture|Part|Unit|Day|Week|Workshop|Webinar|Topic)\s+\d{1,2}[.:]?"
    r"|\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.]\d{2}\s*(?i:[ap]\.?m\.?)?)?)"
    r"\s+[^–—|]{3,150}?(?:\s+[-|]\s|\s*[—–]))"  # a session's number or time, its title
    r"\s*(?=[A-Z])"
)


def from_speaker(text: str) -> str:
    """`text` from the speaker on when it is a programme's session line (module docstring)."""
    if len(text) < 8:
        return text
    return _SESSION_TITLE.sub("", text, count=1)
