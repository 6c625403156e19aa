"""The people a question asks why they should take the activity (R-AU-2, docs/corpus.md
"Audience"): "Why should a physical therapist, occupational therapist or athletic trainer take
this course?", "Why should nurses attend this workshop?", "Why should dietitians enrol?". The
question names whom the activity is for as a heading "Who should attend?" does; "Why should I /
you / we …" names no one. Read only when nothing else names the audience; kept apart from
audience.py, which decides when this reading is used.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.audience_items import clause_items
from opencme.ingest.parsing.lazyre import lazy_compile

# "Why should <people> take / attend / join / do / complete / enrol in / register for ..."
_WHY = lazy_compile(
    r"\bWhy\s+should\s+(?:an?\s+|the\s+|all\s+)?(?P<list>[A-Za-z][\w ,/&'’-]{2,120}?)\s+"
    r"(?:take|attend|join|do|complete|enrol+|enroll|register|sign\s+up|participate|study|"
    r"consider|choose)\b[^?]{0,120}\?",
    re.IGNORECASE,
)
_NO_ONE = frozenset(("i", "you", "we", "they", "anyone", "someone", "one", "people"))


def why_should(text: str) -> list[str]:
    """The people a "Why should <people> take this course?" question names."""
    if "hould" not in text and "HOULD" not in text:
        return []
    m = _WHY.search(text)
    if m is None or m["list"].lower() in _NO_ONE:
        return []
    items = [re.sub(r"^(?:an?|the)\s+", "", i.lower()) for i in clause_items(m["list"])]
    return items if items and all(map(names_people, items)) else []
