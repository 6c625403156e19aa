"""Taking part in a place, said in other words (R-DL-7; docs/corpus.md "Delivery"):

- people taking part gathered, met or assembled at a named place ("Over 60 participants
  from 30 countries gathered at the Royal Society of Medicine", "delegates met at Elm Hall"):
  the place is a venue (a city after "in" says where, not how: "gathered in London"; a
  ceremony "held at the office" is no way of taking the course);
- a part of the activity spent at the provider's site ("Residential dates", "a residential
  weekend", "University-based training", "campus-based sessions").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc

_AT_PLACE = re.compile(
    r"\b(?:participants|delegates|attendees|trainees|students|nurses|doctors|clinicians)\b"
    r"[^.]{0,60}?\b(?:gathered|met|assembled|convened)\s+at\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
_ON_SITE_PART = re.compile(
    r"\bresidential\s+(?:dates?|weekends?|blocks?|courses?|schools?|components?|periods?|days?"
    r"|workshops?)\b|\b(?:university|campus|hospital|classroom)[\s-]based\s+(?:training|sessions?"
    r"|teaching|days?|components?|workshops?)\b",
    re.IGNORECASE,
)
_NEEDLES = ("gathered", " met ", "assembled", "convened", "residential", "-based", " based")


def attended_at_place(doc: Doc) -> bool:
    """People gathered at, or the event held at, a named place; or a part spent on site."""
    low = doc.low
    if not any(n in low for n in _NEEDLES):
        return False
    return doc.has(_AT_PLACE) or doc.has(_ON_SITE_PART)
