"""The name of an event a paragraph says is held (docs/corpus.md "Title": a name the page gives
only in prose; R-TI-5): "The 9th Lakeside Review Course in Pain & Rehab will be held Mar 14 …", "The
State of the Art Congress on Wound Research takes place in Hobart …", "Harbour Sepsis Summit
2031 was held at …". A sentence opening with a name in title case that holds a capitalised
activity noun, then a verb of an event's taking place: that name is the page's activity."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

_HELD = lazy_compile(
    r"(?:^|(?<=[.!?] ))(?:The\s+)?(?P<name>[A-Z0-9][\w’'&/-]*(?:\s+(?:of|and|for|in|on|to|the|&"
    r"|\(?[A-Z0-9][\w’'&/()-]*)){1,14})\s+(?:will\s+(?:again\s+)?be\s+held|will\s+take\s+place"
    r"|is\s+(?:being\s+)?held|was\s+held|takes\s+place|took\s+place|will\s+be\s+hosted"
    r"|was\s+hosted|will\s+run\s+(?:from|on)|runs\s+from)\b"
)
_NOUN = lazy_compile(
    r"\b(?:"
    + "|".join(re.escape(n.capitalize()) for n in DESCRIPTION_KEYS["activity_nouns"])
    + r"|Masterclass|Study\s+Day|Retreat|Colloquium)s?\b"
)
_DETERMINERS = frozenset({"This", "These", "That", "Our", "Each", "Every", "All", "Your", "Its"})
# an institution that holds the event, not the event
_ORG_END = lazy_compile(
    r"(?:Hospital|University|College|Association|Society|Institute|Centre"
    r"|Center|Department|Foundation|Council|Board|Academy|School)\Z"
)


def held_name(text: str) -> str | None:
    """The name of the event the paragraph says is held (above)."""
    if (
        " held" not in text
        and " place" not in text
        and " hosted" not in text
        and " run" not in text
    ):
        return None
    for m in _HELD.finditer(text[:600]):
        name = m["name"]
        words = name.split()
        last = words[-1][:1]
        if words[0] in _DETERMINERS or not (last.isupper() or last.isdigit()):
            continue
        if _NOUN.search(name) is None or _ORG_END.search(name):
            continue
        if name.endswith((" and", " of", " for", " in", " on", " the", " &", " to")):
            continue
        return name
    return None
