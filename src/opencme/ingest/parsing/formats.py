"""Format: the designation's wording, keyed types, then signals (R-FO-1..3); delivery is in
delivery.py, the word classes both read in format_cues.py."""

from __future__ import annotations

import re

from opencme.ingest.parsing.dates import STUDY, clock_time, event_dated, parse_range
from opencme.ingest.parsing.delivery import _HYBRID as _HYBRID
from opencme.ingest.parsing.delivery import extract_delivery as extract_delivery
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.format_cues import _ATTENDED_UNIT as _ATTENDED_UNIT
from opencme.ingest.parsing.format_cues import _IN_PERSON as _IN_PERSON
from opencme.ingest.parsing.format_cues import (
    _MEDIA_RECORDING,
    _ONLINE_UNIT,
    _UNITS,
    _attended,
    _signal,
    because,
    explain,
    guarded,
    guarded_outside_biography,
    online_unit,
    remote_attendance,
)
from opencme.ingest.parsing.format_cues import _ONLINE as _ONLINE
from opencme.ingest.parsing.format_cues import _SIGNAL as _SIGNAL
from opencme.ingest.parsing.format_cues import guarded_text as guarded_text
from opencme.ingest.parsing.format_event import head_dated_gathering
from opencme.ingest.parsing.format_expiry import _EXPIRY, _expiry_stated
from opencme.ingest.parsing.format_held import held_live, manuscript_review, self_paced
from opencme.ingest.parsing.format_journal import _ISSUE_OF, READ_PIECE, article_read
from opencme.ingest.parsing.format_phrases import (
    _EVENT_DAYS,
    _LEARNER_EXAM,
    _LIVE_NAMED,
    _LIVE_REMOTE,
    _MM_SERIES,
    _PAST_SESSION,
    _PERFORMANCE_IMPROVEMENT,
    _RECURRING,
    _SESSIONS_LATER,
    _THIS_ARTICLE,
    _UAN_TYPE,
    VIRTUAL_GATHERING,
    _days,
    _over_months,
    sessions_credited_later,
    uan_types,
)
from opencme.ingest.parsing.format_recorded import (
    TAKEN_WHEN_LIKED,
    recorded_after,
    watched_anytime,
)
from opencme.ingest.parsing.format_remote import (
    EITHER_WAY,
    PLACE_LINE,
    REMOTE_TOOL,
    either_way,
    in_person_only,
    remote_live,
)
from opencme.ingest.parsing.format_series import (
    EVENT_NAMED,
    RECURRING,
    SERIES,
    event_named,
    recurring,
    series_named,
)
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import FORMAT_RES, FORMAT_SIGNALS

_DESIGNATION_FORMAT = lazy_compile(
    r"designat(?:es|ed)\s+this\s+(?P<fmt>(?:[\w-]+\s+){0,4}?(?:\([^()]{1,60}\)\s+)?)(?:activity\s+)?for\b",
    re.IGNORECASE,
)
_ON_DEMAND = lazy_compile(r"\bon[\s-]*demand\b", re.IGNORECASE)
_EVENT_FORMAT = lazy_compile(
    r"\b(?:annual|international|national)\s+(?:convention|meeting|conference|congress)|"
    r"\bthe\s+congress\b|\battend(?:ing)?\s+the\s+conference\b|"
    r"\blive\s+in[\s-]person\b",
    re.IGNORECASE,
)
# "a two-day course", "this 4-day intensive": a gathering held over a count of days (data
# format_signals.json about_multi_day)
_MULTI_DAY = lazy_compile(
    rf"\b(?:{'|'.join(FORMAT_SIGNALS['day_counts'])})[\s-]+days?[\s-]+"
    rf"(?:[\w-]+\s+)?(?:{'|'.join(FORMAT_SIGNALS['day_units'])})\b",
    re.IGNORECASE,
)
_LIVE_PART = lazy_compile(r"\b(?:virtual\s+live|live\s+event|live\s+webinar)\b", re.IGNORECASE)


def _format_of(text: str) -> str | None:
    for rx, code in FORMAT_RES:
        if rx.search(text):
            if code == "live" and _LIVE_REMOTE.search(text) and not _IN_PERSON_ALSO.search(text):
                return "internet_live"  # "Live Interactive Webinar"
            return code
    return None


_IN_PERSON_ALSO = lazy_compile(r"\bin[\s-]person\b|\bon[\s-]?site\b|\bface[\s-]to[\s-]face\b", re.I)


_HOME_STUDY = lazy_compile(r"\bhome[\s-]study\b", re.IGNORECASE)


