"""Where and when an event runs, set after its name on the name's line (docs/corpus.md "Title":
a venue run onto the name's line is dropped; R-TI-23): after " @ " ("… Forum 2031 @ Hobart
Convention Centre"), a place after a comma once the name has ended in its noun or year ("…
Forum 2031, Hobart, Tasmania"), a date and a place after a comma ("20th Congress of X,
February 19-22, 2031, Hobart, Tasmania"), and a place after a date after a separator ("…
Forum 2031 – June 5, 2031 – Hobart"). Places: data/regions.json, as title_site.py reads them."""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.dates import DATEISH, parse_date, parse_range
from opencme.ingest.parsing.lazyre import lazy_compile

_REGIONS = json.loads(
    (Path(__file__).with_name("data") / "regions.json").read_text(encoding="utf-8")
)
REGION_NAMES = frozenset(n.lower() for n in _REGIONS["countries"] + _REGIONS["regions"])
CAP_WORD = lazy_compile(r"^[A-ZÀ-Ý0-9][\w'’.&-]*\Z")
# an event's name ends in its noun, a year or an edition ("… Symposium", "… 2031")
EVENT_END = lazy_compile(
    r"(?:\b(?:conference|congress|symposium|summit|forum|meeting|convention|workshop|course)s?"
    r"|\b(?:19|20)\d\d)\Z",
    re.IGNORECASE,
)
_AT_MOST = 10  # words after " @ ": a venue, a time, a city


def place_part(part: str) -> bool:
    """A place alone: a country or a region ("Ontario", "Australia"), or a city (up to three
    capitalised words) and its region or a two-letter code ("Toronto, ON", "Hobart,
    Tasmania")."""
    p = part.strip()
    if p.lower() in REGION_NAMES:
        return True
    city, comma, region = p.rpartition(", ")
    if not comma or not city or len(city.split()) > 3:
        return False
    # a part of the city in brackets counts as its words ("Chicago Area (Rockford), IL")
    if not all(CAP_WORD.match(w.strip("()")) for w in city.split()):
        return False
    region = region.strip()
    return region.lower() in REGION_NAMES or (
        len(region) == 2 and region.isupper() and region.isalpha()
    )


def date_part(p: str) -> bool:
    """A part that is a date alone ("June 5, 2031", "February 19-22, 2031")."""
    p = p.strip(" .:-–—!")
    return (parse_date(p) is not None or parse_range(p) is not None) and len(
        DATEISH.sub("", p).split()
    ) <= 1


def _dated_place(rest: str) -> bool:
    """A date, a comma and a place ("February 19-22, 2031, Hobart, Tasmania")."""
    for m in _COMMA.finditer(rest):
        if place_part(rest[m.end() :]) and date_part(rest[: m.start()]):
            return True
    return False


_COMMA = lazy_compile(r", ")


def _comma_place(t: str) -> str:
    """ "<event> 2031, Hobart, Tasmania" (the name ending in its noun or year), "<name>, June 5,
    2031, Hobart, Tasmania" (a date and a place: when and where): the name alone."""
    last = t.rpartition(", ")[2].strip()
    if last.lower() not in REGION_NAMES and not (len(last) == 2 and last.isupper()):
        return t  # every place ends in a region, a country or a two-letter code
    for m in _COMMA.finditer(t):
        name, rest = t[: m.start()], t[m.end() :]
        if len(name.split()) < 2:
            continue
        if (EVENT_END.search(name) and place_part(rest)) or _dated_place(rest):
            return name
    return t


def cut_where(t: str, guarded: bool = True) -> str:
    """The name without a venue after " @ " or a place after a comma (R-TI-23)."""
    if not guarded or " @ " in t:
        name, at, rest = t.partition(" @ ")
        if at and len(name.split()) >= 2 and len(rest.split()) <= _AT_MOST:
            t = name.rstrip(" ,–-")
    if not guarded or ", " in t:
        t = _comma_place(t)
    return t


def place_after_date(parts: list[str], dated: bool) -> bool:
    """A short place after a date part ("… – June 5, 2031 – Hobart"): a date then a place is an
    event's when and where, no part of its name."""
    last = parts[-1].strip()
    words = last.split()
    return (
        dated
        and len(parts) >= 3
        and 1 <= len(words) <= 3
        and all(CAP_WORD.match(w) for w in words)
        and not last.isupper()
    )
