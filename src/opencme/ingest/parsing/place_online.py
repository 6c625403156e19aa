"""A page that says its activity is a webinar and names no way to attend in person: an address
or a place on it is the host's, not where the activity is held (docs/corpus.md "Location": not a
meeting tool, not an online alternative)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# the activity named a webinar ("This is a FREE webinar presentation", "the Zoom link will be
# sent"), the page's own words about itself
_SELF_ONLINE = lazy_compile(
    r"\bthis\s+is\s+an?\b[^.\n]{0,30}?\b(?:webinar|virtual\s+(?:event|session|presentation))\b|"
    r"\b(?:zoom|webinar|webex|teams)\s+link\b",
    re.IGNORECASE,
)
# words of attending in a room
_IN_PERSON = lazy_compile(
    r"\bin[\s-]person\b|\bon[\s-]?site\b|\bhybrid\b|\bvenue\b|\bparking\b|\bface[\s-]to[\s-]face\b",
    re.IGNORECASE,
)


def webinar_only(doc: Doc) -> bool:
    """The page says its activity is a webinar and never how to attend in person."""
    low = doc.low
    if "webinar" not in low and "link" not in low:
        return False
    return _SELF_ONLINE.search(doc.flat) is not None and _IN_PERSON.search(doc.flat) is None
