"""The word classes and patterns that format and delivery read (data/format_signals.json),
and the note of what decided a field (R-FO-3, R-DL-1)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.fastre import folded
from opencme.ingest.parsing.format_scope import foreign
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import FORMAT_SIGNALS, word_class

_ONLINE = lazy_compile(
    r"\b(?:virtual|webinar|webcast|livestream|live\s*stream|on[\s-]*demand|"
    r"online\s+(?:course|module|learning|activity|lectures?)|web[\s-]based|"
    r"internet)\b",
    re.IGNORECASE,
)
_IN_PERSON = lazy_compile(
    r"\bin[\s-]person\s+(?:attendance|activity|event|conference|meeting|course|registration|"
    r"annual|convention|session)|\bconvention\s+cent|\bhotel\b|\bresort\b",
    re.IGNORECASE,
)


_SIGNAL = {k: word_class(v) for k, v in FORMAT_SIGNALS.items() if isinstance(v, list)}
# the longest token of each phrase, lower case: a cheap substring test before the regex (R-PF-1)
_SIGNAL_HINTS = {
    k: tuple({max(w.lower().replace("-", " ").split(), key=len) for w in v})
    for k, v in FORMAT_SIGNALS.items()
    if isinstance(v, list)
}


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
        span = next(folded(rx).spans(doc.flat, doc.low, doc.foldable), None)
        if span:
            used(diags, field, doc.line_at(span[0]), note)
            return


def _in_address(text: str, start: int, end: int) -> bool:
    """The match at `start:end` is part of a web or mail address ("elearning.example.org/
    catalog", "https://www.virtualcare.org"): the address names a site, not how the activity
    is taken."""
    before = text[max(0, start - 60) : start]
    token = before.rsplit(None, 1)[-1] if before and not before[-1].isspace() else ""
    after = text[end : end + 2]
    return (
        "/" in token
        or "@" in token
        or token.lower().startswith("www.")
        or (token.endswith(".") and len(token) > 1)
        or (len(after) == 2 and after[0] in "./" and after[1].isalnum())
    )


# what "virtual" qualifies when it is care given at a distance, the subject taught ("virtual
# neurology care", "virtual visits", "Canadian Virtual Hospice"), not how the activity is taken
_VIRTUAL_TOPIC = lazy_compile(
    r"\s+(?:[\w-]+\s+)?(?:care|visits?|reality|consults?|consultations?|wards?|hospitals?|"
    r"hospice|clinics?)\b(?!\s+(?:conferences?|summits?|symposi\w*|meetings?|webinars?|courses?|"
    r"sessions?|workshops?|events?|series|program\w*|training))",
    re.IGNORECASE,
)


# "virtually" meaning "almost", before a word of quantity or of change ("virtually all",
# "have virtually exploded"), not how the activity is taken ("held virtually")
_ALMOST = lazy_compile(
    r"\s+(?:all|every\w*|any\w*|no|none|nothing|impossible|identical|unchanged|unknown|"
    r"non-?existent|always|never|the\s+same|exploded|doubled|tripled|disappeared|eliminated)\b",
    re.IGNORECASE,
)


def _virtual_topic(text: str, start: int, end: int) -> bool:
    """The match at `start:end` is "virtual" before care or a place of care (_VIRTUAL_TOPIC),
    or "virtually" meaning "almost" (_ALMOST)."""
    word = text[start:end].lower()
    if word == "virtually":
        return _ALMOST.match(text, end) is not None
    return word == "virtual" and _VIRTUAL_TOPIC.match(text, end) is not None


# a speaker's biography: a person is its subject ("She completed her residency ...", "Dr. Lane
# has served ...", "Ms. Ortiz has contributed ..."); what it names (a podcast she hosts, a
# web-based program he built) is the person's work, not how the activity is taken
_BIOGRAPHY = lazy_compile(
    r"\b(?:(?:She|He)|(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+[A-Z][\w'-]+)\s+(?:also\s+)?"
    r"(?:has|had|is|was|serves|served|completed|received|earned|joined|holds|held|leads|led|"
    r"directs|directed|teaches|taught|works|worked|founded|hosts|hosted|developed)\b"
)


def _in_biography(doc: Doc, start: int) -> bool:
    """The match at `start` is on a line that is a person's biography (_BIOGRAPHY)."""
    text = doc.line_at(start).text
    return ("he " in text or ". " in text) and _BIOGRAPHY.search(text) is not None


def _signal(doc: Doc, name: str) -> bool:
    """The page holds a word of the class `name` (asked by several rules: read once a page)."""
    key = "signal:" + name
    found = doc.memo.get(key)
    if found is None:
        flat = doc.flat
        found = any(h in doc.low for h in _SIGNAL_HINTS[name]) and any(
            not _in_address(flat, start, end)
            and not _virtual_topic(flat, start, end)
            and not _in_biography(doc, start)
            and not foreign(doc, start)  # a menu, other activities, a sponsor (R-FO-9)
            for start, end in folded(_SIGNAL[name]).spans(flat, doc.low, doc.foldable)
        )
        if name == "recorded" and not found:
            found = "record" in doc.low and any(
                not foreign(doc, m.start()) and " not " not in m.group().lower()
                for m in _MEDIA_RECORDING.finditer(doc.flat)  # "is not recorded"
            )
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
_MEDIA_RECORDING = lazy_compile(
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


# attending named remote, as one way of attending a gathering ("Virtual attendance will be
# monitored", "3000 participants attending the event digitally", "if you attend online only"):
# a second way, in the room, is implied (three pages of three in the corpus are hybrid)
_REMOTE_ATTENDANCE = lazy_compile(
    r"\battend\w*\s+(?:the\s+(?:event|conference|congress|meeting|course)\s+)?"
    r"(?:digitally|virtually|remotely|online)\b|"
    r"\b(?:virtual|remote|online|digital)\s+attendance\b",
    re.IGNORECASE,
)


def remote_attendance(doc: Doc) -> bool:
    """The page names attending remotely as one way of attending (_REMOTE_ATTENDANCE)."""
    return guarded(_REMOTE_ATTENDANCE, doc, "attend")


def _attended(doc: Doc) -> bool:
    """Words of physical attendance or a venue: people gather in one place."""
    return (
        _signal(doc, "in_person")
        or guarded_outside_biography(_IN_PERSON, doc, "person", "convention", "hotel", "resort")
        or _signal(doc, "venues")
        or _STREET.search(doc.flat) is not None
    )


_UNITS = "|".join(
    r"[\s-]+".join(map(re.escape, u.split()))
    for u in sorted(FORMAT_SIGNALS["learning_units"], key=len)[::-1]
)
_VERBS = "|".join(map(re.escape, FORMAT_SIGNALS["delivery_verbs"]))
# "online modules", "online, self-learning activity", "presented online", "Study mode: Online",
# "online occupational physical therapy ceu course" (up to four modifiers, R-FO-13)
_ONLINE_UNIT = lazy_compile(
    rf"\bonline(?:[\s,]+(?!(?:for|to|at|by|from|the|a|an|and|or|via|with|in|on)\b)[\w-]+){{0,4}}?"
    # not the first word of a page tool's name ("Online Program Planner", "online course
    # catalog")
    rf"[\s,]+(?:{_UNITS})\b(?![\s-]+(?:planner|catalog(?:ue)?|directory|registration|store))|"
    rf"\b(?P<verb>{_VERBS})\s+(?:\w+\s+)?online\b|\bmode\s*:?\s*online\b",
    re.IGNORECASE,
)
# what is completed online to claim credit, not to learn ("the exam must be completed online"):
# docs/corpus.md 'Delivery', a test, evaluation or certificate online says how credit is claimed
_CLAIMED = lazy_compile(
    r"\b(?:quiz(?:zes)?|(?:post-?)?tests?|exams?|examinations?|evaluations?|assessments?|"
    r"surveys?|forms?|certificates?|attestations?)\b[^.;:!?\n]{0,30}$",
    re.IGNORECASE,
)


def online_unit(doc: Doc) -> bool:
    """Online material or a way of delivering online (`_ONLINE_UNIT`), not a test or form
    completed online (`_CLAIMED`). Read once a page."""
    found = doc.memo.get("online_unit")
    if found is None:
        found = (
            "online" in doc.low
            and doc.has(_ONLINE_UNIT)
            and any(
                not (m["verb"] and _CLAIMED.search(doc.flat, max(0, m.start() - 60), m.start()))
                for m in _ONLINE_UNIT.finditer(doc.flat)
            )
        )
        doc.memo["online_unit"] = found
    return bool(found)


# a street address, or a storey of a building ("on the third floor of ...")
_STREET = lazy_compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.-]*\s+){1,3}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|"
    r"Boulevard|Blvd\.?|Drive|Dr\.|Lane|Way|Place|Pl\.)(?![\w])|"
    r"\b(?i:first|second|third|fourth|fifth|ground|\d{1,2}(?:st|nd|rd|th))\s+(?i:floor)\s+of\b"
)


