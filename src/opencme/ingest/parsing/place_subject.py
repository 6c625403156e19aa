"""Whose place a "located" or "opens" sentence gives (R-LO-4): "The workshop is located at the
Elm Centre" places the activity; "Her clinic is located at Elm Hospital in Northport", "Our
offices are located at …", "The pharmacy opens at …" say where a person, a practice or a shop
is, not where the activity is held (docs/corpus.md "Location": where the activity is held).

A sentence whose verb is one of these needs the activity, its venue or its sessions as the
subject: an event noun (course, workshop, conference, venue, training, session …) before the
verb in the same sentence ("We are located at …" is an organisation's address).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

_STATIVE = lazy_compile(r"(?i:located|opens)\b")
_EVENT_SUBJECT = lazy_compile(
    r"\b(?:course|workshop|conference|congress|symposium|meeting|seminar|session|sessions|"
    r"training|event|venue|program|programme|class|lab|day|summit|forum|masterclass|"
    r"lecture|webinar)\b",
    re.IGNORECASE,
)


def not_the_activity(flat: str, at: int) -> bool:
    """True when the match at `at` opens with "located" or "opens" and its sentence names no
    event, venue or "we" before it (module docstring)."""
    if not _STATIVE.match(flat, at):
        return False
    start = max(flat.rfind(". ", 0, at), flat.rfind("\n", 0, at), at - 200, -1) + 1
    return _EVENT_SUBJECT.search(flat, start, at) is None
