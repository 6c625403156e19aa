"""A short heading whose fuller name the page's prose gives before an activity noun
(docs/corpus.md "Title": a short heading above a paragraph giving the full name is read as
that name; R-TI-28): "Falls Awareness" over "… The Falls Awareness and Prevention course is
designed to …" → "Falls Awareness and Prevention"; "Our Knee Taping for Runners workshop will
…", "This Wound Care Plus Programme covers …" (a capitalised noun is the name's and stays, a
course's noun in lower case is not: "the Foundations of Knee Taping course" → "Foundations of
Knee Taping")."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# the vocabulary's activity nouns and those of other usage (R-DE-8's: "masterclass", "study
# day", "bootcamp" …)
_NOUNS = [
    *DESCRIPTION_KEYS["activity_nouns"],
    "masterclass",
    "master class",
    "bootcamp",
    "study day",
    "retreat",
    "colloquium",
    "tutorial",
    "e-learning",
    "class",
]
_NOUN = "|".join(map(re.escape, _NOUNS))
_CAP_NOUN = "|".join(re.escape(n.title()) for n in _NOUNS)
# the sentence's verb after the name and its noun
_VERB = (
    r"(?:is|are|was|will|has|have|provides|covers|runs|offers|aims|teaches|gives|helps"
    r"|includes|consists|explores|introduces|focuses|equips|enables|examines)"
)
_MORE = r"(?:\s+(?:[A-Z][\w’'/-]*|and|of|for|in|on|the|&|\d{1,2}))"
_SHORT_MOST = 3  # words of a heading read as a short form
_MORE_MOST = 6  # words the prose adds to it


def _pattern(title: str) -> re.Pattern[str]:
    return lazy_compile(
        r"\b(?:The|Our|This)\s+(?P<name>"
        + re.escape(title)
        + _MORE
        + r"{1,"
        + str(_MORE_MOST)
        + r"}?)(?:\s+(?P<noun>"
        + _NOUN
        + r")s?|(?P<capnoun>\s+(?:"
        + _CAP_NOUN
        + r")s?))\s+"
        + _VERB
        + r"\b"
    )


def named_longer(title: str, lines: list[str]) -> str | None:
    """The fuller name of a short heading (`title`) that a sentence of `lines` opens with
    before an activity noun and a verb."""
    if len(title.split()) > _SHORT_MOST or not title[:1].isupper():
        return None
    found = [t for t in lines if title in t]
    if not found:
        return None
    pat = _pattern(title)
    for t in found:
        m = pat.search(t)
        if m is None:
            continue
        name = m["name"].strip()
        if name.endswith((" and", " of", " for", " in", " on", " the", " &")):
            continue
        if m["capnoun"]:
            return name + m["capnoun"]  # "… Response Course is": the noun is the name's
        return name
    return None


# a paragraph opening with a name in title case that it defines as an activity: "<Name> is a
# 2-day workshop …", "<Name> is an online course …"
_DEFINED = lazy_compile(
    r"^(?P<name>[A-Z][\w’'&/-]*(?:\s+(?:of|and|for|in|on|to|the|with|&|a|an"
    r"|[A-Z0-9][\w’'&/-]*)){2,14})\s+(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:"
    + _NOUN
    + r")s?\b"
)
_DETERMINERS = frozenset({"The", "This", "These", "Our", "Each", "Every", "All", "Your"})


def kind_defined(title: str, lines: list[str]) -> str | None:
    """A short heading of a subject and an activity's noun ("Grief Workshop") over a paragraph
    defining a fuller name of that subject as an activity ("Supporting Families Through Grief
    is a 2-day workshop …"): the fuller name (docs/corpus.md "Title": a short heading above a
    paragraph giving the full name)."""
    words = title.split()
    noun = words[-1].lower()
    if not 2 <= len(words) <= _SHORT_MOST or (noun not in _NOUNS and noun[:-1] not in _NOUNS):
        return None
    subject = {w.lower() for w in words[:-1]}
    for t in lines:
        if not t[:1].isupper() or (" is a" not in t[:160] and " are a" not in t[:160]):
            continue
        m = _DEFINED.match(t)
        if m is None:
            continue
        name = m["name"]
        names = name.split()
        if names[0] in _DETERMINERS or name.endswith((" and", " of", " for", " in", " the")):
            continue
        if subject <= {w.lower().strip("’'") for w in names} and name != title:
            return name
    return None


def subject_below(title: str, lines: list[str]) -> bool:
    """A short heading (three words or fewer) that a sentence of `lines` opens with as its
    subject, as an activity ("Mastery 2 is the second course of …", "The Falls Awareness
    Program consists of …"): the page names it again as its activity, as a longer name named
    again is (R-TI-1)."""
    words = title.split()
    if not words or len(words) > _SHORT_MOST or not title[:1].isupper():
        return False
    opening = (title + " ", "The " + title + " ")
    for t in lines:
        if not t.startswith(opening):
            continue
        if t.startswith(title + " is ") or t.startswith(title + " are "):
            rest = t[len(title) + 1 :]
            if _IS_KIND.match(rest):
                return True
        elif _NOUN_VERB.match(t, t.index(title) + len(title)) or named_longer(title, [t]):
            return True
    return False


# the heading's noun and a verb right after it: "The Gout Update Program consists of …"
_NOUN_VERB = lazy_compile(r"\s+(?i:" + _NOUN + r")s?\s+" + _VERB + r"\b")


# "is a …", "is the first …": the sentence says what kind of activity its subject is
_IS_KIND = lazy_compile(
    r"(?:is|are)\s+(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?(?:" + _NOUN + r")s?\b",
    re.IGNORECASE,
)
