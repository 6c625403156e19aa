"""A programme's line naming a session, then its speaker (R-PE-2).

Programmes name each session's speaker after its title and a dash: a talk's title in quotes
("“Title of the talk” — Jo Roe MD"), or a title after a session's number or time ("Module 1:
Screening Children - Dr Ana Roe", "Session 3: Ulcers – Bo Li, RN", "9:30 am Opening — Dr Ana
Roe"). The line is read from the speaker on; a title without such a mark before its dash
("Contact - Dr Ana Roe", "Registration – Bo Li, RN") is not a session's and stays whole, and so
does a quotation that is a sentence or speaks in the first or second person (a testimonial:
"“Loved every minute!” – Bo Li, RN", "“My practice changed” – Jo Roe, NP").
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


# a quotation that is a sentence or speaks for its writer (a full stop, "!" or "?" closing it,
# a first or second person): a testimonial's, not a talk's title (R-PE-4)
_SAID = lazy_compile(
    r"[.!…][”\"]\s*[—–-]|\b(?:I|I['’]m|I['’]ve|[Mm]y|me|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b(?=[^”\"]*[”\"]\s*[—–-])"
)


def from_speaker(text: str) -> str:
    """`text` from the speaker on when it is a programme's session line (module docstring).
    A testimonial ("“This course changed my practice!” – Ana Roe, RN") stays whole: its
    writer is a learner, not a speaker."""
    if len(text) < 8:
        return text
    if text[0] in '“"' and _SAID.search(text, 0, 160):
        return text
    return _SESSION_TITLE.sub("", text, count=1)