def extract_format(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The format; when no keyed line or designation decided it, a "used" diagnostic on the line
    of the signal that did, its note naming the signal (a way= feature for the confidence model)."""
    start = len(diags)
    code = _read_format(doc, diags)
    if code is not None and not any(d.field == "format" for d in diags[start:]):
        explain(doc, diags, "format")
    return code


_PODCAST = lazy_compile(r"\bpodcasts?\b", re.IGNORECASE)


def _series(doc: Doc) -> bool:
    """A series word of the page (format_signals.json rss), but not "rounds" as a verb ("the
    nurse rounds with each unit") and none on a page whose first line names a podcast (a podcast
    is enduring even when its host also runs a journal club; rounds offered as a podcast too
    stay rss)."""
    if not _signal(doc, "rss"):
        return False
    title = next((ln.text for ln in doc.lines if ln.text), "")
    if "podcast" in title.lower() and _PODCAST.search(title):
        return False
    return any(
        not (m.group() == "rounds" and doc.flat.startswith(" with ", m.end()))
        for m in _SIGNAL["rss"].finditer(doc.flat)
    )


def _read_format(doc: Doc, diags: list[Diagnostic]) -> str | None:
    if _series(doc) or guarded(_MM_SERIES, doc, "mortality") or series_named(doc):
        because(
            doc, "format", "series signal", "rss", _MM_SERIES, SERIES
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
    types = uan_types(doc)
    if types == {"H"} or types == {"B"}:
        because(doc, "format", "UAN activity type", _UAN_TYPE)
        return "enduring" if types == {"H"} else "blended"  # ACPE's home study or blended
    if guarded(_PERFORMANCE_IMPROVEMENT, doc, "improvement", "pi cme", "pi-cme"):
        because(doc, "format", "performance improvement named", _PERFORMANCE_IMPROVEMENT)
        return "performance_improvement"  # named in prose: ACCME's performance improvement
    if manuscript_review(doc):
        return "manuscript_review"  # credit for reviewing a manuscript, named (R-FO-14)
    if _signal(doc, "point_of_care") and _signal(doc, "searching"):
        because(doc, "format", "point of care signal", "point_of_care")
        return "internet_searching"  # on demand and self-directed too, by its nature
    if "blended" in doc.low and doc.has(_BLENDED):
        because(doc, "format", "blended named", _BLENDED)
        return "blended"  # the text names it ("a blended learning program")
    if guarded(_PAST_SESSION, doc, " was ", " were ", "slides", "recording", "video"):
        because(doc, "format", "past session", _PAST_SESSION)
        return "enduring"  # material from a session held before (docs/corpus.md 'Format')
    on_demand = guarded_outside_biography(_ON_DEMAND, doc, "demand")
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
    ) or any(  # R-FO-2: a multi-day date range is a live event, one over months a program
        rng[0] < rng[1] and _days(rng) <= _EVENT_DAYS and not STUDY.search(ln.text)
        for ln in doc.lines
        if ln.year and not ln.raw_key and (rng := parse_range(ln.text))
    )
    if not event and (
        guarded(_RECURRING, doc, "weekly", "monthly", "every", "each") or recurring(doc)
    ):
        because(doc, "format", "recurring meeting", _RECURRING, RECURRING)
        return "rss"  # not beside a named or dated event: a society's "monthly meetings"
    if event and _credited_later(doc):
        because(doc, "format", "credit on demand too", _CREDITED_LATER)
        return "blended"  # credit for the sessions on demand as well (docs/corpus.md)
    if sessions_credited_later(doc):
        because(doc, "format", "sessions credited later", _SESSIONS_LATER)
        return "blended"  # sessions on demand or home study credited too (docs/corpus.md)
    if on_demand and not event and not (recorded_after(doc) and clock_time(doc)):
        because(doc, "format", "on demand", _ON_DEMAND)
        return "blended" if doc.has(_LIVE_PART) else "enduring"
    if "home study" in doc.low and not doc.has(_LIVE_PART) and not _two_parts(doc):
        because(doc, "format", "home study", _HOME_STUDY)
        return "enduring"  # ACPE's word for enduring material
    if event:  # recordings after a live event leave it live (docs/corpus.md)
        because(doc, "format", "event named or dated", _EVENT_FORMAT, _MULTI_DAY)
        return _live_or_remote(doc)
    return infer_format(doc)


def _live_or_remote(doc: Doc) -> str | None:
    """A dated event taken part in only remotely ("a virtual conference", "via Zoom") is
    `internet_live` (ACCME: live participation "remotely as is the case of ... live internet
    webinars"); with a venue or in-person words, or neither, it is `live`. Online material
    over fixed dates with neither is a cohort course: no format (docs/corpus.md)."""
    if (
        remote_live(doc)
        and not _signal(doc, "recorded")
        and not _attended(doc)
        and not remote_attendance(doc)  # "virtual attendance": one way of two
        and not either_way(doc)  # "attend in person or online" (R-FO-7)
    ):
        because(doc, "format", "remote live signal", "remote_live", REMOTE_TOOL, PLACE_LINE)
        return "internet_live"
    if (
        guarded(VIRTUAL_GATHERING, doc, "virtual")
        and not _signal(doc, "recorded")
        and not _signal(doc, "in_person")
        and not in_person_only(doc)
    ):
        because(doc, "format", "virtual gathering named", VIRTUAL_GATHERING)
        return "internet_live"  # "the Virtual Annual Meeting": a hotel named is no venue of it
    if _cohort_online(doc):
        return None
    return "live"


def _cohort_online(doc: Doc) -> bool:
    """Online material ("online coursework", "Study mode: Online") and no sign of a session
    taken part in together (no meeting tool, no attendance or venue, no gathering's name)."""
    return (
        online_unit(doc)
        and not remote_live(doc)
        and not _signal(doc, "gathering")
        and not _attended(doc)
    )


# a test on the article itself ("Sign in to take quiz", "the post-test"), not "questions?"
_QUIZ = lazy_compile(r"\bquiz|\bpost[\s-]?test|\btake\s+(?:the|this)\s+test\b", re.IGNORECASE)


def infer_format(doc: Doc) -> str | None:
    """The format the page implies when it names none (R-FO-3, data/format_signals.json)."""
    dated = event_dated(doc)
    recorded = _signal(doc, "recorded") or watched_anytime(doc) or self_paced(doc)  # R-FO-7, 13
    recorded = recorded and not (dated and clock_time(doc) and recorded_after(doc))  # R-FO-12
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
        or (guarded(_THIS_ARTICLE, doc, "article") and (not dated or doc.has(_QUIZ)))
        or ("issue of" in doc.low and _ISSUE_OF.search(doc.flat) is not None)
        or (not dated and article_read(doc))  # "reading this paper" and a quiz (R-FO-10)
    ):
        because(doc, "format", "journal signal", "journal_named", "article", _ISSUE_OF, READ_PIECE)
        return "journal"
    if remote_live(doc) and (dated or clock_time(doc)) and not recorded and not either_way(doc):
        because(doc, "format", "remote live signal", "remote_live", REMOTE_TOOL, PLACE_LINE)
        return "internet_live"
    if (
        not recorded
        and guarded(_LIVE_REMOTE, doc, "live")
        and not _attended(doc)
        and not either_way(doc)
        and not _two_parts(doc)
    ):
        because(doc, "format", "live remote named", _LIVE_REMOTE)
        return "internet_live"  # "a live interactive webinar", "presented live on Zoom"
    if not recorded and guarded(_LIVE_NAMED, doc, "live") and not _two_parts(doc):
        because(doc, "format", "live named", _LIVE_NAMED)
        return _live_or_remote(doc)  # "This is a live, interactive training"
    if recorded and (_two_parts(doc) or _room_part(doc)):
        # self-study to prepare for a live part: the live part's format (docs/corpus.md 'Format')
        because(doc, "format", "two parts", _LIVE_UNIT, _ATTENDED_UNIT)
        remote = "live" in doc.low and doc.has(_REMOTE_PART) and not _attended(doc)
        return "internet_live" if remote else "live"
    if recorded and (not dated or released or not clock_time(doc)):
        because(doc, "format", "recorded signal", "recorded", _MEDIA_RECORDING, *TAKEN_WHEN_LIKED)
        return "enduring"
    if released and not dated:
        because(doc, "format", "release or expiry", _EXPIRY)
        return "enduring"
    if (
        not dated
        and not clock_time(doc)
        and _signal(doc, "study_unit")
        and (_signal(doc, "study_hint") or guarded(_LEARNER_EXAM, doc, "exam"))
    ):
        because(doc, "format", "self study signal", "study_hint", _LEARNER_EXAM)
        return "enduring"  # a course taken on one's own, no session dates
    if (
        not dated
        and not clock_time(doc)
        and online_unit(doc)
        and not _signal(doc, "gathering")
        and not _attended(doc)
    ):
        because(doc, "format", "online material", _ONLINE_UNIT)
        return "enduring"  # online material with no session dates (docs/corpus.md)
    if (
        (_signal(doc, "event") or event_named(doc))
        and (dated or clock_time(doc) or head_dated_gathering(doc))  # R-FO-11
        and (_attended(doc) or not _over_months(doc))
    ):
        because(doc, "format", "dated event signal", "event", EVENT_NAMED)
        return None if _cohort_online(doc) else "live"
    if _signal(doc, "gathering"):
        because(doc, "format", "gathering signal", "gathering")
        return "live"
    if not recorded and held_live(doc):
        return "live"  # named in person, or reported held at a place or on a day (R-FO-13)
    if either_way(doc) and (dated or clock_time(doc)):
        because(doc, "format", "attended either way", EITHER_WAY)
        return "live"  # one session attended in the room or remotely (R-FO-7)
    because(doc, "format", "recorded signal", "recorded", _MEDIA_RECORDING)
    return "enduring" if recorded else None  # a recording of a past session


# credit for sessions taken later: "live or on-demand", "Sessions-on-Demand: 0.5 CPD Unit",
# "recorded and offered for home study CE credit"
_LATER = (
    r"(?:on[\s-]*demand|(?:session\s+)?replays?|recorded\s+and\s+offered\s+for\s+home[\s-]study)"
)
_CREDITED_LATER = lazy_compile(
    rf"\blive\s*(?:or|/|and)\s*on[\s-]*demand\b|"
    rf"\b{_LATER}\b(?:[^.\n]|\.\d){{0,40}}\b(?:credits?|CPD|CME|CE)\b|"
    rf"\b(?:credits?|CPD|CME|CE)\b(?:[^.\n]|\.\d){{0,40}}\b{_LATER}\b",
    re.IGNORECASE,
)
_NO_CREDIT = lazy_compile(r"\b(?:no|not|non|without)\b", re.IGNORECASE)


def _credited_later(doc: Doc) -> bool:
    """Sessions taken on demand, replayed or recorded for home study earn credit too ("no
    longer CME accredited" does not)."""
    if not any(w in doc.low for w in ("demand", "replay", "home study", "home-study")):
        return False
    return any(not _NO_CREDIT.search(m.group()) for m in _CREDITED_LATER.finditer(doc.flat))


# the activity named blended ("a blended learning program", "Blended Learning Approach")
_BLENDED = lazy_compile(
    rf"\bblended\s+(?:{_UNITS}|approach|format|model|mode|delivery)\b", re.IGNORECASE
)
# a part of the activity taken together: "the live training seminar", "24 hours of Live
# Virtual sessions"; with self-study the activity is in two parts (blended only when so named)
_LIVE_UNIT = lazy_compile(
    rf"\blive\s+(?:[\w-]+\s+)?(?:{_UNITS}|seminar|part|portion|component)\b", re.IGNORECASE
)


# a part taken in a room in R-DL-8's words of attendance ("30 hours of classroom instruction",
# "hands-on lab", "two days in the skills lab"): with self-study, two parts (R-FO-4); a visit
# "in person" with patients is no part of the activity
_ROOM_PART = lazy_compile(
    r"\bclassroom\s+(?:instruction|setting|training|course|sessions?|portion|\(?lab\)?)|"
    r"\bhands-on\s+(?:labs?|workshops?|sessions?|training)\b|\bskills?\s+labs?\b|\bin-class\b",
    re.IGNORECASE,
)


_OPTIONAL = lazy_compile(r"\boptional\b[^.\n]{0,40}$", re.IGNORECASE)


def _room_part(doc: Doc) -> bool:
    """A part taken in a room (_ROOM_PART) that is not said to be optional ("An optional,
    in-classroom lab is offered")."""
    if not any(w in doc.low for w in ("class", "hands", "lab")):
        return False
    return any(
        not _OPTIONAL.search(doc.flat, max(0, m.start() - 40), m.start())
        for m in _ROOM_PART.finditer(doc.flat)
    )


# the live part named remote ("24 hours of Live Virtual Class", "a virtual live session")
_REMOTE_PART = lazy_compile(
    r"\b(?:live[\s-]+(?:virtual|online|webinar|zoom)|virtual[\s-]+live)\b", re.IGNORECASE
)


def _two_parts(doc: Doc) -> bool:
    """Self-study with a live or attended part: `blended` is only what the text names. Material
    recorded at a live event ("recorded during a live educational event") is no live part."""
    if "recorded" in doc.low and doc.has(_RECORDED_LIVE):
        return False
    live = "live" in doc.low and any(
        not _RECORDED_AT.search(doc.flat, max(0, m.start() - 30), m.start())
        for m in _LIVE_UNIT.finditer(doc.flat)
    )
    return live or guarded(_ATTENDED_UNIT, doc, "person", "face-", "face ", "onsite", "on-site")


_RECORDED_LIVE = lazy_compile(
    r"\brecorded\s+(?:during|at|from)\s+(?:a|an|the|our)\s+live\b", re.IGNORECASE
)
# what a recording was made at ("recorded during a live training"): no live part of its own
_RECORDED_AT = lazy_compile(
    r"\brecorded\s+(?:during|at|from)\s+(?:a|an|the|our)\s+$", re.IGNORECASE
)
