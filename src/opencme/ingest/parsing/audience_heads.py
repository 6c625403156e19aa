"""Whether an audience item names people (docs/corpus.md "Audience", rules.md R-AU-3): the
head noun of its noun phrase is a person noun, an English agent noun or an abbreviation of
one (data/audience_cues.json "people_nouns"). An item that names no one ("daily clinical
practice", "management of patients with") is the sentence going on after the list, and a
field of practice ("gynecology") is a specialty, not an audience. Kept apart from audience.py
(which finds the list) because the list readers and specialties both ask it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import AUDIENCE_CUES

_PEOPLE = AUDIENCE_CUES["people_nouns"]
_PEOPLE_WORDS = frozenset(_PEOPLE["words"])
_NOT_PEOPLE = frozenset(_PEOPLE["not_people"])
_NOT_ABBREVIATION = frozenset(_PEOPLE["not_abbreviations"])
_PEOPLE_SUFFIX = tuple(_PEOPLE["suffixes"])
# where an item's noun phrase ends and its post-modifier begins ("nurses with an interest in",
# "others supporting", "members of the academy")
_POST_MODIFIER = lazy_compile(
    r"\s+(?:of|in|with|within|from|for|at|who|that|as|on|to|by|across|including|such)\b"
    r"|\s*[—–(:]|\s+-\s",
)


# adjectives that follow the noun they modify, with their complement ("clinicians responsible
# for the care of", "physicians eligible for"): the noun before them is the head
_POST_ADJECTIVES = frozenset(("responsible", "eligible", "qualified", "able"))


def names_people(item: str) -> bool:
    """The head noun of an audience item names people (data/audience_cues.json
    "people_nouns"): "clinical nurse specialists", "members of the academy", "others
    supporting X", "RN"; not "daily clinical practice" or "management of patients with" (the
    sentence going on, R-AU-3)."""
    words = _POST_MODIFIER.split(item, maxsplit=1)[0].split()
    # the head: the phrase's last word, or the word a participle follows ("others supporting")
    heads = words[-1:] + [
        w for w, nxt in pairwise(words) if nxt.endswith(("ing", "ed")) or nxt in _POST_ADJECTIVES
    ]
    lone = len(item.split()) == 1
    return any(people_word(h.strip(".,;’'\""), lone) for h in heads)


def people_word(head: str, lone: bool) -> bool:
    """One word names people: a person noun, an agent-noun suffix (not a -ment noun or a
    thing noun sharing the ending), or, for an item of one word, an abbreviation."""
    parts = [p for p in re.split(r"[/-]", head) if p] or [head]
    for part in parts:
        if part in _PEOPLE_WORDS:
            return True
        if part in _NOT_PEOPLE or part.endswith(("ment", "ments")):
            continue
        if part.endswith(_PEOPLE_SUFFIX) and len(part) > 4:
            return True
    # an item that is one abbreviation ("rn", "lpn/lvn", "cota", "aprns")
    return lone and all(
        p.isalpha()
        and p not in _NOT_ABBREVIATION
        and (len(p) <= 4 or (len(p) == 5 and p[-1] == "s" and sum(c in "aeiou" for c in p) <= 1))
        for p in parts
    )
