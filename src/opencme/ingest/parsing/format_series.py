"""Series and gatherings named in the words of other sites (R-FO-8): a series in the singular
and in British usage ("Medical Grand Round", "the M&M meeting",
"fortnightly case review meeting", "quarterly rounds", a dental "study club", a meeting "held
once per month"), and one-day gatherings of British and
Commonwealth CPD ("study day", "masterclass", "colloquium").

ACCME's glossary (https://accme.org/glossary/): "Regularly scheduled series (RSS): a course
that is planned as a series with multiple, ongoing sessions, e.g., offered weekly, monthly, or
quarterly"; "Live activity: an activity that occurs at a specific time as scheduled".
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.format_cues import guarded
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_MEETINGS = r"(?:conferences?|meetings?|rounds|series)"
# a series named ("Grand Round" in the singular, "tumour board meetings",
# "M&M meeting", "M & M rounds"); not "M&M" alone (a sweet, an initialism of other things)
SERIES = lazy_compile(
    r"\bgrand[\s-]+round\b|"
    # a dental study club: practitioners meeting as a series of sessions, like a journal club
    r"\bstudy[\s-]+clubs?\b|"
    rf"\bM\s?&\s?M\s+{_MEETINGS}\b",
    re.IGNORECASE,
)
# a meeting that recurs at the frequencies of ACCME's series beyond weekly and monthly
# ("fortnightly case review meeting", "quarterly rounds", "every other week", "every two weeks")
RECURRING = lazy_compile(
    r"\b(?:fortnightly|quarterly|bi-?monthly|semi-?monthly)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_MEETINGS}\b|"
    r"\b(?:conferences?|meetings?|rounds)\s+(?:are\s+|is\s+)?(?:held|run|meets?|take\s+place)\s+"
    r"(?:every\s+(?:other|second|two|three|four)\s+weeks?|fortnightly|quarterly)\b|"
    # "meets once per month", "is held twice a month", "meets once each quarter"
    r"\b(?:meets?|held|runs?|take\s+place)\s+(?:once|twice|two\s+times|three\s+times)\s+"
    r"(?:a|per|each|every)\s+(?:week|month|quarter)\b|"
    # a count of sessions a week or month ("6+ hosted per month", "several webinars are held
    # each month")
    r"\b(?:\d{1,2}\+?|several|multiple)\s+(?:(?:sessions|webinars|meetings|events|talks)\s+)?"
    r"(?:are\s+)?(?:hosted|held|run|offered|scheduled)\s+(?:a|per|each|every)\s+(?:week|month)\b",
    re.IGNORECASE,
)


def series_named(doc: Doc) -> bool:
    """The page names a series (SERIES)."""
    return guarded(SERIES, doc, "round", "club", "&")


def recurring(doc: Doc) -> bool:
    """The page names a meeting that recurs (RECURRING): a series when no event is named."""
    return guarded(
        RECURRING, doc, "fortnight", "quarter", "monthly", "every", "once", "twice", "per ", "each"
    )


# one-day and short gatherings of British and Commonwealth CPD, beside the event words of
# format_signals.json ("Cardiology Study Day", "a renal masterclass", "the Spring Colloquium")
EVENT_NAMED = lazy_compile(
    r"\b(?:study|teaching|education|educational|update|cpd|learning|training)[\s-]+days?\b|"
    r"\bmaster[\s-]?class(?:es)?\b|\bcolloqui(?:um|a)\b",
    re.IGNORECASE,
)


def event_named(doc: Doc) -> bool:
    """The page names a gathering in the words of EVENT_NAMED."""
    return guarded(EVENT_NAMED, doc, " day", "-day", "class", "colloqui")
