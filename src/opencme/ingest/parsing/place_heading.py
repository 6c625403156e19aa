"""A place written in a page's heading lines: a banner "City - Country" line next to the event's
dates ("PORT MAREN - PORTUGAL" over "12-14 JUNE 2031") and a title ending in a city and its
region ("Aseptic Technique Course, Glenrock Wyoming"). The last part must be a country or a
first-level region (data/regions.json), so a slogan over the dates ("DEEP ROOTS - NEW SHOOTS")
is none (docs/corpus.md "Location")."""

from __future__ import annotations

import json
from pathlib import Path

from opencme.ingest.parsing.dates import parse_range
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile

_REGIONS = json.loads(
    (Path(__file__).with_name("data") / "regions.json").read_text(encoding="utf-8")
)
_REGION_NAMES = frozenset(n.lower() for n in _REGIONS["countries"] + _REGIONS["regions"])
# "City - Country", "City, Country", "City – Country" on a line of its own
_BANNER = lazy_compile(
    r"^(?P<city>[A-ZÀ-Ý][\w'’.]*(?: [A-ZÀ-Ý][\w'’.]*){0,3}) *(?:[-–—]|,) +"
    r"(?P<region>[A-ZÀ-Ý][\w'’]*(?: [A-ZÀ-Ý][\w'’]*){0,3})$"
)
# a title's last comma part: one to three capitalised words, then a region ("Glenrock Wyoming")
_TITLE_PLACE = lazy_compile(r", +(?P<place>[A-ZÀ-Ý][a-zà-ÿ'’]+(?: [A-ZÀ-Ý][a-zà-ÿ'’]+){1,4})$")
_CAPS_WORD = lazy_compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’]*")


def _region(name: str) -> bool:
    return name.lower() in _REGION_NAMES


def _title_case(value: str) -> str:
    """A place written in capitals as a name is written ("ST JULIAN'S" -> "St Julian's")."""
    if not value.isupper() or len(value) <= 3:
        return value  # a code ("UK", "USA") stays
    return _CAPS_WORD.sub(lambda m: m[0][0] + m[0][1:].lower(), value)


def _beside_dates(lines: list[Line], i: int) -> bool:
    """An event date range on one of the two filled lines before or after line `i`."""
    near: list[Line] = []
    for step in (1, -1):
        j, seen = i + step, 0
        while 0 <= j < len(lines) and seen < 2:
            if lines[j].text.strip():
                near.append(lines[j])
                seen += 1
            j += step
    return any(x.year and len(x.text) <= 40 and parse_range(x.text) for x in near)


def banner_place(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """A "City - Country" line beside the event's dates."""
    lines = doc.lines
    for i, ln in enumerate(lines[:40]):
        t = ln.text.strip()
        if not t or len(t) > 60 or ln.digit or ln.raw_key is not None:
            continue
        if " - " not in t and " – " not in t and " — " not in t and ", " not in t:
            continue
        m = _BANNER.match(t)
        if not m or not _region(m["region"]) or _region(m["city"]):
            continue
        if _beside_dates(lines, i):
            used(diags, "location", ln, "a city and country beside the event's dates")
            return f"{_title_case(m['city'])}, {_title_case(m['region'])}"
    return None


def title_place(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The city and region ending a title line among the page's first lines."""
    seen = 0
    for ln in doc.lines:
        t = ln.text.strip()
        if not t:
            continue
        seen += 1
        if seen > 6:
            break
        if len(t) > 120 or ln.digit or ", " not in t or t.endswith("."):
            continue
        m = _TITLE_PLACE.search(t)
        if m is None:
            continue
        words = m["place"].split()
        if _region(m["place"]):
            continue  # a region alone ("..., New Mexico", "..., West Virginia")
        for cut in (2, 1):  # "Albany New York", "Glenrock Wyoming"
            city = " ".join(words[:-cut])
            if city and _region(" ".join(words[-cut:])) and not _region(city):
                used(diags, "location", ln, "a city and region ending the title")
                return m["place"]
    return None
