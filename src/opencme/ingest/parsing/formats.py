"""Format and delivery: the designation's wording, keyed types, then signals (R-FO-1..3, R-DL-1)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.dates import STUDY, clock_time, event_dated, parse_date, parse_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.fastre import folded
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc, norm_key
from opencme.ingest.parsing.vocab import FORMAT_RES, FORMAT_SIGNALS, word_class

_DESIGNATION_FORMAT = re.compile(
    r"designat(?:es|ed)\s+this\s+(?P<fmt>(?:[\w-]+\s+){0,4}?(?:\([^()]{1,60}\)\s+)?)(?:activity\s+)?for\b",
    re.IGNORECASE,
)
_ON_DEMAND = re.compile(r"\bon[\s-]*demand\b", re.IGNORECASE)
_ONLINE = re.compile(
    r"\b(?:virtual|webinar|webcast|livestream|live\s*stream|on[\s-]*demand|"
    r"online\s+(?:course|module|learning|activity|lectures?)|web[\s-]based|"
    r"internet)\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(
    r"\bin[\s-]person\s+(?:attendance|activity|event|conference|meeting|course|registration|"
    r"annual|convention|session)|\bconvention\s+cent|\bhotel\b|\bresort\b",
    re.IGNORECASE,
)
_EVENT_FORMAT = re.compile(
    r"\b(?:annual|international|national)\s+(?:convention|meeting|conference|congress)|"
    r"\bthe\s+congress\b|\battend(?:ing)?\s+the\s+conference\b|"
    r"\blive\s+in[\s-]person\b",
    re.IGNORECASE,
)
# "a two-day course", "this 4-day intensive": a gathering held over a count of days (data
# format_signals.json about_multi_day)
_MULTI_DAY = re.compile(
    rf"\b(?:{'|'.join(FORMAT_SIGNALS['day_counts'])})[\s-]+days?[\s-]+"
    rf"(?:[\w-]+\s+)?(?:{'|'.join(FORMAT_SIGNALS['day_units'])})\b",
    re.IGNORECASE,
)
_LIVE_PART = re.compile(r"\b(?:virtual\s+live|live\s+event|live\s+webinar)\b", re.IGNORECASE)


def _format_of(text: str) -> str | None:
    for rx, code in FORMAT_RES:
        if rx.search(text):
            return code
    return None


_SIGNAL = {k: word_class(v) for k, v in FORMAT_SIGNALS.items() if isinstance(v, list)}
# the longest token of each phrase, lower case: a cheap substring test before the regex (R-PF-1)
_SIGNAL_HINTS = {
    k: tuple({max(w.lower().replace("-", " ").split(), key=len) for w in v})
    for k, v in FORMAT_SIGNALS.items()
    if isinstance(v, list)
}


_HOME_STUDY = re.compile(r"\bhome[\s-]study\b", re.IGNORECASE)


def because(doc: Doc, field: str, note: str, *what: str | re.Pattern[str]) -> None:
    """Remember what decided `field` (the last call before a return wins): a note and the
    signal classes (by name) or patterns whose first match gives the line it was read on."""
    doc.memo["why:" + field] = (note, [_SIGNAL[w] if isinstance(w, str) else w for w in what])


def explain(doc: Doc, diags: list[Diagnostic], field: str) -> None:
    """A "used" diagnostic for `field` on the line of its deciding signal, noted with the
    signal's name; none when no pattern matches on a line (a date range decided it)."""
    why = doc.memo.get("why:" + field)
    if not why:
        return
    note, patterns = why
    for rx in patterns:
        m = rx.search(doc.flat)
        if m:
            used(diags, field, doc.line_at(m.start()), note)
            return


def _signal(doc: Doc, name: str) -> bool:
    """The page holds a word of the class `name` (asked by several rules: read once a page)."""
    key = "signal:" + name
    found = doc.memo.get(key)
    if found is None:
        found = any(h in doc.low for h in _SIGNAL_HINTS[name]) and doc.has(_SIGNAL[name])
        if name == "recorded" and not found:
            found = "record" in doc.low and doc.has(_MEDIA_RECORDING)
        doc.memo[key] = found
    return bool(found)


