"""The lead phrase of an audience sentence (R-AU-2: "designed for", "intended for", "this
course is for"), counted only in a sentence about the activity.

A lead phrase says whom the activity is for only when its sentence is about the activity:
its subject names it ("This course is designed for nurses", "Designed for nurses, this course
...") or is "It" continuing the sentence before, which names it ("This course is a beginner
course. It ... is intended for counselors"). A lead phrase in another sentence of the same line
("rules aimed at shielding workers", "the membership is open to a holder of a degree") is
about something else. Kept apart from audience.py, which reads
the list after the lead.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import AUDIENCE_CUES


def _adverb(phrase: str) -> str:
    """A lead phrase as a pattern; an adverb may stand before its closing preposition
    ("designed specifically for", "intended primarily for")."""
    words = [re.escape(w) for w in phrase.split()]
    if len(words) > 1 and words[-1] in ("for", "to", "at", "toward", "towards"):
        words[-1] = r"(?:\w+ly\s+)?" + words[-1]
    return r"\s+".join(words)


# the text of a list: up to a sentence's end, a colon or a semicolon; the stop of a one-letter
# abbreviation of letters and stops ("U.S.", "e.g.") does not end it; a sentence ending in one
# letter ("hepatitis C.") does
LIST_TEXT = r"(?:[^.;:]|(?<=[\s(][A-Za-z])\.(?=[A-Za-z]\.)|(?<=\.[A-Za-z])\.)+"
# lead phrases other sites use for whom an activity suits, beside those of the cues file: the
# verbs of fitting or aiming a thing at people ("suited to", "meant for", "directed at",
# "pitched at", "catered to", "tailored to", "targeted toward", "written for", "applicable
# to") and the
# phrases of its worth to them ("of interest to", "of particular interest to", "of value
# to", "of benefit to", "ideal for", "will appeal to"); the list after them must name people
# (audience.py)
MORE_LEADS = (
    "suited to",
    "suited for",
    "of interest to",
    "of particular interest to",
    "of special interest to",
    "of value to",
    "of benefit to",
    "meant for",
    "directed at",
    "directed to",
    "directed toward",
    "directed towards",
    "pitched at",
    "catered to",
    "catered for",
    "caters to",
    "caters for",
    "catering to",
    "catering for",
    "tailored to",
    "tailored toward",
    "tailored towards",
    "tailored to the needs of",
    "tailored to meet the needs of",
    "targeted toward",
    "targeted towards",
    "targeted for",
    "aimed toward",
    "aimed towards",
    "ideal for",
    "written for",
    "appropriate to",
    "applicable to",
    "applicable for",
    "appeal to",
    "appeals to",
    "appealing to",
)
# the cheap substring each of them holds (R-PF-1): not "of", which every line holds, nor
# "meant" ("treatment") or "written" ("written consent") alone
_MORE_HINTS = (
    "suited",
    "interest to",
    "value to",
    "benefit to",
    "meant for",
    "directed",
    "pitched",
    "cater",
    "tailored",
    "targeted",
    "aimed",
    "ideal for",
    "written for",
    "appropriate",
    "applicable",
    "appeal",
)
# lead phrases of data/audience_cues.json ("designed for", "geared toward", "open to", ...)
AUDIENCE_LEAD = lazy_compile(
    r"(?<![\w-])(?:"
    + "|".join(
        p if "[" in p else _adverb(p)
        for p in sorted({*AUDIENCE_CUES["lead_phrases"], *MORE_LEADS}, key=len, reverse=True)
    )
    + r")\s*:?\s+(?P<list>"
    + LIST_TEXT
    + ")",
    re.IGNORECASE,
)
# the first word of each lead phrase: a cheap substring test before the regex (R-PF-1)
LEAD_HINTS = tuple({p.split()[0].lower() for p in AUDIENCE_CUES["lead_phrases"]} | {*_MORE_HINTS})
# the activity named as a sentence's subject: a determiner, up to four words ("This intense,
# evidence-based, six-day course", "The ACR’s Musculoskeletal Ultrasound Course"), a noun for
# an activity
AUDIENCE_SUBJECT = lazy_compile(
    r"\b(?:this|the|these|our|an?)\s+(?:[\w’'-]+,?\s+){0,4}?(?:activit(?:y|ies)|course|program|"
    r"programme|lesson|series|module|conference|symposium|workshop|training|webinar|session|"
    r"seminar|meeting|event|initiative|summit|congress|certificate|microcredential|broadcast|"
    r"self-study|diploma|curriculum|class|masterclass|lecture|presentation|e-?learning|day)s?\b",
    re.IGNORECASE,
)
# "... is for X", "designed specifically for X": a lead with an adverb or the bare copula; the
# activity named by up to six words ("The accredited Harbour Wound Education Programme is for")
IS_FOR = lazy_compile(
    r"\b(?:this|the|these|our)\s+(?:[\w-]+\s+){0,5}(?:activit(?:y|ies)|course|program|programme|"
    r"module|conference|symposium|workshop|training|webinar|session|seminar|certificate|"
    r"microcredential|broadcast|masterclass|forum|meeting|event|institute|retreat|"
    r"lecture|presentation|series|diploma|update|day)s?\s+(?:is|are)\s+(?:(?:designed|intended|suited|geared)\s+)?"
    r"(?:\w+ly\s+)?for\s+(?P<list>" + LIST_TEXT + ")",
    re.IGNORECASE,
)
# how far before its lead phrase the activity may be named ("The Professional Diploma of X has
# been designed to meet the needs of"); farther, the lead belongs to another noun ("The
# workshop received support ..., showcasing equipment and consumables tailored for")
_NEAR = 60
# where a sentence ends: end punctuation, space, a capital (or a quote or bracket)
_SENTENCE_END = lazy_compile(r"[.!?]\s+(?=[A-Z\"“(])")
# a sentence whose subject is "It" ("It is intended for", "It gives ..., and is intended for")
_IT = lazy_compile(r"It\b(?!['’]s\s)")


def _starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def lead_about_activity(text: str, before: str = "") -> re.Match[str] | None:
    """The first lead phrase of `text` in a sentence about the activity: its own subject
    names the activity, or it opens with "It" and the sentence before (in this line, else the
    last of `before`, the line above) names it. Else an "X is for" sentence (its subject
    is the activity)."""
    starts: list[int] | None = None
    for m in AUDIENCE_LEAD.finditer(text):
        starts = starts or _starts(text)
        k = bisect_right(starts, m.start()) - 1
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        subjects = [x.end() for x in AUDIENCE_SUBJECT.finditer(text, starts[k], m.start("list"))]
        if (subjects and m.start() - subjects[-1] <= _NEAR) or AUDIENCE_SUBJECT.search(
            text, m.start("list"), end
        ):
            return m
        if _IT.match(text, starts[k]):
            previous = text[starts[k - 1] : starts[k]] if k else before[_starts(before)[-1] :]
            if AUDIENCE_SUBJECT.search(previous):
                return m
    for m in IS_FOR.finditer(text):
        start = _starts(text)[bisect_right(_starts(text), m.start()) - 1]
        if not _PRICE_SUBJECT.search(text, start, m.start("list")):
            return m  # "The fee for the conference is for members": a price's, not whom for
    return None


# a price or a form of paying as the sentence's subject ("The registration fee for the annual
# conference is for members", "The discounted rate for this course is for students")
_PRICE_SUBJECT = lazy_compile(
    r"\b(?:fees?|costs?|prices?|pricing|rates?|discounts?|discounted|payments?|refunds?|"
    r"tuition|registration\s+(?:fee|rate|cost)s?)\b",
    re.IGNORECASE,
)
