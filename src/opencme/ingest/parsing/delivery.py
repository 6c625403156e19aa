"""Delivery: online, in person or both (R-DL-1)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.delivery_held import attended_at_place, online_only_contingent
from opencme.ingest.parsing.delivery_web import PATTERNS as WEB_PATTERNS
from opencme.ingest.parsing.delivery_web import taken_on_web
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.format_cues import (
    _ATTENDED_UNIT,
    _IN_PERSON,
    _ONLINE,
    _ONLINE_UNIT,
    _REMOTE_ATTENDANCE,
    _STREET,
    _UNITS,
    _signal,
    because,
    explain,
    guarded,
    guarded_outside_biography,
    online_unit,
    remote_attendance,
)
from opencme.ingest.parsing.format_remote import (
    EITHER_WAY,
    HYBRID_SAID,
    IN_PERSON_ONLY,
    IN_THE_ROOM,
    KEYED_ONLINE,
    REMOTE_TOOL,
    either_way,
    in_person_only,
    in_the_room,
    keyed_online,
    remote_place,
    remote_place_value,
    remote_tool,
)
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile

# the activity named as both ("a hybrid program", "hybrid format")
_HYBRID = lazy_compile(rf"\bhybrid\s+(?:{_UNITS}|format|delivery|model|mode)\b", re.IGNORECASE)


# an online part named with a part taken in a room or at work ("Combined Online + Workshop",
# "Self-directed online component and supervised consultation logbook", "e-learning and
# practice-based activities"): docs/corpus.md 'Online and in-person parts' are hybrid; not
# "register online and attend the workshop" (the online word must name learning); online
# pre-work to finish before the class or workshop too
_ONLINE_AND_PRACTICE = lazy_compile(
    r"\b(?:combined\s+online|on-?line\s+(?:[\w-]+\s+)?(?:components?|courses?|modules?|study|"
    r"learning|parts?|portions?|training|theory)|e-learning)\b[^.\n]{0,60}?(?:\band\b|\+|&|"
    r"followed\s+by)\s+(?:[\w-]+\s+){0,3}"
    r"(?:workshops?|practice-based|supervised|clinical\s+(?:days?|sessions?|placements?|"
    r"components?|practicums?|experiences?)|practicals?|practicums?|hands-on|face-to-face|"
    r"skills\s+(?:days?|sessions?))\b"
    # online pre-work done before the part in a room ("e-learning lessons are to be finished
    # before class", "Online pre-work is due ahead of your skills day")
    r"|\b(?:e-learning|on-?line)\s+(?:[\w-]+\s+){0,3}?(?:modules?|portions?|parts?|components?|"
    r"courses?|pre-?work|learning|lessons?)\b[^.\n]{0,80}?\b(?:before|prior\s+to|ahead\s+of)\s+"
    r"(?:the\s+|attending\s+(?:the\s+|your\s+)?|your\s+)?(?:class|classroom|in[\s-]person|"
    r"hands[\s-]on|skills|face[\s-]to[\s-]face|practical|workshop|clinical)\b",
    re.IGNORECASE,
)


_PLACES = json.loads(
    (Path(__file__).with_name("data") / "venue_words.json").read_text(encoding="utf-8")
)
# the head noun of a building or room ("Brindle Conference Centre", "Island Hospital"), a street
# address, or a place "in" a city ("Te Papa in Wellington") (data/venue_words.json)
_VENUE_IN_LOCATION = lazy_compile(
    r"\b(?:"
    + "|".join(map(re.escape, sorted(_PLACES["building"] + _PLACES["room"], key=len)[::-1]))
    + r")\b|\b\d{1,5}\s+(?:[\w.-]+\s+){1,4}(?:"
    + "|".join(_PLACES["street_suffixes"])
    + r")\b|\s+in\s+[A-Z]",
    re.IGNORECASE,
)


def names_venue(location: str) -> bool:
    """A location names a venue, not only a city or region ("Lorton", "Berlin, Germany"): a
    building's or room's head noun, a street, "X in City", a place before its city and region
    ("Hyatt Regency Capitol Hill, Washington, DC"), or a place before a city that is no country
    or region ("Te Papa, Wellington"). docs/corpus.md 'Delivery': in_person for a
    venue; a city alone says where, not how one takes part."""
    if _VENUE_IN_LOCATION.search(location) is not None:
        return True
    parts = [p.strip() for p in location.split(",")]
    if len(parts) >= 3:  # not "Springfield, Illinois, USA": a city, its region, its country
        return not (_region(parts[-2]) and parts[-1].lower() in _COUNTRIES)
    return len(parts) == 2 and not _region(parts[1])


_REGIONS = json.loads(
    (Path(__file__).with_name("data") / "regions.json").read_text(encoding="utf-8")
)
_COUNTRIES = frozenset(n.lower() for n in _REGIONS["countries"])
_REGION_NAMES = frozenset(n.lower() for n in _REGIONS["countries"] + _REGIONS["regions"])


def _region(part: str) -> bool:
    """A country or first-level region ("Germany", "New York", "CA"; data/regions.json)."""
    words = part.split()
    return (
        (len(part) == 2 and part.isupper())
        or part.lower() in _REGION_NAMES
        or " ".join(words[-2:]).lower() in _REGION_NAMES
        or (bool(words) and words[-1].lower() in _REGION_NAMES)
    )


def _venue_keyed(doc: Doc) -> bool:
    """The page keys a place as the venue ("Venue: Brooklyn, New York"), not a way of taking
    part at a distance ("Venue: Online via Teams", R-DL-5)."""
    return any(
        norm_key(ln.raw_key or "") == "venue" and not remote_place_value(ln.value or "")
        for ln in doc.fields("location")
    )


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
        if ln.value and "hybrid" in ln.value.lower():
            used(diags, "delivery", ln)
            return "hybrid"  # "Format: Hybrid (in person and online)" (R-DL-5)
        if ln.value and re.search(r"online|internet|web", ln.value, re.IGNORECASE):
            used(diags, "delivery", ln)
            return "online"
    low = doc.low
    online = (
        (_signal(doc, "online_tools") and not in_person_only(doc))
        or remote_tool(doc)
        or remote_place(doc)
        or keyed_online(doc)
        or online_unit(doc)
        or fmt in ("internet_live", "internet_searching")
        or (
            fmt != "live"
            and guarded_outside_biography(_ONLINE, doc, "demand", "online", "web", "internet")
        )
        or (fmt in (None, "enduring") and taken_on_web(doc))
    )
    online = online and not online_only_contingent(doc)  # "Should X not be possible …" (R-DL-7)
    gathered = fmt in ("live", "rss", "blended")
    if fmt not in ("enduring", "journal", "internet_searching") and either_way(doc):
        because(doc, "delivery", "attended either way", EITHER_WAY, HYBRID_SAID)
        return "hybrid"  # "attend in person or online" (R-DL-5)
    # words of attendance on a self-study page speak of meeting patients, not of the activity
    if "hybrid" in low and doc.has(_HYBRID):
        because(doc, "delivery", "hybrid named", _HYBRID)
        return "hybrid"
    if guarded(_ONLINE_AND_PRACTICE, doc, "online", "on-line", "e-learning"):
        because(doc, "delivery", "online and practice parts", _ONLINE_AND_PRACTICE)
        return "hybrid"  # an online part and one in a room or at work (docs/corpus.md)
    if fmt not in ("internet_live", "internet_searching") and in_person_only(doc):
        because(doc, "delivery", "in person only", IN_PERSON_ONLY)
        return "in_person"  # "in-person only", "will not be live-streamed" (R-DL-5)
    attended = (
        (fmt not in ("enduring", "journal", "internet_searching") and _signal(doc, "in_person"))
        or (
            fmt != "internet_live"
            and guarded_outside_biography(
                _IN_PERSON, doc, "person", "convention", "hotel", "resort"
            )
        )
        or guarded_outside_biography(
            _ATTENDED_UNIT, doc, "person", "face-", "face ", "onsite", "on-site"
        )
        or (fmt != "internet_live" and in_the_room(doc))  # "Join us in the room" (R-DL-5)
        # "participants gathered at the X", "Residential dates" (R-DL-7)
        or (fmt not in ("enduring", "journal", "internet_live") and attended_at_place(doc))
    )
    venue = (location is not None and (names_venue(location) or _venue_keyed(doc))) or (
        gathered and (_signal(doc, "venues") or _STREET.search(doc.flat) is not None)
    )
    if gathered and remote_attendance(doc):
        because(doc, "delivery", "remote attendance named", _REMOTE_ATTENDANCE)
        return "hybrid"  # attending remotely named as one way of attending a gathering
    online_at = ("online_tools", REMOTE_TOOL, KEYED_ONLINE, _ONLINE_UNIT, _ONLINE, *WEB_PATTERNS)
    attended_at = ("in_person", _IN_PERSON, _ATTENDED_UNIT, IN_THE_ROOM, "venues", _STREET)
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
