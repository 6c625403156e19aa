"""Phrases that name an activity's format in prose ("this performance improvement project",
"a live, interactive training", "This activity was presented on ...") and the span of a page's
dates (R-FO-2, R-FO-3): what formats.py reads beyond the word classes of format_cues.py."""

from __future__ import annotations

import re
from datetime import date

from opencme.ingest.parsing.dates import parse_date, parse_range
from opencme.ingest.parsing.format_cues import _UNITS
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import FORMAT_SIGNALS

_QUALIFIERS = "|".join(
    r"[\s-]+".join(map(re.escape, w.split("-"))) for w in FORMAT_SIGNALS["exam_qualifiers"]
)
# the learner's own exam, not a patient's (format_signals.json about_exam): "pass a final exam",
# "complete the online post examination", "take the exam", "pass a brief exam"
_LEARNER_EXAM = lazy_compile(
    rf"\b(?:{_QUALIFIERS})\s+(?:[\w-]+\s+)?exam(?:ination)?s?\b|"
    rf"\b(?:{'|'.join(FORMAT_SIGNALS['exam_verbs'])})\s+(?:a|an|the|this|our)\s+"
    r"(?:(?:brief|short|written|comprehensive|course|module|required)\s+)?exam(?:ination)?\b",
    re.IGNORECASE,
)
# "the Surgical Morbidity and Mortality Teaching Conference": a series, not a disease's burden
# (format_signals.json about_series)
_MM_SERIES = lazy_compile(
    r"\bmorbidity\s+(?:and|&)\s+mortality\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{'|'.join(FORMAT_SIGNALS['series_meetings'])})\b",
    re.IGNORECASE,
)
# the activity named a performance improvement one in prose ("this performance improvement
# project", "our PI CME module", "after starting the improvement activity"): ACCME's activity
# type 'Performance/quality improvement' (a learner audits and improves their own practice)
_PERFORMANCE_IMPROVEMENT = lazy_compile(
    r"\bperformance[\s-]+improvement\s+(?:\(PI\)\s+)?(?:(?:CME|CE)\s+)?"
    r"(?:projects?|activit(?:y|ies)|initiatives?|modules?|programs?|CME|credit)\b|"
    r"\bPI[\s-]+CME\b|(?<!quality )(?<!quality-)\bimprovement\s+activity\b",
    re.IGNORECASE,
)
# the page is the article the credit is for ("described in this article", "After reading this
# article and taking this test"): its own dates (published, corrected) are no event's
_THIS_ARTICLE = lazy_compile(r"\bthis\s+(?:(?:CE|CME|CNE|journal)\s+)?article\b", re.IGNORECASE)
# the activity named live and remote together, dated or not ("Live Interactive Webinar",
# "presented live on Zoom", "a live, online workshop"): ACCME's live activity taken part in
# "remotely as is the case of ... live internet webinars" (format_signals.json about_delivery)
_LIVE_REMOTE = lazy_compile(
    r"\blive,?\s+(?:(?:interactive|online|virtual),?\s+)*(?:webinars?|webcasts?|virtual|online)\b|"
    r"\blive[\s-]+stream(?:ed|ing)?\b|\blivestream(?:ed|ing)?\b|"
    r"\blive\s+(?:on|via|over)\s+(?:zoom|microsoft\s+teams|teams|webex)\b",
    re.IGNORECASE,
)
# the activity is material from a session held before: "This activity was presented on
# May 2, 2019, at ...", "This webinar was filmed on ...", "contains slides from the ... held on"
_PAST_SESSION = lazy_compile(
    r"\bthis\s+(?:activity|program|programme|presentation|session|webinar|lecture|course|talk|"
    r"symposium|content)\s+(?:was|were)\s+(?:originally\s+|first\s+)?"
    r"(?:presented|delivered|recorded|filmed|captured)\b|"
    r"\b(?:contains|includes|features)\s+(?:the\s+)?(?:slides|video|recordings?|presentations?)"
    r"\s+(?:from|of)\s+the\b",
    re.IGNORECASE,
)
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month)"
# a conference or meeting that recurs ("a monthly meeting", "Cancer Conference is held every
# Thursday", "our weekly case conference"): ACCME's regularly scheduled series; a course or
# committee that meets weekly is none
_RECURRING = lazy_compile(
    r"\b(?:weekly|monthly|bi-?weekly|bi-?monthly|twice[\s-]monthly)\s+(?:[\w-]+\s+)?"
    r"(?:conferences?|meetings?|rounds|lecture\s+series|forums?|tumou?r\s+boards?)\b|"
    r"\b(?:conference|meeting|rounds|forum|board)\s+(?:is\s+|are\s+)?(?:held|meets?|takes\s+place)"
    rf"\s+(?:every|each)\s+(?:other\s+)?{_DAYS}\b",
    re.IGNORECASE,
)
# the activity called live in prose ("This is a live, interactive, training", "a live workshop")
_LIVE_NAMED = lazy_compile(
    rf"\b(?:a|this|our)\s+live,?\s+(?:[a-z-]+,?\s+)?(?:{_UNITS}|seminar|event|workshop)\b",
    re.IGNORECASE,
)


# the longest an event runs: a range over more days is a program of months (a cohort, a
# preceptorship, a training year), not a conference or course held on those days
_EVENT_DAYS = 31


def _days(rng: tuple[str, str]) -> int:
    """Days from the range's first to its last ("2026-05-02" to "2026-05-04": 2); partial
    dates ("2026-05") count from the month's first day."""
    try:
        a, b = (date.fromisoformat((d + "-01-01")[:10] if len(d) < 10 else d) for d in rng)
    except ValueError:
        return 0
    return (b - a).days


