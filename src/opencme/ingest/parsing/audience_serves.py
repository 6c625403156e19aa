"""Professions named as the object of what an activity does to its learners (R-AU-2): "This
series equips practice nurses with ...", "a webinar that helps midwives recognise ...", each
up to its plural head noun ("-ists", "-ians", "nurses", "assistants", ...), joined by "and",
"or" or commas. Kept apart from audience.py, which decides when this reading is used.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import people_word
from opencme.ingest.parsing.lazyre import lazy_compile

# "This series equips practice nurses with ...", "a webinar that helps midwives recognise
# ...", "This course educates and upskills nurses": an
# activity that acts on its learners, the object a profession noun; the activity in other
# sites' nouns too ("an intensive educational experience designed to equip pharmacists",
# "These presentations will update clinicians on ...", "The masterclass refreshes GPs' ...")
SERVES = lazy_compile(
    r"\b(?:activit(?:y|ies)|course|program|programme|module|conference|symposium|workshop|"
    r"training|webinar|seminar|series|(?:learning\s+|educational\s+)experience|presentations?|"
    r"lectures?|masterclass|retreat|bootcamp|curriculum|study\s+day)\b[^.]{0,40}?"
    # a series of verbs of forming learners ("to train, equip and mentor junior
    # physiotherapists", "educates and upskills nurses"): the last takes the object
    r"\b(?:(?:inspire|educate|motivate|upskill|mentor|train|equip|prepare|empower|engage)s?"
    r"(?:\s*,\s*|\s+(?:and|&)\s+))*"
    r"(?:equips?|prepares?|helps?|enables?|updates?|refresh(?:es)?|educates?|upskills?|"
    r"inspires?|motivates?|mentors?|"
    r"trains?|teaches|supports?|empowers?|assists?|familiariz(?:e|es)|familiaris(?:e|es)|gives?|"
    r"(?P<provide>provides?|offers?))\s+"
    r"(?P<obj>[A-Za-z’'-]+(?:,?\s+[A-Za-z’'-]+){0,11})",
    re.IGNORECASE,
)


def served(obj: str) -> list[str]:
    """The professions at the start of a verb's object: a first noun phrase up to a people
    head noun (within four words), then more while "and", "or" or a comma joins them."""
    words = obj.replace(",", " , ").split()
    items: list[str] = []
    start = 0
    while start < len(words):
        span = words[start : start + 4]
        if "," in span:
            span = span[: span.index(",")]  # a comma ends an item ("PTAs, therapists")
        lone = len(span) == 1 and people_word(span[0].lower(), True)  # "PTAs," alone
        head = 0 if lone else next((k for k, w in enumerate(span) if _served_head(w)), None)
        while head is not None and head + 1 < len(span) and _served_head(span[head + 1]):
            head += 1  # "nurse practitioners": the head is the last noun
        if head is not None and not span[head].rstrip("’'").endswith("s"):
            head = _later_plural(span, head)  # "Canadian PM&R residents": an adjective in -ian
        if head is None or not span[head].rstrip("’'").endswith("s"):
            break  # a plural names the profession; "the learner" is anyone
        items.append(" ".join(span[: head + 1]).lower().rstrip("’'"))
        nxt = start + head + 1
        while nxt < len(words) and words[nxt].lower() in (",", "and", "or", "&"):
            nxt += 1
        if nxt == start + head + 1:
            break
        start = nxt
    return _umbrella(items)


def _later_plural(span: list[str], head: int) -> int | None:
    """A plural people head later in the span, no "and"/"or" between: the word before it was
    a modifier ("Canadian" in "Canadian PM&R residents"), not the head."""
    for k in range(head + 1, len(span)):
        word = span[k].lower().rstrip("’'")
        if word in _JOINERS:
            return head
        if _HEAD.search(word):
            return k
    return head


def _umbrella(items: list[str]) -> list[str]:
    """A leading article goes; an umbrella before "including" gives way to the two or more
    people it names ("healthcare professionals, including nurses and pharmacists"; docs/corpus.md
    "Audience")."""
    out = [re.sub(r"^(?:the|a|an)\s+", "", i) for i in items]
    if len(out) >= 3 and out[1].startswith("including "):
        return [out[1][len("including ") :], *out[2:]]
    return [re.sub(r"^including\s+", "", i) for i in out]


def _served_head(word: str) -> bool:
    w = word.lower().rstrip("’'")
    return bool(_HEAD.search(w)) or (w not in ("and", "or", ",") and people_word(w, False))


# the head of a profession noun phrase, plural: "-ists", "-ians", "nurses", "assistants", ...
_HEAD = lazy_compile(
    r"(?:ists|ians|workers|counse(?:l)?lors|trainers|educators|managers|leaders|officers|carers|"
    r"caregivers|responders|instructors|supervisors|directors|administrators|coordinators|"
    r"nurses|professionals|clinicians|providers|assistants|technicians|"
    r"students|residents|fellows|staff|dentists|surgeons|midwives|paramedics|doctors|gps|pas|"
    r"nps|rns|mds|pcps)$"
)
PROFESSION_HEAD = _HEAD  # titles.py tells a line of professions from a title with it


_JOINERS = frozenset((",", "and", "or", "&"))
# people an activity provides with something who are not its audience by name
_NOT_NAMED = frozenset(("participants", "learners", "attendees", "patients", "students"))


def provided_with(obj: str) -> list[str]:
    """ "provides pharmacists and technicians with ...": the professions are the whole object
    before "with" (else "provides an overview of ... for nurses" names nothing here)."""
    words = obj.replace(",", " , ").split()
    low = [w.lower() for w in words]
    if "with" not in low[1:]:
        return []
    before = [w for w in low[: low.index("with")] if w not in _JOINERS]
    items = served(" ".join(words[: low.index("with")]))
    joined = [w.rstrip("’'") for i in items for w in i.split()]
    if not items or joined != [w.rstrip("’'") for w in before]:
        return []
    return [] if any(i.split()[-1] in _NOT_NAMED for i in items) else items