_THINGS = "|".join(map(re.escape, sorted(FORMAT_SIGNALS["recorded_things"], key=len)[::-1]))
_WATCH = "|".join(
    r"\s+".join(map(re.escape, w.split()))
    for w in sorted(FORMAT_SIGNALS["recording_verbs"], key=len)[::-1]
)
# a recording of the activity, not a record kept of something (format_signals.json
# about_recorded_media): "recorded webinar", "the sessions will be recorded", "view the recording",
# "Recording Date", "recorded during a live ...", "recorded then posted online"
_MEDIA_RECORDING = re.compile(
    rf"\brecorded\s+(?:[\w-]+\s+)?(?:{_THINGS})\b|"
    rf"\b(?:{_THINGS})\s+(?:will\s+be|was|were|are|is|has\s+been|have\s+been)\s+"
    rf"(?:[\w-]+\s+)?recorded\b|"
    rf"\b(?:{_WATCH})\s+(?:the\s+|a\s+|all\s+)?recordings?\b|"
    rf"\brecordings?\s+of\s+(?:the\s+|this\s+|each\s+|all\s+|our\s+)?(?:{_THINGS})\b|"
    r"\brecording\s+date\b|\brecorded\s+on\s*:|"
    r"\brecorded\s+(?:during|at)\s+(?:a|an|the)\b|\brecorded\s+(?:then|and)\s+(?:posted|offered|made)\b|"
    r"\b(?:video|audio)[\s-]+recordings?\b",
    re.IGNORECASE,
)