def _over_months(doc: Doc) -> bool:
    """The page's date ranges run over more than a month: a program's term, not an event's
    days (R-FO-2)."""
    spans = [
        _days(rng)
        for ln in doc.lines
        if ln.year and (rng := parse_range(ln.text)) and rng[0] < rng[1]
    ]
    starts, ends = doc.fields("start_date"), doc.fields("end_date")
    if starts and ends:  # "Start Date: September 1, 2025" ... "End Date: July 24, 2026"
        first, last = parse_date(starts[0].value or ""), parse_date(ends[0].value or "")
        if first and last and len(first) == len(last) == 10 and first < last:
            spans.append(_days((first, last)))
    return bool(spans) and min(spans) > _EVENT_DAYS


# ACPE's Universal Activity Number, its fifth part the activity type and topic ("...-H01-P"):
# L live, H home study, B blended (ACPE, Policies and Procedures Manual, 'Universal Activity
# Number': https://www.acpe-accredit.org/pdf/CPE_Policies_Procedures.pdf)
_UAN_TYPE = lazy_compile(
    r"\b(?:JA)?\d{3,4}-[0-9A-Z]{3,4}-\d{2}-\d{3}-(?P<type>[LHB])\d{2}(?:-[PT])?\b|"
    r"\b(?:JA)?\d{13}(?P<plain>[LHB])\d{2}[PT]?\b"
)


# Every `_UAN_TYPE` match holds one of these: the type letter after a hyphen, or after thirteen
# digits (found from the letter back, so the engine skips to a capital L, H or B). Each is
# searched far faster than the UAN itself, which is tried at every digit.
_DASHED_TYPE = lazy_compile(r"-[LHB]\d\d")
_PLAIN_TYPE = lazy_compile(r"[LHB](?<=\d{13}[LHB])")


def uan_types(doc: Doc) -> set[str]:
    """The activity types of the page's UANs ({"H"}, {"L", "H"}, ...)."""
    flat = doc.flat
    if _DASHED_TYPE.search(flat) is None and _PLAIN_TYPE.search(flat) is None:
        return set()
    return {m["type"] or m["plain"] for m in _UAN_TYPE.finditer(flat)}


# the gathering itself named virtual ("the 2027 Virtual Annual Meeting", "this year's virtual
# conference", "Virtual Workshops"): taken part in remotely, whatever hotel the page mentions
VIRTUAL_GATHERING = lazy_compile(
    r"\bvirtual\s+(?:(?:annual|international|national|scientific)\s+)?(?:conference|meeting|"
    r"congress|summit|symposium|convention|workshops?)\b",
    re.IGNORECASE,
)


# sessions of a gathering also taken later: "sessions on demand", "on-demand sessions", "a
# combination of live and home-study programs", "In Person, Virtual and On demand"
_SESSIONS_LATER = lazy_compile(
    r"\bsessions?\s+(?:\w+\s+){0,2}?on[\s-]*demand\b|\bon[\s-]*demand\s+(?:\w+\s+)?sessions?\b|"
    r"\blive\s+(?:and|or|&|/)\s+home[\s-]study\b|"
    r"\bin[\s-]person,?\s+(?:virtual|online)?,?\s*(?:and|or|&)\s+on[\s-]*demand\b",
    re.IGNORECASE,
)
# credit claimed or earned, and a part taken together (docs/corpus.md 'Format', blended)
_CREDIT = lazy_compile(
    r"\b(?:credits?|CPD|CME|contact\s+hours?|CEUs?|claim|earn(?:ed)?)\b", re.IGNORECASE
)
_TOGETHER_WORDS = ("live", "attend", "in person", "in-person")
_NOT_ELIGIBLE = lazy_compile(r"\b(?:not|no|non|without|ineligible)\b", re.IGNORECASE)


def sessions_credited_later(doc: Doc) -> bool:
    """A gathering whose sessions earn credit taken on demand or as home study too (docs/corpus.md
    'Format': a live event with recordings is live unless credit is designated for them as
    well, then blended): sessions taken later named on a sentence that claims credit, or as an item
    of a list whose lead-in line does ("claim hours by ...:" then "• sessions on demand"), on a
    page naming a part taken together; not in a sentence saying they are not eligible."""
    low = doc.low
    if "demand" not in low and "home" not in low:
        return False
    if not any(w in low for w in _TOGETHER_WORDS):
        return False
    flat = doc.flat
    for m in _SESSIONS_LATER.finditer(flat):
        ln = doc.line_at(m.start())
        start = max(flat.rfind(". ", 0, m.start()), flat.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (flat.find(". ", m.end()), flat.find("\n", m.end())) if i >= 0]
        sentence = flat[start : min(ends, default=len(flat))]
        if _NOT_ELIGIBLE.search(sentence):
            continue
        if _CREDIT.search(sentence) or _CREDIT.search(_lead_in(doc, ln)):
            return True
    return False


def _lead_in(doc: Doc, item: Line) -> str:
    """The line a bulleted item's list hangs from (the last unbulleted line above, within 10)."""
    if not item.text.lstrip().startswith(_BULLETS):
        return ""
    i = doc.lines.index(item)
    for ln in doc.lines[max(0, i - 10) : i][::-1]:
        if ln.text.strip() and not ln.text.lstrip().startswith(_BULLETS):
            return ln.text
    return ""


_BULLETS = ("•", "-", "*", "·", "●", "◦", "–")
