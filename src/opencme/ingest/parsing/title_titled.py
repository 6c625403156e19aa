"""A name given unquoted after an activity noun and a naming verb (R-TI-18): "a free, on-demand
CME program titled Harbour Care: Screening Early for Gout." The name runs to the sentence's
end, in title case, three words or more; a phrase in sentence case ("a section titled To obtain
credit, read on") or a thing that is no activity ("a treatment called CBT for X") is none."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_noise import capped, never_title, page_noise
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

_NOUNS = "|".join(DESCRIPTION_KEYS["activity_nouns"])
_TITLED = lazy_compile(
    r"\b(?:" + _NOUNS + r")s?,?\s+(?:entitled|titled|called|named)\s+"
    r"(?P<name>[A-Z][^.;!?“”\"]{5,160}?)(?=\.\s|\.$|;|$)",
    re.IGNORECASE,
)


# when the sentence says the activity ran, after its name: "on Tuesday", "on 3 May", "last
# week", "this month", "earlier today" (a story's time adverbial, no part of the name)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_WHEN_TAIL = lazy_compile(
    r"\s+(?:on\s+(?:"
    + _WEEKDAY
    + r"|\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r"|"
    + _MONTH
    + r"\s+\d{1,2}(?:st|nd|rd|th)?)|(?:last|this|next|earlier|later)\s+"
    r"(?:week|month|year|weekend|today|" + _WEEKDAY + r")|today|yesterday)\b.*\Z"
)


def titled_name(text: str) -> str | None:
    """The unquoted name in title case after "<activity noun> titled/entitled/called"."""
    if "itled " not in text and "alled " not in text and "amed " not in text:
        return None
    m = _TITLED.search(text)
    if m is None or not m["name"][:1].isupper():
        return None
    name = _WHEN_TAIL.sub("", m["name"].strip())  # "… on Tuesday", "… last week" (R-TI-24)
    words = name.split()
    if len(words) < 3 or not capped(words) or page_noise(name) or never_title(name):
        return None
    return name
