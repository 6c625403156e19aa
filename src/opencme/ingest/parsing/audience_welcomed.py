"""More people a later sentence of an audience statement welcomes (R-AU-1, docs/corpus.md
"Audience"): "Target audience" / "This activity has been developed for psychiatrists. All other
health care providers interested in X are welcome for advanced study, especially primary care
physicians and pharmacists." adds the people welcomed (an umbrella giving way to those a word
singles out, R-AU-3). Read only inside an audience key's statement; kept apart from
audience.py, which reads the statement's first list.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.audience_items import clause_items
from opencme.ingest.parsing.lazyre import lazy_compile

# a later sentence of an audience statement welcoming more people ("All other health care
# providers interested in X are welcome, especially A and B", "Students are also welcome."):
# its subject, and the people a word singling some out names after it
_WELCOME = lazy_compile(
    r"^(?P<subject>[A-Z][^.;:]{2,120}?)\s+(?:are|is)\s+(?:also\s+|most\s+|always\s+)?"
    r"(?:\w+ly\s+)?(?:welcome[d]?|invited|encouraged)\b(?P<rest>[^.;:]*)"
)
_SINGLED = lazy_compile(
    r",\s*(?P<list>(?:especially|particularly|in\s+particular|notably|including|such\s+as)\s.+)$"
)


def welcome_more(value: str) -> list[str]:
    """The people a later sentence of an audience statement welcomes (R-AU-1)."""
    if "welcome" not in value and "invited" not in value and "encouraged" not in value:
        return []
    out: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", value)[1:]:
        m = _WELCOME.match(sentence)
        if m is None or _NOT_WELCOMED.search(m["subject"]):
            continue
        more = _SINGLED.search(m["rest"])
        raw = m["subject"] + (", " + more["list"] if more else "")
        items = clause_items(raw)
        if items and all(map(names_people, items)):
            out += [i for i in items if i not in out]
    return out


# welcomed for another part than learning, or whoever comes
_NOT_WELCOMED = lazy_compile(
    r"\b(?:sponsors?|exhibitors?|vendors?|speakers?|presenters?|media|press|guests?|"
    r"questions?|comments?|submissions?|abstracts?|you|participants|attendees|delegates)\b",
    re.IGNORECASE,
)