# attendance words naming the activity's own part ("face-to-face training", "in-person workshop")
_ATTENDED_UNIT = lazy_compile(
    rf"\b(?:in[\s-]person|face[\s-]to[\s-]face|on[\s-]?site)\s+(?:[\w-]+\s+)?(?:{_UNITS}|day)\b",
    re.IGNORECASE,
)


def guarded(rx: re.Pattern[str], doc: Doc, *needles: str) -> bool:
    """Search the page for `rx` only when one of the needles is in it (speed, R-PF-1)."""
    return any(n in doc.low for n in needles) and doc.has(rx)


def guarded_outside_biography(rx: re.Pattern[str], doc: Doc, *needles: str) -> bool:
    """`guarded`, counting no match on a speaker's biography line (_BIOGRAPHY), a menu, a
    list of other activities or a sponsor's clause (format_scope.foreign)."""
    return guarded(rx, doc, *needles) and any(
        not _in_biography(doc, m.start()) and not foreign(doc, m.start())
        for m in rx.finditer(doc.flat)
    )


def guarded_text(rx: re.Pattern[str], text: str, low: str, *needles: str) -> bool:
    """`guarded` for a text other than a page's (`low` is `text.lower()`)."""
    return any(n in low for n in needles) and folded(rx).found(text, low)
