"""A venue named as the predicate of "venue" or after a welcome (R-LO-4): "The venue for the
conference is the Elm Convention Centre, Port Avery", "This year's venue will be the Birch
Hotel", "We look forward to welcoming you to the Elm Hotel, Port Avery" (docs/corpus.md
"Location": a venue and its city as written).

The venue must be a name ending in a venue's head noun (place_words.VENUE_NAME), right after
the verb ("is", "will be", "has been confirmed as", "changes to"): "The venue is accessible by
bus" and "the venue was chosen" name none, and a past "was" names where an event was.
"""

from __future__ import annotations

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.place_region import PART
from opencme.ingest.parsing.place_words import ADDRESS, CITY, VENUE_NAME

_TAIL = rf"(?:,\s+(?P<addr>{ADDRESS}))?(?:(?:,? +in +|, +){CITY})?(?P<region>(?:, +{PART}){{0,2}})"
_VENUE_IS = lazy_compile(
    r"\b(?:[Vv]enue|VENUE)\b[^.\n]{0,60}?\b(?:is|will\s+be|has\s+been\s+(?:confirmed\s+as|"
    r"(?:changed|moved)\s+to)|shall\s+be)\s+(?:the\s+)?" + VENUE_NAME + _TAIL
)
_WELCOME = lazy_compile(
    r"\bwelcom(?:e|ing)\s+(?:you|delegates|participants|attendees|everyone|all)\s+(?:back\s+)?"
    r"to\s+(?:the\s+)?" + VENUE_NAME + _TAIL
)


def venue_named(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The venue a "venue is" or a welcome sentence names, with its address and city."""
    flat = doc.flat
    low = doc.low
    for word, rx in (("venue", _VENUE_IS), ("welcom", _WELCOME)):
        if word not in low:
            continue
        m = rx.search(flat)
        if m:
            parts = [m["v"], m["addr"], m["city"], (m["region"] or "").strip(" ,")]
            used(diags, "location", doc.line_at(m.start("v")), "a venue named as such")
            return ", ".join(p for p in parts if p)
    return None
