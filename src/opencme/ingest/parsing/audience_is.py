"""A sentence naming the audience as its subject (R-AU-2, docs/corpus.md "Audience"): "The CPI
target audience is nurses who prescribe …", "The intended audience for this series includes
pharmacists and technicians", "Our primary audience is rural GPs", "The main audiences are
practice nurses and midwives". The words "target / intended / primary audience" say whom the
activity is for whatever the sentence's subject names, so no activity noun is asked for. Read
only when nothing else names the audience; kept apart from audience.py, which decides when.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.audience_items import clause_items
from opencme.ingest.parsing.audience_lead import LIST_TEXT
from opencme.ingest.parsing.audience_serves import PROFESSION_HEAD
from opencme.ingest.parsing.lazyre import lazy_compile

_AUDIENCE_IS = lazy_compile(
    r"\b(?:target|intended|primary|principal|main|core|key)\s+audiences?\s+"
    r"(?:(?:for|of)\s+[^.;:]{1,60}?\s+)?(?:is|are|includes?|will\s+be|consists\s+of|comprises?|"
    r"remains?)\s+(?P<list>" + LIST_TEXT + ")",
    re.IGNORECASE,
)


def audience_is(text: str) -> list[str]:
    """The people a "<target> audience is/are/includes X" sentence names."""
    if "udience" not in text and "UDIENCE" not in text:
        return []
    m = _AUDIENCE_IS.search(text)
    if m is None:
        return []
    items = [i.lower() for i in clause_items(m["list"])]
    return items if items and all(map(_people, items)) else []


# a clause, not a noun phrase: a pronoun or a verb of its own ("the reason we exist")
_CLAUSE = lazy_compile(r"\b(?:we|you|they|it|is|are|was|were|has|have|exists?)\b")


def _people(item: str) -> bool:
    if _CLAUSE.search(item):
        return False
    return names_people(item) or bool(PROFESSION_HEAD.search(item.split()[-1]))
