"""People listed in an agent phrase's sentence, each after its own appositive (R-PE-12): "joined
by Ana Roe, MD, MS, general surgery resident at Elm University, and Bo Li, MD, MPH, assistant
professor of surgery at Harbor College". The first is read after the agent; each next one
starts after a comma (and "and") and must carry credentials or an honorific, so a place or an
institution after a comma names no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_NEXT = re.compile(r",\s+(?:and\s+)?(?=[A-Z])")


def listed_after_appositives(sentence: str, people_at: Callable[[str], list[str]]) -> list[str]:
    """The people after each comma of `sentence` beyond the first person (people_at reads a
    person with credentials or an honorific at a text's start)."""
    out: list[str] = []
    for m in _NEXT.finditer(sentence):
        if m.start() == 0:
            continue
        for p in people_at(sentence[m.end() : m.end() + 200]):
            if p not in out:
                out.append(p)
    return out
