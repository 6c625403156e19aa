"""A name in prose that is not the page's activity (R-TI-5): what its words around it make
of it. A credit type ("… Certified Assessment Activity credits"), what credit counts towards
("points towards X Program"), an umbrella initiative ("a session under the X Program"),
another event ("offered prior to the X Meeting"), an institution the name runs on into ("X
Training & Research Centre"), a possessive and format words only ("the Guild’s Virtual
Webinar")."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS, TITLE_NOISE

# words right before the name that make it something the activity serves or follows
_BEFORE = lazy_compile(
    r"\b(?:towards?|under|prior\s+to|ahead\s+of|in\s+conjunction\s+with|alongside"
    r"|co-?located\s+with)\s+(?:the\s+|an?\s+|your\s+)?\Z",
    re.IGNORECASE,
)
# a credit's unit right after the name: the name is a credit type's
_CREDIT_AFTER = lazy_compile(r"\s*(?:credits?|points?|hours?|units?)\b", re.IGNORECASE)
# an institution's head noun the name runs on into (after "&" or "and" and capitalised words)
_ORG_AFTER = lazy_compile(
    r"\s+(?:(?:&|and)\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:Centre|Center|Institute|Society|"
    r"Association|Department|College|Foundation|Committee|Council|Hospital|University)\b"
)
_FORMAT = (
    frozenset(TITLE_NOISE["format_labels"])
    | frozenset(TITLE_NOISE["section_words"])
    | frozenset(DESCRIPTION_KEYS["activity_nouns"])
)
_POSSESSIVE = ("’s", "'s", "s’", "s'")
_NOUN = r"(?:" + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"]) + r")s?"
# the name runs on to a second activity noun ("<Forum of X> 2024 Annual Conference")
_MORE_NOUN = lazy_compile(r" (?:[A-Z][\w’'&-]*\s+){0,3}" + _NOUN + r"(?![\w-])")
# an exhibition held with the event is part of its name ("… Conference & Exhibition (GWHC)")
_EXHIBITION = lazy_compile(
    r" (?:&|and) (?:Exhibition|Exposition|Expo)(?: \([A-Z]{2,8}\))?(?![\w-])"
)
# a subtitle after the name's colon, up to the sentence's verb ("The X Symposium: Advancing
# Care—A Y Collaboration is co-sponsored by …"): capitalised words, links, dashes
_SUBTITLE = lazy_compile(
    r": (?P<sub>[A-Z][\w’'-]*(?:(?: |—|–)(?:[A-Z][\w’'-]*|of|and|for|in|on|to|the|a|an|&))"
    r"{1,16}) (?=(?:is|are|was|will|has|have|offers|brings)\b)"
)


# words before the name that make it a prerequisite, a course the learner has completed
# (docs/corpus.md "Provider": a course the learner "has completed" is a prerequisite): "proof of
# completion of the State-Approved 6-Hour X Course", "must have completed the X Course",
# "Prerequisite: X Course", "after taking the X Workshop"
_PREREQUISITE = lazy_compile(
    r"\b(?:completion\s+of|(?:have|has|having)\s+(?:successfully\s+)?(?:completed|taken|passed"
    r"|attended)|prerequisites?:?|pre-requisites?:?|after\s+(?:completing|taking|passing))\s+"
    r"(?:the\s+|an?\s+|your\s+)?(?:[\w’'-]+[\s-]+){0,3}?\Z",
    re.IGNORECASE,
)


def elsewhere(text: str, start: int, end: int, name: str) -> bool:
    """The name at text[start:end] names a credit, a target, an umbrella, another event or
    an institution, a prerequisite, or is a possessive with format words only (not the
    page's activity)."""
    if _BEFORE.search(text, max(0, start - 30), start):
        return True
    if _PREREQUISITE.search(text, max(0, start - 60), start):
        return True
    if start > 0 and text[start - 1] == "(" and text.startswith(",", end):
        return True  # an item of a list of names in parentheses: "Series (A Rounds, B Chats)"
    if _CREDIT_AFTER.match(text, end) or _ORG_AFTER.match(text, end):
        return True
    words = name.split()
    return (
        len(words) >= 2
        and words[0].endswith(_POSSESSIVE)
        and all(w.lower() in _FORMAT for w in words[1:])
    )


def run_on(text: str, end: int) -> int:
    """Where the name found ending at `end` truly ends: at a second activity noun right after
    it, after the exhibition held with it, and after a subtitle its colon opens before the
    sentence's verb."""
    if text.startswith(" ", end) and (m := _MORE_NOUN.match(text, end)):
        end = m.end()
    if text.startswith((" & ", " and "), end) and (m := _EXHIBITION.match(text, end)):
        end = m.end()
    if text.startswith(": ", end) and (m := _SUBTITLE.match(text, end)):
        end = m.end("sub")
    return end


_DEFINES = lazy_compile(r" (?:is|are) (?:a|an|the|one) ")


def defined_longer(title: str, paragraphs: list[str]) -> str | None:
    """A short heading ("Wound Closure") whose name a paragraph right after defines in full,
    opening with it ("The Wound Closure/Suturing Certification for the Practice Nurse is a
    two-day course …"): the full name, in title case, up to the defining verb."""
    opening = "The " + title
    for text in paragraphs:
        if not text.startswith(opening) or len(text) <= len(opening) + 2:
            continue
        m = _DEFINES.search(text, len(opening), len(opening) + 140)
        if m is None:
            return None
        name = text[4 : m.start()]
        words = name.split()
        long_words = [w for w in words if len(w) > 3]
        if (
            ". " not in name
            and ", " not in name
            and len(words) <= 16
            and long_words
            and all(w[:1].isupper() for w in long_words)
        ):
            return name
        return None
    return None


# a name in quotation marks before an activity noun: "the ‘Safe Suturing …’ program"
_QUOTED_BEFORE = lazy_compile(
    r"[‘“\"](?P<name>[A-Z][^’”\"]{5,100})[’”\"]\s+(?:"
    + "|".join(DESCRIPTION_KEYS["activity_nouns"])
    + r")s?\b"
)


def quoted_longer(title: str, paragraphs: list[str]) -> str | None:
    """A short heading ("Suturing Training") and a paragraph right below quoting a program's
    name that holds one of its words ("the ‘Safe Suturing in a Rural Clinic Setting’
    program"): the quoted name is the activity's full name."""
    words = {w.lower() for w in title.split() if len(w) > 3}
    for text in paragraphs:
        if not ("‘" in text or "“" in text or '"' in text):
            continue
        m = _QUOTED_BEFORE.search(text)
        if m and words.intersection(w.lower() for w in m["name"].split()):
            return m["name"].strip()
    return None


# a headline in title case whose verb alone is in lower case: "A & B offer The Young Knee"
_OFFERS = lazy_compile(
    r"^(?:[A-Z][\w&.’'-]*\s+(?:(?:&|and|of)\s+)?){1,10}(?:offers?|presents?|hosts?)\s+"
    r"(?P<name>[A-Z][^.!?:]{3,100})$"
)


def offered_name(t: str) -> str | None:
    """The name a headline's lower-case verb offers ("X & Y offer The Young Shoulder" -> "The
    Young Shoulder"): capitalised words after the verb, every longer word capitalised."""
    if " offer" not in t and " present" not in t and " host" not in t:
        return None
    m = _OFFERS.match(t)
    if m is None:
        return None
    words = m["name"].split()
    long_words = [w for w in words if len(w) > 3]
    return m["name"] if len(words) >= 2 and all(w[:1].isupper() for w in long_words) else None
