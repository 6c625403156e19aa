"""People listed in an agent phrase's sentence, each after its own appositive (R-PE-12): "joined
by Ana Roe, MD, MS, general surgery resident at Elm University, and Bo Li, MD, MPH, assistant
professor of surgery at Harbor College". The first is read after the agent; each next one
starts after a comma (and "and") and must carry credentials or an honorific, so a place or an
institution after a comma names no one. A role key's value lists people split by ";", each
with an affiliation (R-PE-14).
"""

from __future__ import annotations

from collections.abc import Callable

from opencme.ingest.parsing.lazyre import lazy_compile

_NEXT = lazy_compile(r",\s+(?:and\s+)?(?=[A-Z])")


def listed_after_appositives(sentence: str, people_at: Callable[..., list[str]]) -> list[str]:
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


_AND = lazy_compile(r"^\s*(?:and\s+)?")


def parts_people(value: str, people_at: Callable[..., list[str]]) -> list[str]:
    """The people opening each ";" part of a role key's value after the first, each with its
    affiliation after a comma ("A, Elm Institute; and B, Harbor College": R-PE-14; "Jo Tane,
    Elm Clinic": the name before the comma when the whole part reads as a place)."""
    out: list[str] = []
    for part in value.split(";")[1:]:
        part = _AND.sub("", part)
        out += people_at(part, lead=True) or people_at(part.split(",")[0], lead=True)
    return out
