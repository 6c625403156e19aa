"""Taking part in a place, said in other words (R-DL-7; docs/corpus.md "Delivery"):

- people taking part gathered, met or assembled at a named place ("Over 60 participants
  from 30 countries gathered at the Royal Society of Medicine", "delegates met at Elm Hall"):
  the place is a venue (a city after "in" says where, not how: "gathered in London"; a
  ceremony "held at the office" is no way of taking the course);
- a part of the activity spent at the provider's site ("Residential dates", "a residential
  weekend", "University-based training", "campus-based sessions");
- things to bring to the room: a "What to bring" heading, or learners told to bring their own
  hands-on equipment ("bring their own PPE", "bring your loupes").

An online way named only as a contingency ("Should the training not be possible face-to-face,
we will provide an online version using Zoom", "If restrictions return, the course may move
online", "In the event of a lockdown the workshop will run via Zoom") is no way of taking part:
when every paragraph naming an online way names it first in such a sentence, the page offers
none ("The workshop is also streamed on Zoom. If restrictions return …" offers it).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_AT_PLACE = lazy_compile(
    r"\b(?:participants|delegates|attendees|trainees|students|nurses|doctors|clinicians)\b"
    r"[^.]{0,60}?\b(?:gathered|met|assembled|convened)\s+at\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
_ON_SITE_PART = lazy_compile(
    r"\bresidential\s+(?:dates?|weekends?|blocks?|courses?|schools?|components?|periods?|days?"
    r"|workshops?)\b|\b(?:university|campus|hospital|classroom)[\s-]based\s+(?:training|sessions?"
    r"|teaching|days?|components?|workshops?)\b",
    re.IGNORECASE,
)
# what to bring to the room: a heading "What to bring" (a list of things for the day), or
# learners told to bring their own hands-on equipment ("bring their own PPE", "please bring
# your loupes and scrubs")
_BRING = lazy_compile(
    r"^\W*what\s+(?:to|you\s+(?:will\s+)?need\s+to|should\s+I)\s+bring\b[^.\n]{0,40}$"
    r"|\bbring\s+(?:your|their|his\s+or\s+her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:PPE|loupes|"
    r"scrubs|lab\s+coats?|gloves|instruments|stethoscopes?|handpieces?|headlamps?)\b",
    re.IGNORECASE | re.MULTILINE,
)
_NEEDLES = ("gathered", " met ", "assembled", "convened", "residential", "-based", " based")


def attended_at_place(doc: Doc) -> bool:
    """People gathered at, or the event held at, a named place; or a part spent on site."""
    low = doc.low
    if "bring" in low and doc.has(_BRING):
        return True
    if not any(n in low for n in _NEEDLES):
        return False
    return doc.has(_AT_PLACE) or doc.has(_ON_SITE_PART)


_ONLINE_WORDS = ("online", "zoom", "virtual", "webinar", "livestream", "live stream", "remote",
                 "teams", "webex", "on-line")  # fmt: skip
_CONTINGENCY = lazy_compile(
    r"\b(?:should\s+(?:the|this|it|we)\b[^.]{0,80}?\bnot\b|if\s+(?:the|this|it|we|restrictions|"
    r"government|covid|public\s+health)\b[^.]{0,80}?\b(?:not|cannot|can['’]t|unable|return|"
    r"change|cancel\w*|prevent\w*)\b|in\s+the\s+event\s+(?:of|that)\b|\bmay\s+(?:move|be\s+moved|"
    r"switch|transition|pivot)\s+(?:to\s+)?online\b|\bcontingency\b)",
    re.IGNORECASE,
)


_SENTENCE = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z])")


def online_only_contingent(doc: Doc) -> bool:
    """Every sentence naming an online way says it only as a contingency (and there is one)."""
    low = doc.low
    if not any(w in low for w in _ONLINE_WORDS):
        return False
    # a paragraph's first sentence naming an online way says how the paragraph offers it: a
    # contingency there makes its later sentences the contingency's details
    said = [
        next(s for s in _SENTENCE.split(ln.text) if any(w in s.lower() for w in _ONLINE_WORDS))
        for ln in doc.lines
        if any(w in ln.text.lower() for w in _ONLINE_WORDS)
    ]
    return bool(said) and all(_CONTINGENCY.search(s) for s in said)