def extract_format(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The format; when no keyed line or designation decided it, a "used" diagnostic on the line
    of the signal that did, its note naming the signal (a way= feature for the confidence model)."""
    start = len(diags)
    code = _read_format(doc, diags)
    if code is not None and not any(d.field == "format" for d in diags[start:]):
        explain(doc, diags, "format")
    return code


def _read_format(doc: Doc, diags: list[Diagnostic]) -> str | None:
    if _signal(doc, "rss"):
        because(
            doc, "format", "series signal", "rss"
        )  # a series is rss even when it "designates this live activity"
        return "rss"
    m = _DESIGNATION_FORMAT.search(doc.flat) if "designat" in doc.low else None
    if m and m.group("fmt").strip():
        code = _format_of(m.group("fmt"))
        if code:
            used(diags, "format", doc.line_at(m.start()), "designation statement")
            return code
    for ln in doc.fields("format"):
        if ln.value and norm_key(ln.raw_key or "") != "cme finder type":
            code = _format_of(ln.value)
            if code:
                used(diags, "format", ln)
                return code
    if "blended" in doc.low and doc.has(_BLENDED):
        because(doc, "format", "blended named", _BLENDED)
        return "blended"  # the text names it ("a blended learning program")
    on_demand = "demand" in doc.low and doc.has(_ON_DEMAND)
    event = (
        guarded(
            _EVENT_FORMAT,
            doc,
            "annual",
            "national",
            "congress",
            "person",
            "conference",
        )
        or ("day" in doc.low and doc.has(_MULTI_DAY))
    ) or any(  # R-FO-2: a multi-day date range is a live event
        rng[0] < rng[1] and not STUDY.search(ln.text)
        for ln in doc.lines
        if ln.year and not ln.raw_key and (rng := parse_range(ln.text))
    )
    if on_demand and not event:
        because(doc, "format", "on demand", _ON_DEMAND)
        return "blended" if doc.has(_LIVE_PART) else "enduring"
    if "home study" in doc.low and not doc.has(_LIVE_PART):
        because(doc, "format", "home study", _HOME_STUDY)
        return "enduring"  # ACPE's word for enduring material
    if event and on_demand and _credited_later(doc.flat):
        because(doc, "format", "credit on demand too", _CREDITED_LATER)
        return "blended"  # credit for the sessions on demand as well (docs/corpus.md)
    if event:  # recordings after a live event leave it live (docs/corpus.md)
        because(doc, "format", "event named or dated", _EVENT_FORMAT, _MULTI_DAY)
        return _live_or_remote(doc)
    return infer_format(doc)


def _attended(doc: Doc) -> bool:
    """Words of physical attendance or a venue: people gather in one place."""
    return (
        _signal(doc, "in_person")
        or guarded(_IN_PERSON, doc, "person", "convention", "hotel", "resort")
        or _signal(doc, "venues")
        or _STREET.search(doc.flat) is not None
    )


def _live_or_remote(doc: Doc) -> str | None:
    """A dated event taken part in only remotely ("a virtual conference", "via Zoom") is
    `internet_live` (ACCME: live participation "remotely as is the case of ... live internet
    webinars"); with a venue or in-person words, or neither, it is `live`. Online material
    over fixed dates with neither is a cohort course: no format (docs/corpus.md)."""
    if _signal(doc, "remote_live") and not _signal(doc, "recorded") and not _attended(doc):
        because(doc, "format", "remote live signal", "remote_live")
        return "internet_live"
    if _cohort_online(doc):
        return None
    return "live"


def _cohort_online(doc: Doc) -> bool:
    """Online material ("online coursework", "Study mode: Online") and no sign of a session
    taken part in together (no meeting tool, no attendance or venue, no gathering's name)."""
    return (
        "online" in doc.low
        and doc.has(_ONLINE_UNIT)
        and not _signal(doc, "remote_live")
        and not _signal(doc, "gathering")
        and not _attended(doc)
    )


# an expiry word then a date on its line, keyed or in prose ("Course Expires On: December 10,
# 2027", "Expires Jul 01, 2017", "Pharmacy CE Expiration Date: May 23, 2010")
_EXPIRY = re.compile(
    r"\bexpir(?:es|y|ation)\b(?:\s+(?:on|date))?\s*(?:is|:|-|–)?\s*(?P<rest>.{0,40})",
    re.IGNORECASE,
)


def _expiry_stated(doc: Doc) -> bool:
    """Credit that expires on a stated day, keyed or not: docs/corpus.md 'Format' makes material
    "with a release or expiry date and no event date" enduring, and the table's date keys miss
    the expiry written with a qualifier or without a colon; a live event has no expiry."""
    if "expir" not in doc.low:
        return False
    for ln in doc.lines:
        if "expir" in ln.text.lower():
            for m in _EXPIRY.finditer(ln.text):
                d = parse_date(m["rest"])
                if d and len(d) == 10:
                    return True
    return False


def infer_format(doc: Doc) -> str | None:
    """The format the page implies when it names none (R-FO-3, data/format_signals.json)."""
    dated = event_dated(doc)
    recorded = _signal(doc, "recorded")
    released = (
        bool(doc.fields("expires"))
        or any(
            ln.key == "start_date" and "releas" in (ln.raw_key or "").lower() for ln in doc.lines
        )
        or _expiry_stated(doc)
    )
    if _signal(doc, "point_of_care") and _signal(doc, "searching"):
        because(doc, "format", "point of care signal", "point_of_care")
        return "internet_searching"
    if (
        _signal(doc, "journal_named")
        or (_signal(doc, "article") and _signal(doc, "test") and not dated)
        or ("issue of" in doc.low and _ISSUE_OF.search(doc.flat) is not None)
    ):
        because(doc, "format", "journal signal", "journal_named", "article", _ISSUE_OF)
        return "journal"
    if _signal(doc, "remote_live") and (dated or clock_time(doc)) and not recorded:
        because(doc, "format", "remote live signal", "remote_live")
        return "internet_live"
    if recorded and not dated and _two_parts(doc):
        because(doc, "format", "two parts", _LIVE_UNIT, _ATTENDED_UNIT)
        return None  # self-study and a live part, neither named the format (docs/corpus.md)
    if recorded and (not dated or released or not clock_time(doc)):
        because(doc, "format", "recorded signal", "recorded", _MEDIA_RECORDING)
        return "enduring"
    if released and not dated:
        because(doc, "format", "release or expiry", _EXPIRY)
        return "enduring"
    if (
        not dated
        and not clock_time(doc)
        and _signal(doc, "study_unit")
        and _signal(doc, "study_hint")
    ):
        because(doc, "format", "self study signal", "study_hint")
        return "enduring"  # a course taken on one's own, no session dates
    if (
        not dated
        and not clock_time(doc)
        and ("online" in doc.low and doc.has(_ONLINE_UNIT))
        and not _signal(doc, "gathering")
        and not _attended(doc)
    ):
        because(doc, "format", "online material", _ONLINE_UNIT)
        return "enduring"  # online material with no session dates (docs/corpus.md)
    if _signal(doc, "event") and (dated or clock_time(doc)):
        because(doc, "format", "dated event signal", "event")
        return None if _cohort_online(doc) else "live"
    if _signal(doc, "gathering"):
        because(doc, "format", "gathering signal", "gathering")
        return "live"
    because(doc, "format", "recorded signal", "recorded", _MEDIA_RECORDING)
    return "enduring" if recorded else None  # a recording of a past session


_UNITS = "|".join(
    r"[\s-]+".join(map(re.escape, u.split()))
    for u in sorted(FORMAT_SIGNALS["learning_units"], key=len)[::-1]
)
_VERBS = "|".join(map(re.escape, FORMAT_SIGNALS["delivery_verbs"]))
# "online modules", "online, self-learning activity", "presented online", "Study mode: Online"
_ONLINE_UNIT = re.compile(
    rf"\bonline(?:[\s,]+(?!(?:for|to|at|by|from|the|a|an|and|or|via|with|in|on)\b)[\w-]+)?"
    rf"[\s,]+(?:{_UNITS})\b|\b(?:{_VERBS})\s+(?:\w+\s+)?online\b|\bmode\s*:?\s*online\b",
    re.IGNORECASE,
)
# credit for sessions taken later: "live or on-demand", "Sessions-on-Demand: 0.5 CPD Unit",
# "recorded and offered for home study CE credit"
_CREDITED_LATER = re.compile(
    r"\blive\s*(?:or|/|and)\s*on[\s-]*demand\b|"
    r"\bon[\s-]*demand\b(?:[^.\n]|\.\d){0,40}\b(?:credits?|CPD|CME|CE)\b|"
    r"\b(?:credits?|CPD|CME|CE)\b(?:[^.\n]|\.\d){0,40}\bon[\s-]*demand\b",
    re.IGNORECASE,
)
_NO_CREDIT = re.compile(r"\b(?:no|not|non|without)\b", re.IGNORECASE)


def _credited_later(text: str) -> bool:
    """Sessions taken on demand earn credit too ("no longer CME accredited" does not)."""
    return any(not _NO_CREDIT.search(m.group()) for m in _CREDITED_LATER.finditer(text))


# an issue of a named publication ("the April 2014 issue of The Clinical Advisor", "the Spring
# 2022 issue of The National Psychologist"): article-based CME (docs/corpus.md 'Format': journal)
_ISSUE_OF = re.compile(
    r"\b(?i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Spring|Summer|Fall|Autumn|Winter)\s+(?:\d{4}\s+)?(?i:issue)\s+of\s+"
    r"(?:(?i:the)\s+)?[A-Z]"
)
# the activity named blended ("a blended learning program", "Blended Learning Approach")
_BLENDED = re.compile(
    rf"\bblended\s+(?:{_UNITS}|approach|format|model|mode|delivery)\b", re.IGNORECASE
)
# a street address, or a storey of a building ("on the third floor of ...")
_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|"
    r"Boulevard|Blvd\.?|Drive|Dr\.|Lane|Way|Place|Pl\.)(?![\w])|"
    r"\b(?i:first|second|third|fourth|fifth|ground|\d{1,2}(?:st|nd|rd|th))\s+(?i:floor)\s+of\b"
)
# the activity named as both ("a hybrid program", "hybrid format")
_HYBRID = re.compile(rf"\bhybrid\s+(?:{_UNITS}|format|delivery|model|mode)\b", re.IGNORECASE)
# attendance words naming the activity's own part ("face-to-face training", "in-person workshop")
_ATTENDED_UNIT = re.compile(
    rf"\b(?:in[\s-]person|face[\s-]to[\s-]face|on[\s-]?site)\s+(?:[\w-]+\s+)?(?:{_UNITS}|day)\b",
    re.IGNORECASE,
)
# a part of the activity taken together: "the live training seminar", "24 hours of Live
# Virtual sessions"; with self-study the activity is in two parts (blended only when so named)
_LIVE_UNIT = re.compile(
    rf"\blive\s+(?:[\w-]+\s+)?(?:{_UNITS}|seminar|part|portion|component)\b", re.IGNORECASE
)


def _two_parts(doc: Doc) -> bool:
    """Self-study with a live or attended part: `blended` is only what the text names."""
    return guarded(_LIVE_UNIT, doc, "live") or guarded(
        _ATTENDED_UNIT, doc, "person", "face-", "face ", "onsite", "on-site"
    )


_RECORDED_ONLY = re.compile(r"\bon[\s-]*demand\b|\brecord(?:ed|ings?)\b", re.IGNORECASE)


def extract_delivery(
    doc: Doc, diags: list[Diagnostic], fmt: str | None, location: str | None
) -> str | None:
    """Online, in person or both (R-DL-1): the tools and words of taking part, and for a live
    activity a venue or street address. Recordings after a live event do not make it online
    (docs/corpus.md, "A live event with recordings afterwards"). Noted like the format."""
    start = len(diags)
    code = _read_delivery(doc, diags, fmt, location)
    if code is not None and not any(d.field == "delivery" for d in diags[start:]):
        explain(doc, diags, "delivery")
    return code


def _read_delivery(
    doc: Doc, diags: list[Diagnostic], fmt: str | None, location: str | None
) -> str | None:
    for ln in doc.fields("format"):
        if ln.value and re.search(r"online|internet|web", ln.value, re.IGNORECASE):
            used(diags, "delivery", ln)
            return "online"
    low = doc.low
    online = (
        _signal(doc, "online_tools")
        or ("online" in low and doc.has(_ONLINE_UNIT))
        or fmt in ("internet_live", "internet_searching")
        or (fmt != "live" and guarded(_ONLINE, doc, "demand", "online", "web", "internet"))
    )
    gathered = fmt in ("live", "rss", "blended")
    # words of attendance on a self-study page speak of meeting patients, not of the activity
    if "hybrid" in low and doc.has(_HYBRID):
        because(doc, "delivery", "hybrid named", _HYBRID)
        return "hybrid"
    attended = (
        (fmt not in ("enduring", "journal", "internet_searching") and _signal(doc, "in_person"))
        or guarded(_IN_PERSON, doc, "person", "convention", "hotel", "resort")
        or guarded(_ATTENDED_UNIT, doc, "person", "face-", "face ", "onsite", "on-site")
    )
    venue = gathered and (
        location is not None or _signal(doc, "venues") or _STREET.search(doc.flat) is not None
    )
    online_at = ("online_tools", _ONLINE_UNIT, _ONLINE)
    attended_at = ("in_person", _IN_PERSON, _ATTENDED_UNIT, "venues", _STREET)
    if online and (attended or venue):
        because(doc, "delivery", "online and attended", *online_at, *attended_at)
        return "hybrid"
    if attended or venue:
        because(doc, "delivery", "attendance or venue", *attended_at)
        return "in_person"
    if online:
        because(doc, "delivery", "online signal", *online_at)
        return "online"
    return None


def guarded(rx: re.Pattern[str], doc: Doc, *needles: str) -> bool:
    """Search the page for `rx` only when one of the needles is in it (speed, R-PF-1)."""
    return any(n in doc.low for n in needles) and doc.has(rx)


def guarded_text(rx: re.Pattern[str], text: str, low: str, *needles: str) -> bool:
    """`guarded` for a text other than a page's (`low` is `text.lower()`)."""
    return any(n in low for n in needles) and folded(rx).found(text, low)
