"""A location under a key ("Location:", "Venue:", "Where:", the value on the line under the
key) and the cleaning of a location value: times, attendance modes, online alternatives and
meeting tools are no place (docs/corpus.md "Location")."""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.format_remote import remote_place_value
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import Doc, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.place_block import address_tail, is_street_line

_TABLE = json.loads(
    (Path(__file__).with_name("data") / "venue_words.json").read_text(encoding="utf-8")
)
_TIME_RX = lazy_compile(r"\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d\d", re.IGNORECASE)
_TOOLS = lazy_compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(_TABLE["tools"], key=len)[::-1]) + r")\b",
    re.IGNORECASE,
)
# the words a meeting tool is named with ("On Zoom", "Via the Teams platform", "Online using Webex")
_FILLER = lazy_compile(
    r"\b(?:on|via|over|through|using|by|in|the|a|an|online|virtual(?:ly)?|live|platform|"
    r"meeting|call|app|link|video|conference|webinar|ms|microsoft)\b",
    re.IGNORECASE,
)
_BRACKET = lazy_compile(r"\([^()]*\)")
_CAP_START = lazy_compile(r"^[A-Z0-9]")  # a venue's name, not a sentence
# a date opening a combined key's value, its weekday too ("February 11-13, 2027, ", "Sat 3 May
# 2027 – ", "11–13 February 2027, ")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAYS = r"\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?"
_DATE_HEAD = lazy_compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MONTH}\s+{_DAYS}|{_DAYS}\s+{_MONTH}),?\s+(?:19|20)\d\d\s*(?:[,|;–-]\s*)+(?=[A-Z])"
)
_MONTH_HEADS = frozenset(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun".split()  # noqa: SIM905
)
_KEY = lazy_compile(r"(?:^|\s)(?:location|venue|where|address|place)(?:\s|$)")
_NOT_KEY = lazy_compile(r"\b(?:e ?mail|web|url|ip|mailing|billing|return|online|virtual)\b")
_MODE = lazy_compile(r"\s*\((?:in[\s-]person|virtual|online|hybrid|live)\)", re.IGNORECASE)
_ALTERNATIVE = lazy_compile(
    # R-LO-11: glued to the venue by a slash ("Trust/online") or after a comma (", virtual
    # tickets available for …") too
    r"(?:\s+(?:or|and|&|\+)\s+|\s*/\s*|,\s+)(?:an?\s+)?"
    r"(?:online|virtual|via|live\s*stream|webinar|zoom)\b.*$",
    re.IGNORECASE,
)
# R-LO-11: the mode of attendance opening the value, after the day maybe ("In-Person at 12 Elm
# St", "June 18, 2031 In-Person at the Hill Center"); footnote marks after it ("… MN**"); a
# sentence of directions after it (". Please contact … for directions.")
_MODE_AT = lazy_compile(
    rf"^(?:(?:{_MONTH}\s+{_DAYS}|{_DAYS}\s+{_MONTH}),?\s+(?:19|20)\d\d\s+)?"
    r"(?:in[\s-]person|on[\s-]?site)\s+at\s+(?:the\s+)?(?=[A-Z0-9])",
    re.IGNORECASE,
)
_DIRECTIONS = lazy_compile(r"(?<=[\w)])\.\s+(?:Please|Contact|Call|For|Parking|Directions)\b.*$")


# a postal box opening the value ("PO Box 25, Eastfield", "P.O. Box", "GPO Box", "Private Bag",
# "Locked Bag", "Postfach")
_POST_BOX = lazy_compile(
    r"(?:(?:G\.?\s?)?P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Private\s+Bag|Locked\s+Bag|"
    r"Postfach|Bo[iî]te\s+postale)\b",
    re.IGNORECASE,
)


def clean_place(value: str) -> str | None:
    """A location value without times, attendance modes and online alternatives; None when
    only a meeting tool is left."""
    parts = [p.strip() for p in re.split(r"\s+\|\|?\s+", value)]
    parts = [p for p in parts if p and not (_TIME_RX.search(p) and len(p) < 30)]
    v = _MODE_AT.sub("", ", ".join(parts).strip())
    v = _DIRECTIONS.sub("", _ALTERNATIVE.sub("", _MODE.sub("", v))).strip(" ,;-–*")
    if v[:1].isdigit() or v[:3] in _MONTH_HEADS:
        v = _DATE_HEAD.sub("", v)  # "Date/Location: February 11-13, 2027, Northport, PA" (R-LO-5)
    if _POST_BOX.match(v):
        return None  # a postal box is where letters go, no place one attends (R-LO-5)
    if remote_place_value(v):
        return None  # "Distance Learning", "Online via Teams": a way of taking part (R-LO-5)
    bare = _FILLER.sub("", _TOOLS.sub("", _BRACKET.sub("", v)))  # a note in brackets aside
    if not v or not re.sub(r"[\W\d_]+", "", bare):
        return None  # a meeting tool and the words around it ("On Zoom", "Via MS Teams")
    return v


def _key_value(lines: list[Line], i: int) -> tuple[Line, str] | None:
    ln = lines[i]
    if ln.value:
        return ln, ln.value
    for nxt in lines[i + 1 : i + 3]:
        t = nxt.text.strip().lstrip("-•*▪ ").strip()
        if t:
            return (nxt, t) if nxt.raw_key is None and len(t) <= 120 else None
    return None


def _block(lines: list[Line], key: Line) -> list[str]:
    """The address lines under the keyed venue's line (place_block.py)."""
    if "|" in (key.value or "") or not _CAP_START.match(key.value or ""):
        return []
    i = lines.index(key)
    if not key.text.partition(":")[2].strip():  # the value on the line under the key
        i = next((j for j in range(i + 1, min(i + 3, len(lines))) if lines[j].text.strip()), i)
    # a street line as the value ("951 Harbour Parkway" / "Suite 101" / "Eastfield, TN …")
    return address_tail(lines, i, street=is_street_line((key.value or "").strip()))


def keyed_place(doc: Doc, diags: list[Diagnostic]) -> tuple[bool, str | None]:
    """(a location key was found, its place)."""
    ln = keyed(doc, "location")
    if ln and ln.value:
        used(diags, "location", ln)
        return True, clean_place(", ".join([ln.value, *_block(doc.lines, ln)]))
    lines = doc.lines
    for i, ln in enumerate(lines):
        if ln.raw_key is None or ln.key is not None:
            continue
        k = norm_key(ln.raw_key)
        if k.count(" ") > 4 or not _KEY.search(k) or _NOT_KEY.search(k):
            continue
        got = _key_value(lines, i)
        if got:
            used(diags, "location", got[0], "a location key")
            # R-LO-9: the address block under the venue, as under a known key's
            j = lines.index(got[0])
            block = address_tail(lines, j, street=is_street_line(got[1])) if j != i else []
            return True, clean_place(", ".join([got[1], *block]))
    return False, None
