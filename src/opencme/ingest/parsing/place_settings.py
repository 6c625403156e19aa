"""Venues prose names in other shapes than "held at the X" (R-LO-6; docs/corpus.md "Location":
a venue and its city as written):

- an event noun right before "at" and the venue ("to attend the Annual Scientific Conference
  and AGM at the Elm Hotel, Northport", "the Spring Symposium at the Birch Convention Centre");
- the venue as the setting of the event ("Northport's Elm Convention Center is the setting
  this year for …", "The Birch Hotel will be the venue for …", "… will host the conference"):
  a city's possessive before the venue is its city ("Venue, City");
- a name after the event's date and "at", its city after "in" ("on June 7 – 10, 2027 at the
  Elm Lodge on the North Shore in Northport, MD");
- a venue named without a venue word and placed by its street address ("will be held May 2 at
  Elm Active Care, Birch Health System, 1 Elm Drive, Northport, ON, M4M 2B5"): the address
  after it says it is a building.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.place_region import PART
from opencme.ingest.parsing.place_words import ADDRESS, CAP, CITY, VENUE_NAME

_POSTCODE = r"(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z] ?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2})\b"
_TAIL = (
    rf"(?:,\s+(?P<addr>{ADDRESS}))?(?:(?:,? +in +|, +){CITY})?"
    rf"(?P<region>(?:, +(?:{PART}|{_POSTCODE})){{0,2}})"
)
# an event's noun (not "course" or "program": a professor teaches one "at the University of X")
_EVENT = (
    r"(?i:conference|congress|symposium|convention|summit|meeting|workshop|seminar|forum|expo|"
    r"retreat|agm|gala|colloquium|masterclass|master\s+class)s?"
)
_NOUN_AT = lazy_compile(
    rf"\b{_EVENT}(?:\s+(?:and|&)\s+[A-Z]\w*)?\s+at\s+(?:the\s+)?" + VENUE_NAME + _TAIL
)
# "<City>'s <venue> is / will be the setting/venue/host/site for/of"
_SETTING = lazy_compile(
    r"(?:\b(?P<owner>[A-Z][a-z]+(?: +[A-Z][a-z]+)?)['’]s\s+)?"
    + VENUE_NAME
    + r"\s+(?:is|will\s+be|has\s+been\s+chosen\s+as)\s+(?:the\s+)?(?:\w+\s+){0,2}?"
    r"(?:(?:setting|venue|host|location)\s+(?:this\s+year\s+)?(?:for|of)|site\s+for)\b"
)
_ROLE_NOUN = lazy_compile(
    r"\b(?:setting|venue|host|location|site)\s+(?:this\s+year\s+)?(?:for|of)\b"
)
# held on a date at a name, its street address and city ("held Feb 2 to 6, 2027 at X, Y, 1 Z
# Drive, City")
_AT_ADDRESS = lazy_compile(
    r"\b(?i:held|hosted|takes?\s+place|will\s+be\s+run|runs)\b[^.\n]{0,60}?\bat\s+(?:the\s+)?"
    rf"(?P<v>{CAP}(?: +(?:of|and|&|the)?\s*{CAP}){{0,5}}(?:, +{CAP}(?: +{CAP}){{0,4}}){{0,2}}),\s+"
    rf"(?P<addr>{ADDRESS}),\s+{CITY}(?P<region>(?:, +(?:{PART}|{_POSTCODE})){{0,2}})"
)

# a date's year, then "at" a capitalised name and "in" its city ("on June 7 – 10, 2027 at the Elm
# Lodge on the North Shore in Northport, MD"): the date makes the name the event's place
_DATED_AT = lazy_compile(
    r"\b(?:19|20)\d\d,?\s+at\s+(?:the\s+)?"
    rf"(?P<v>{CAP}(?: +(?:on +the +|of +(?:the +)?)?{CAP}){{0,7}})\s+in\s+{CITY}"
    rf"(?P<region>(?:, +{PART}){{0,2}})(?=[\s.;,)]|$)"
)

# a date's year, then "at" a venue named by its head noun ("on 26 – 27 April 2027 at the Christ
# The King Hall"): a venue without its city
_DATED_VENUE = lazy_compile(r"\b(?:19|20)\d\d,?\s+at\s+(?:the\s+)?" + VENUE_NAME + _TAIL)

# an event's own name ends in its noun ("at the Midyear Clinical Meeting in X"): no venue
_EVENT_NAME = lazy_compile(
    r"(?:Meeting|Conference|Congress|Symposium|Convention|Summit|Forum|Workshop|Course|Session|"
    r"Week|Day|Webinar|Event|Institute|Assembly|Expo)s?$"
)
# a recording or past editions: where those were, not this activity (places._RECORDED)
_PAST = lazy_compile(
    r"\brecord(?:ed|ing)\b|\b(?:previous|past|prior|earlier)\s+(?:\w+\s+){0,3}?(?:courses?|"
    r"meetings?|conferences?|editions?|events?)\b|\blast\s+year\b",
    re.IGNORECASE,
)


def _past(flat: str, pos: int) -> bool:
    start = max(flat.rfind(". ", 0, pos), flat.rfind("\n", 0, pos), pos - 200, 0)
    return _PAST.search(flat, start, pos) is not None


def setting_place(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The venue an event noun is "at", a setting sentence names, a date's "at … in" names, or
    a street address places; not a recording's or a past edition's, not an event's name."""
    flat = doc.flat
    rxs: list[re.Pattern[str]] = []
    if " at " in flat:
        rxs += [_NOUN_AT, _AT_ADDRESS, _DATED_AT, _DATED_VENUE]
    found = [m for rx in rxs for m in rx.finditer(flat)]
    if "setting" in flat or "venue" in flat or " host" in flat or " site" in flat:
        # the venue pattern only before a role's noun: over the whole text it costs 0.6 ms
        for role in _ROLE_NOUN.finditer(flat):
            m = _SETTING.search(flat, max(0, role.start() - 250), role.end())
            if m:
                found.append(m)
    hits = [m for m in found if not _EVENT_NAME.search(m["v"]) and not _past(flat, m.start())]
    if not hits:
        return None
    m = min(hits, key=lambda x: x.start())
    got = m.groupdict()
    city = got.get("city") or got.get("owner")
    parts = [
        m["v"].removeprefix("The "),
        got.get("addr"),
        city,
        (got.get("region") or "").strip(" ,"),
    ]
    used(diags, "location", doc.line_at(m.start("v")), "a venue named as the event's setting")
    return ", ".join(p.strip() for p in parts if p and p.strip())
