"""Turn listing text into lines and key/value fields, whatever the layout.

Layouts handled (see rules.md):
- key/value records, one per line, with or without a leading `- ` (seed 003), including
  several `Key: value` pairs run together on one line with ` - ` between them;
- key/value runs with no separators at all (`Activity ID13870Expires October 27, 2027...`);
- headed course pages with bullet lists (seed 000);
- prose (accreditation and designation statements), read by the field extractors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from opencme.ingest.parsing.fastre import foldable, folded
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.text import clean_text, html_to_text, looks_like_html
from opencme.ingest.parsing.vocab import (
    AUDIENCE_CUES,
    DATE_KEYS,
    DESCRIPTION_KEYS,
    PEOPLE_ROLES,
    PROVIDER_CUES,
)

# canonical field for each key as listings write it (lower case, no punctuation)
KEY_ALIASES: dict[str, str] = {}
for _canon, _keys in {
    "title": "title|activity title|course title|program title",
    "provider": "provider|provided by|accredited provider|cme provider|activity provider",
    "url": "activity link|url|link|website|course link",
    "description": "description|module description|course description|activity description|"
    "program description|about this activity|overview|activity overview|course overview",
    "location": "location|venue|where|meeting location",
    "estimated_minutes": "estimated time to complete|time to complete|estimated time|"
    "estimated time to complete activity|time required",
    "cost": "cost|fee|fees|price|fee to participate|registration fee|registration fees|"
    "tuition|course fee",
    "registration": "registration",
    "providership": "provider ship|providership",
    "commercial_support": "commercial support",
    "credits": "credit details|credits|credit|credit offered|credits offered|credits available|"
    "credit designations available|credit designations|credit designation|credit type|"
    "credit types|cme credit|cme credits|ce credits|ce credit|contact hours",
    "moc": "moc credit details|moc|moc points|moc credit",
    "format": "activity type|format|format type|cme finder type|activity format|availability|"
    "type of activity|learning format",
    "measured_outcomes": "measured outcome|measured outcomes",
    "specialties": "specialty|specialties",
    "audience": "target audience|audience|intended audience",
    "faculty": "presenter|presenters|presenter s|faculty|speaker|speakers|speaker s|author|"
    "authors|written by|course director|course directors|instructor|instructors",
    "uan": "uan|acpe uan|universal activity number|acpe number|acpe program number",
    "objectives": "educational objectives|educational objective|learning objectives|"
    "learning objective|objectives|learning outcomes",
    "topics": "topics|topic",
    "activity_id": "activity id|activity number|course id",
}.items():
    for _k in _keys.split("|"):
        KEY_ALIASES[_k] = _canon
# R-TI-34: a key naming the activity's title or name: "<noun> title|name" or "title|name of
# (the) <noun>" for the nouns of a whole activity ("Title of Offering", "Course Name", "Name of
# Program"); a session's or a presentation's name may be a part's, so those nouns stay out
_WHOLE_NOUNS = (
    "activity|course|program|programme|event|offering|conference|webinar|workshop|module|"
    "seminar|symposium|training|meeting|lecture"
)
for _noun in _WHOLE_NOUNS.split("|"):
    for _k in (f"{_noun} title", f"{_noun} name", f"title of {_noun}", f"name of {_noun}"):
        KEY_ALIASES.setdefault(_k, "title")
        KEY_ALIASES.setdefault(_k.replace(" of ", " of the "), "title")
# date keys as a class (data/date_keys.json); "not_date" keys are known so that nothing else
# (a title, a release date) is read from them
for _k in PEOPLE_ROLES["faculty_keys"]:
    KEY_ALIASES.setdefault(_k, "faculty")
for _k in PROVIDER_CUES["provider_keys"]:  # the organisation family of keys (V's table)
    KEY_ALIASES.setdefault(_k, "provider")
for _k in AUDIENCE_CUES["audience_keys"]:
    KEY_ALIASES.setdefault(_k, "audience")
for _k in DESCRIPTION_KEYS["description_keys"]:
    KEY_ALIASES.setdefault(_k, "description")
for _canon in ("start_date", "end_date", "expires", "not_dates"):
    for _k in DATE_KEYS[_canon]:
        KEY_ALIASES[_k] = "not_date" if _canon == "not_dates" else _canon

_KEY_LINE = lazy_compile(
    r"^\s*(?:[-*•]\s*)?(?P<key>[A-Za-z][A-Za-z0-9 /()&'’.+™®-]{0,48}?)\s*:\s*(?P<value>.*)$"
)
_INLINE_KEY_SPLIT = lazy_compile(r"\s+-\s+(?=[A-Z][A-Za-z /()]{1,40}:)")
_KEY_NORM = lazy_compile(r"[^a-z0-9]+")
# keys that may arrive glued to the previous value (`2027Format Type Enduring`)
_GLUED_KEYS = (
    "Activity ID",
    "Expiration Date",
    "Expires",
    "Release Date",
    "Format Type",
    "CME Credits",
    "CME Credit",
    "Credits",
    "Fee",
    "Cost",
    "Provider",
    "Specialty",
    "Activity Type",
    "Location",
)
_GLUED_SPLIT = lazy_compile(
    r"(?<=[a-z0-9)])(?=(?:" + "|".join(re.escape(k) for k in _GLUED_KEYS) + r")(?:\s|\d|\$|:))"
)
_GLUED_KEY_AT_START = lazy_compile(
    r"^(?P<key>" + "|".join(re.escape(k) for k in _GLUED_KEYS) + r")\s*:?\s*(?P<value>.+)$"
)
_DIGIT = lazy_compile(r"\d")
_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
BULLET = lazy_compile(r"^\s*(?:[•▪●◦‣∙·*-]|\d{1,2}[.)])\s+")


@lru_cache(maxsize=4096)  # pure; the same keys come back on every page
def norm_key(key: str) -> str:
    return _KEY_NORM.sub(" ", key.lower()).strip()


def key_canon(key: str) -> str | None:
    """The field a key names; a key of two names joined by a slash ("Course Description/Subject
    Matter", "Contact Hours/Total Clock Hours") names the field its known names agree on
    (R-LY-7)."""
    canon = KEY_ALIASES.get(norm_key(key))
    if canon is None and "/" in key:
        named = {c for part in key.split("/") if (c := KEY_ALIASES.get(norm_key(part)))}
        canon = named.pop() if len(named) == 1 else None
    return canon


@dataclass(slots=True)
class Line:
    """One logical line; `no` is its 1-based line number in the (HTML-stripped) text."""

    no: int
    text: str
    key: str | None = None  # canonical field name when the key is known
    raw_key: str | None = None
    value: str | None = None
    digit: bool = False  # holds a digit (cheap pre-filter for amount and date patterns)
    year: bool = False  # holds a 4-digit year


@dataclass(slots=True)
class Doc:
    text: str  # the text the line numbers refer to
    lines: list[Line]
    layout: str
    flat: str = ""  # lines joined with "\n", for prose patterns
    low: str = ""  # `flat` in lower case, for cheap substring guards before regexes
    foldable: bool = False  # `low` changes only ASCII letters of `flat` (fastre.foldable)
    _starts: list[int] = field(default_factory=list)
    _line_of: list[int] = field(default_factory=list)
    memo: dict[str, Any] = field(default_factory=dict)  # readings asked more than once

    def line_at(self, offset: int) -> Line:
        """The logical line holding a character offset of `flat`."""
        return self.lines[bisect_right(self._starts, offset) - 1]

    def has(self, rx: re.Pattern[str]) -> bool:
        """Whether `rx` matches somewhere in `flat`: `rx.search(flat) is not None`, faster for
        a lower-case IGNORECASE pattern on most pages (fastre.py)."""
        return folded(rx).found(self.flat, self.low, self.foldable)

    def fields(self, canon: str) -> list[Line]:
        """The lines keyed `canon`, in order. Extractors ask for a key a dozen times a page:
        the lines are grouped by key once (keys are settled when build_doc returns)."""
        keyed = self.memo.get(_KEYED)
        if keyed is None:
            keyed = self.memo[_KEYED] = {}
            for ln in self.lines:
                if ln.key is not None:
                    keyed.setdefault(ln.key, []).append(ln)
        return list(keyed.get(canon, ()))


_KEYED = "lines by key"  # Doc.memo's key of Doc.fields' grouping


# the words a glued run holds at least two of (no one overlaps another: a count of the matches
# of the alternation is the sum of each word's count)
_GLUED_HINT = lazy_compile("ID|Expir|Fee|Credit|Format|Cost")


def _split_glued(text: str) -> list[str]:
    if len(_GLUED_HINT.findall(text)) < 2:
        return [text]
    parts = _GLUED_SPLIT.split(text)
    return [p.strip() for p in parts if p.strip()]


_LONE_BULLET = lazy_compile(r"^\s*(?:[•▪●◦‣∙·*-]|\d{1,2}[.)]|[a-z][.)])\s*$")


def _join_lone_bullets(physical: list[str]) -> list[str]:
    """A bullet marker alone on its line (`•`, `-`, `1.`) belongs to the next line with text
    (R-LY-4); that line is left empty so line numbers still count physical lines."""
    out = list(physical)
    for i, line in enumerate(out):
        if not _LONE_BULLET.match(line):
            continue
        j = next((k for k in range(i + 1, min(i + 4, len(out))) if out[k].strip()), None)
        if j is None or _LONE_BULLET.match(out[j]):
            continue
        out[i] = f"{line.strip()} {out[j].strip()}"
        out[j] = ""
    return out


# a bullet symbol glued to its item's first letter or figure ("·Describe …", "•Shock"): pages
# that lose the space their markup drew; "*" and "-" glued stay (emphasis, a word's hyphen)
_SYMBOLS = frozenset("•▪●◦‣∙·")
_GLUED_BULLET = lazy_compile(r"^(\s*[•▪●◦‣∙·])(?=[^\W_])")


def _space_glued_bullets(physical: list[str]) -> list[str]:
    """A bullet symbol glued to the item's text is a bullet (R-LY-6): a space goes after it."""
    return [
        _GLUED_BULLET.sub(r"\1 ", line) if line.lstrip()[:1] in _SYMBOLS else line
        for line in physical
    ]


def _join_colon_values(physical: list[str]) -> list[str]:
    """A value set on the line below its key with the colon opening it ("CPD Units" / ": 3.00
    Points", a definition list flattened): one `key: value` line (R-LY-5); the value's line is
    left empty so line numbers still count physical lines."""
    out = list(physical)
    for i in range(1, len(out)):
        value = out[i].strip()
        if not value.startswith(":") or len(value) < 3 or value[1:2] not in (" ", "\t"):
            continue
        key = out[i - 1].strip()
        if not (
            2 <= len(key) <= _KEY_ABOVE_MAX
            and ":" not in key
            and key[-1:].isalnum()
            and not BULLET.match(key)
        ):
            continue
        out[i - 1] = f"{key}: {value[1:].strip()}"
        out[i] = ""
    return out


_KEY_ABOVE_MAX = 40  # a key's length; a longer line is a sentence, not a key


def _join_wrapped(physical: list[str]) -> list[tuple[int, str]]:
    """Rejoin lines wrapped mid-sentence (PDF text): the next line starts in lower case."""
    out: list[tuple[int, str]] = []
    last = -1  # index in `out` of the last line that holds text
    for no, line in enumerate(physical, start=1):
        stripped = line.strip()
        prev = out[last][1] if last >= 0 else ""
        if (
            prev
            and stripped[:1].islower()
            and " " in stripped
            and "@" not in stripped
            and not prev.endswith((".", ":", "!", "?", ";", "|"))
            and not BULLET.match(stripped)
            and (last == len(out) - 1 or not any(t for _n, t in out[last + 1 :]))
        ):
            out[last] = (out[last][0], prev + " " + stripped)
            out.append((no, ""))
            continue
        out.append((no, stripped))
        if stripped:
            last = len(out) - 1
    return out


# headings whose paragraph below is the field's value (`Target Audience` / `All pharmacists ...`)
_HEADED = frozenset({"description", "audience", "objectives"})


def _headed_fields(lines: list[Line]) -> None:
    """A bare heading naming a field takes the paragraph under it as its value (R-LY-2)."""
    for i, ln in enumerate(lines):
        if ln.raw_key is not None or not ln.text or len(ln.text) > 40:
            continue
        canon = KEY_ALIASES.get(norm_key(ln.text))
        if canon not in _HEADED:
            continue
        nxt = next((x for x in lines[i + 1 : i + 4] if x.text), None)
        if nxt is not None and BULLET.match(nxt.text):
            ln.key, ln.raw_key, ln.value = canon, ln.text, ""  # a list follows the heading
            continue
        if nxt is None or nxt.raw_key is not None:
            continue
        if len(nxt.text) < 40 or KEY_ALIASES.get(norm_key(nxt.text)):
            continue
        # A paragraph ending in ":" introduces a list; only a description keeps such a lead-in,
        # and only when it is prose, not a label (R-LY-2b).
        if nxt.text.endswith(":") and (canon != "description" or nxt.text.count(" ") < 8):
            continue
        ln.key, ln.raw_key, ln.value = canon, ln.text, nxt.text


# fields whose value may stand alone on the line under its key (`Expiration Date` / `June 1,
# 2026`); headed paragraphs (description, audience, objectives) are `_headed_fields`' business
_ABOVE = frozenset(
    {
        "title",
        "provider",
        "url",
        "start_date",
        "end_date",
        "expires",
        "location",
        "cost",
        "estimated_minutes",
        "format",
        "credits",
        "moc",
        "specialties",
        "faculty",
        "uan",
        "not_date",
        "registration",
        "commercial_support",
        "providership",
        "topics",
    }
)


def _key_above_value(lines: list[Line]) -> None:
    """A known key alone on its line takes the next line as its value (R-LY-3), when that line
    is short, not itself a key and not a bullet."""
    for i, ln in enumerate(lines):
        if (ln.raw_key is not None and ln.value) or not ln.text or len(ln.text) > 50:
            continue
        canon = KEY_ALIASES.get(norm_key(ln.raw_key or ln.text))
        if canon not in _ABOVE:
            continue
        nxt = next((x for x in lines[i + 1 : i + 3] if x.text), None)
        if nxt is None or nxt.raw_key is not None or len(nxt.text) > 120:
            continue
        if KEY_ALIASES.get(norm_key(nxt.text)) or BULLET.match(nxt.text):
            continue
        if nxt.text.rstrip().endswith(".") and nxt.text.count(" ") >= 5:
            continue  # a sentence under a heading, not a value
        ln.key, ln.raw_key, ln.value = canon, ln.text.rstrip(":").strip(), nxt.text.strip()


def build_doc(raw: str) -> Doc:
    """Lines and fields of a listing (plain text or HTML)."""
    text = html_to_text(raw) if looks_like_html(raw) else clean_text(raw)
    lines: list[Line] = []
    glued = inline = keyed = bullets = 0
    for no, stripped in _join_wrapped(
        _join_lone_bullets(_join_colon_values(_space_glued_bullets(text.split("\n"))))
    ):
        if not stripped:
            lines.append(Line(no, ""))
            continue
        pieces = [stripped]
        glued_pieces = _split_glued(stripped)
        if len(glued_pieces) >= 3:
            glued += 1
            pieces = glued_pieces
        else:
            split = _INLINE_KEY_SPLIT.split(stripped) if " - " in stripped else [stripped]
            if len(split) > 1:
                inline += 1
                pieces = split
        for piece in pieces:
            line = Line(no, piece)
            if _DIGIT.search(piece):
                line.digit = True
                line.year = _YEAR.search(piece) is not None
            m = _KEY_LINE.match(piece) if ":" in piece else None
            if m and not m.group("key").lower().startswith(("http", "www")):
                canon = key_canon(m.group("key"))
                line.raw_key = m.group("key").strip()
                line.value = m.group("value").strip()
                line.key = canon
                if canon:
                    keyed += 1
            elif len(pieces) > 1:
                g = _GLUED_KEY_AT_START.match(piece)
                if g:
                    line.raw_key = g.group("key")
                    line.value = g.group("value").strip()
                    line.key = KEY_ALIASES.get(norm_key(g.group("key")))
            if BULLET.match(piece):
                bullets += 1
            lines.append(line)
    _headed_fields(lines)
    _key_above_value(lines)
    if glued:
        layout = "run_together"
    elif keyed >= 4:
        layout = "key_value"
    elif bullets >= 2:
        layout = "headed_page"
    else:
        layout = "prose"
    doc = Doc(text=text, lines=lines, layout=layout)
    starts: list[int] = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln.text) + 1
    doc.flat = "\n".join(ln.text for ln in lines)
    doc.low = doc.flat.lower()
    doc.foldable = foldable(doc.flat)
    doc._starts = starts
    return doc
