"""How long an activity takes (`estimated_minutes`): a duration key and its value, or a
duration written into the prose as a compound modifier of the activity ("a 3-hour course") or
as the time it takes to complete ("takes about 1 hour to complete").

Why not the credit: "1.5 contact hours" is a designation, not a length (docs/corpus.md:
"A duration ("a 2-hour course") is `estimated_minutes`, not credit"), so amounts followed by a
credit word are never read here.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.durations_parts import held_during, is_programme
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import Doc, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile

# English cardinal number words up to the lengths listings state (a named linguistic class)
_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "forty-five": 45,
    "ninety": 90,
    "one-half": 0.5,
    "one half": 0.5,
    "half an": 0.5,
    "half": 0.5,
    "an": 1,
    "a": 1,
}
_NUM = r"(?:\d+(?:\.\d+)?|" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
_HOUR = r"(?:hours?|hrs?|hour\(s\))"
_MIN = r"(?:minutes?|mins?|minute\(s\))"
# "2 Hours 35 Minutes", "2 hours, 30 minutes", "1 hour and 15 minutes", "90 minutes"
_SPAN = lazy_compile(
    r"(?<![\w.])(?<!\d[–-])(?<!\d [–-] )(?<!\d to )"
    rf"(?:(?P<h>{_NUM})(?!\s*[–-]\s*\d)[\s-]*{_HOUR}(?:,?\s*(?:and\s+)?(?P<hm>\d+)\s*{_MIN})?"
    rf"|(?P<m>\d+)[\s-]*{_MIN})(?![\w(])",
    re.IGNORECASE,
)
# a credit word after the amount makes it a designation (docs/corpus.md, "Credits")
_CREDIT_AFTER = lazy_compile(
    r"\s*(?:of\s+)?(?:\w+\s+)?(?:contact|credit|ce|cme|ceu|cne|cpe|nursing|pharmacy|"
    r"category|continuing)\b",
    re.IGNORECASE,
)
# key family: a key naming a length of time ("Duration", "Course Length", "Completion Time",
# "Estimated time to complete", "Instructional Time", "Time required", "Time")
_KEY = lazy_compile(
    r"^(?:[a-z]+\s+){0,4}(?:duration|length|time(?:\s+(?:to\s+complete|required|of\s+completion|"
    r"for\s+(?:activity\s+)?completion|commitment))?(?:\s+\w+){0,4})$"
)
# ... nor a part's length: a distributive ("each lesson", "per module") names a part, and a
# part's length is not the activity's (docs/corpus.md, "Estimated minutes")
_NOT_KEY = lazy_compile(
    r"\b(?:date|start|end|zone|release|expir\w*|access|credit|reading|each|per)\b"
)
_TIME_WORD = lazy_compile(
    r"\b(?:duration|length|time|complete|completion|commitment)\b", re.IGNORECASE
)
# a length as the compound modifier of the activity ("This 3-hour introductory ethics course",
# "a new 2-hour online CE course", "this 4 hour self-paced course")
_ACTIVITY = (
    r"(?:course|session|webinar|workshop|training|program|programme|lecture|seminar|"
    r"activity|module|class|conference|symposium|curriculum|presentation|event|"
    # R-MI-5: a tutorial, a masterclass, a podcast ("In this 45 minute tutorial")
    r"tutorial|masterclass|podcast)"
)
# not the second figure of a range ("5–10 hours", "6-8 hours": no single length)
_NOT_RANGE = r"(?<![\w.])(?<!\d[–-])(?<!\d [–-] )(?<!\d to )"
_STOP = r"(?!(?:of|to|the|a|an|and|or|in|for|per|prior|before|after|each|on|at|from|with)\b)"
# (singular unit and activity, as an English compound modifier is: "17 hours lecture" and
# "three 2 hour live webinars" are not the activity's length)
# (R-MI-4: the modifiers may be a list, "This 6-hour interactive, self-directed online course",
# "This 12-hour accredited and recognised mentoring course", "This 2 hour, CPD approved
# training course")
_MODIFIER = lazy_compile(
    rf"{_NOT_RANGE}(?P<n>{_NUM})(?:-|\s)(?:hour|hr|minute|min)\b(?:\s+(?:long|total))?"
    rf"(?:,?\s+(?:and\s+)?{_STOP}(?:\([A-Z]+\)|[\w-]+)){{0,5}}?\s+{_ACTIVITY}\b"
    r"(?!s|\s+(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)
# the activity's content measured in hours ("consisting of 2 hours of lecture and video",
# not a part of it: "It includes 4 hours of content specific to ..."
# "contains approximately 8 hours of video", "30 virtual classroom hours")
_CONTENT = lazy_compile(
    rf"\b(?:consist\w*\s+of|contains?)\s+"
    rf"(?:approximately\s+|about\s+|over\s+|nearly\s+|approx\.?\s+)?(?P<n>{_NUM})\s*{_HOUR}"
    r"\s+of\s+(?:\w+\s+)?(?:lectures?|instruction|video|content|training|materials?|teaching|"
    r"presentations?|recorded|learning)\b"
    rf"|{_NOT_RANGE}(?P<n2>{_NUM})\s+(?:virtual\s+|online\s+|in-person\s+|live\s+)?"
    r"(?:classroom|instructional|instruction|training|lecture)\s+hours\b",
    re.IGNORECASE,
)
# a bound of a requirement ("a minimum 3-hour course"), not this activity's length
_BOUND = lazy_compile(r"\b(?:minimum|at\s+least|maximum|up\s+to|requirement\s+of)\W+(?:\w+\W+)?$")
# a verb of lasting or meeting with its duration adverbial ("meets every week for 90 minutes",
# "will last for about 2 hours", "lasts 3 hours")
# the minutes after the hours of a compound length ("1 hour 30 minutes", "2 hours and 15 mins")
_AND_MIN = rf"(?:,?\s*(?:and\s+)?(?P<hm>\d{{1,2}})\s*{_MIN}\b)?"
_LASTS = lazy_compile(
    rf"\b(?:lasts?|lasting|meets?|meeting|runs?|running)\s+(?:(?:every|each)\s+\w+\s+)?"
    rf"(?:for\s+)?(?:about\s+|approximately\s+|around\s+)?{_NOT_RANGE}(?P<n>{_NUM})"
    rf"(?![–-]\d)[\s-]*(?:{_HOUR}\b{_AND_MIN}|{_MIN}\b)",
    re.IGNORECASE,
)
# ...unless the bound is on the time the activity takes to complete: "should take a maximum of
# 2.0 hours to complete" states the activity's length, as "takes about 2 hours" does
_TAKES_BOUND = lazy_compile(
    r"\btakes?\s+(?:you\s+)?(?:a\s+maximum\s+of|up\s+to|at\s+most|no\s+more\s+than)\s+$",
    re.IGNORECASE,
)
# "takes approximately 1 hour to complete", "1.25 hour to complete", "take you 2 hours"; R-MI-4:
# "can be completed in approximately 75 minutes", "is approximately 50 minutes in length"
_ABOUT = r"(?:about\s+|approximately\s+|approx\.?\s+|around\s+)?"
_TO_COMPLETE = lazy_compile(
    rf"(?:\btakes?\s+(?:you\s+|about\s+|approximately\s+|approx\.?\s+|around\s+)*)?"
    rf"{_NOT_RANGE}(?P<n>{_NUM})\s*{_HOUR}\s+to\s+complete\b|"
    rf"\b(?:can|may|will)\s+be\s+completed\s+in\s+{_ABOUT}(?P<n3>\d+(?:\.\d+)?)(?![–-]\d)\s*"
    rf"(?:{_HOUR}\b(?:,?\s*(?:and\s+)?(?P<hm3>\d{{1,2}})\s*{_MIN}\b)?|{_MIN}\b)|"
    # R-MI-5: the figure spelled out too ("This workshop is six hours in length")
    rf"(?:\bit|\b{_ACTIVITY}s?)\s+(?:is|are|runs?)\s+{_ABOUT}(?P<n4>\d+(?:\.\d+)?|{_NUM})(?![–-]\d)\s*(?:{_HOUR}|{_MIN})\s+"
    r"(?:in\s+length|long)\b|"
    rf"\btakes?\s+(?:you\s+|about\s+|approximately\s+|approx\.?\s+|around\s+)*"
    rf"(?P<n2>{_NUM})(?![–-]\d)\s*{_HOUR}\b{_AND_MIN}(?!\s+(?:of|per|prior|before|after))",
    re.IGNORECASE,
)


# R-MI-3: the whole length the text sums its parts to ("consists of 4 hours didactic, 4 hours
# laboratory and 4 hours clinical for a total of 12 hours", "totalling 6 hours", "9 hours in
# total"); a credit word after it makes it a designation ("a total of 12 contact hours")
_TOTAL = lazy_compile(
    rf"\b(?:(?:for\s+)?a\s+total\s+of|totall?ing|in\s+total)\s+(?:about\s+|approximately\s+)?"
    rf"{_NOT_RANGE}(?P<n>{_NUM})(?![–-]\d)[\s-]*(?:{_HOUR}\b{_AND_MIN}|{_MIN}\b)|"
    rf"{_NOT_RANGE}(?P<n2>{_NUM})(?![–-]\d)[\s-]*{_HOUR}\s+(?:in\s+total|total)\b",
    re.IGNORECASE,
)
# a part's length said as a rate or a part ("1 contact hour for every 60-minute session",
# "each 90-minute lecture", "per 1-hour module"): no length of the activity
_EACH = lazy_compile(r"\b(?:for\s+)?(?:each|every|per)\s+$", re.IGNORECASE)
# a part named in the sentence before the length ("The third part of the course is a 3-hour
# module", "Part two is a 3-hour workshop")
_A_PART = lazy_compile(
    r"\b(?:(?:first|second|third|fourth|final|last|other)\s+(?:part|portion|component|phase)|"
    r"part\s+(?:one|two|three|four|\d|[IV]+)\b|part\s+of\s+the\b)[^.]*$",
    re.IGNORECASE,
)
_PART_LENGTH = lazy_compile(rf"\b{_NUM}[\s-]*(?:{_HOUR}|{_MIN})\b", re.IGNORECASE)


def _parts_before(flat: str, at: int) -> bool:
    """The sentence before a total lists a length of a part ("4 hours didactic, 4 hours
    laboratory ... for a total of 12 hours"): the total sums them (R-MI-3)."""
    start = max(flat.rfind(". ", 0, at), flat.rfind("\n", 0, at), at - 200, 0)
    return _PART_LENGTH.search(flat, start, at) is not None


# the stems of the key words and of the units, found with str.find (a regex over a whole
# listing costs ten times more)
_KEY_STEMS = ("duration", "length", "time", "complet", "commitment")
_UNIT_STEMS = ("hour", "hr", "min")


def _finds(low: str, stems: tuple[str, ...]) -> list[int]:
    out: list[int] = []
    for stem in stems:
        at = low.find(stem)
        while at >= 0:
            out.append(at)
            at = low.find(stem, at + 1)
    return out


_UNIT = lazy_compile(r"(?<![a-z])(?:hours?|hrs?|minutes?|mins?)(?![a-z])", re.IGNORECASE)


def _number(word: str) -> float:
    w = word.lower()
    return float(_WORDS[w]) if w in _WORDS else float(w)


def minutes_in(text: str) -> int | None:
    """The first length of time in `text` in minutes, not a credit amount ("2 contact
    hours"), or None."""
    for m in _SPAN.finditer(text):
        if _CREDIT_AFTER.match(text, m.end()):
            continue
        extra = int(m["hm"]) if m["hm"] else 0
        total = _number(m["h"]) * 60 + extra if m["h"] else float(m["m"])
        if total > 0:
            return round(total)
    return None


def _is_key(raw: str | None) -> bool:
    if not raw:
        return False
    k = norm_key(raw)
    return bool(_KEY.match(k)) and not _NOT_KEY.search(k) and bool(_TIME_WORD.search(k))


def _next_text(lines: list[Line], i: int) -> tuple[Line, str] | None:
    for nxt in lines[i + 1 : i + 3]:
        t = nxt.text.strip().lstrip("-•*▪ ").strip()
        if t:
            return nxt, t
    return None


def extract_minutes(doc: Doc, diags: list[Diagnostic]) -> int | None:
    """Minutes from a duration key (its value, or the line under it), else from the prose.

    Only lines holding a unit word ("hour", "hr", "min") or a key word are read with the
    patterns: most lines of a listing hold neither, and the patterns are costly."""
    ln = keyed(doc, "estimated_minutes")
    if ln and ln.value:
        n = minutes_in(ln.value)
        if n:
            used(diags, "estimated_minutes", ln)
            return n
    lines = doc.lines
    # only the lines holding a key word ("duration", "time", ...) can hold a duration key
    starts = doc._starts
    low = doc.low
    candidates = sorted({bisect_right(starts, at) - 1 for at in _finds(low, _KEY_STEMS)})
    for i in candidates:
        ln = lines[i]
        raw = ln.raw_key
        if raw is None:
            if not ln.text or len(ln.text) > 90:
                continue
            # a key longer than the layout reads, or with no colon ("Duration 1 hour(s).")
            t = ln.text.strip().lstrip("-•*▪ ")
            span = _SPAN.search(t) if _UNIT.search(t) else None
            head = t[: span.start()] if span else t
            raw = head.strip().rstrip(":").strip()
            if span and _is_key(raw):
                n = minutes_in(t[span.start() :])
                if n:
                    used(diags, "estimated_minutes", ln, "a duration key")
                    return n
                continue
        if not _is_key(raw):
            continue
        value = ln.value if ln.raw_key is not None and ln.value else None
        src = ln
        if not value:
            got = _next_text(lines, i)
            if got is None:
                continue
            src, value = got
        n = minutes_in(value)
        if n:
            used(diags, "estimated_minutes", src, "a duration key")
            return n
    # each pattern is tried only in a window of its line around each unit word (a pattern
    # holds one): most of a listing holds none, and the patterns are costly
    flat = doc.flat
    windows = []
    for at in sorted(_finds(low, _UNIT_STEMS)):
        if at and low[at - 1].isalpha():
            continue  # "administration", "thr..."
        ls = flat.rfind("\n", 0, at) + 1
        le = flat.find("\n", at)
        windows.append((max(ls, at - 60), min(at + 130, le if le >= 0 else len(flat))))
    programme: bool | None = None  # the page schedules sessions of several lengths (R-MI-2)
    for pattern in (_TO_COMPLETE, _TOTAL, _MODIFIER, _CONTENT, _LASTS):
        for start, end in windows:
            m = pattern.search(flat, start, end)
            if m is None:
                continue
            if pattern is _TOTAL and (
                _CREDIT_AFTER.match(flat, m.end()) or not _parts_before(flat, m.start())
            ):
                continue  # credit ("a total of 12 contact hours"), or no parts summed
            if pattern is _MODIFIER and (
                _EACH.search(flat, max(0, m.start() - 12), m.start())
                or _A_PART.search(flat, max(0, flat.rfind("\n", 0, m.start())), m.start())
            ):
                continue  # "for every 60-minute session", "The third part ... is a 3-hour
                # module": a part's length (R-MI-3)
            if pattern is not _TO_COMPLETE and pattern is not _TOTAL:
                if programme is None:
                    programme = is_programme(doc)
                if programme or held_during(flat, m.end()):
                    continue  # one part's length
            before = flat[max(0, m.start() - 40) : m.start()]
            if _BOUND.search(before) and not (
                pattern is _TO_COMPLETE
                and m.group(0).lower().endswith("complete")
                and _TAKES_BOUND.search(before)
            ):
                continue
            name = next(g for g in ("n", "n2", "n3", "n4") if g in pattern.groupindex and m[g])
            rest = flat[m.end(name) : m.end()].lower()
            figure = _number(m[name])
            extra = next((int(m[g]) for g in ("hm", "hm3") if g in pattern.groupindex and m[g]), 0)
            total = round(figure if re.match(r"[\s-]*min", rest) else figure * 60 + extra)
            if total > 0:
                used(diags, "estimated_minutes", doc.line_at(m.start()), "a length in the prose")
                return total
    return None
