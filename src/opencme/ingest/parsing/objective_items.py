"""The items of a list of learning objectives, as a record keeps them (R-OB-2..4).

A list on a page is punctuated as one sentence ("Describe X;", "List Y; and", "Explain Z.");
an objective of the record is one item, without the punctuation that joined it to the next.
A lead-in written as a list item ("The participant will:", or "… learners should be able to"
with no colon) is no objective, and one that opens an item runs its list on ("… will be able
to: 1) define X, 2) list Y"; "… able to: define X; list Y"); items numbered on one line ("1.
Outline X. 2. Identify Y.") are one each; a list's mark left before an item ("– ", "3. ") is
no part of it; an item the page's excerpt cuts off
after a few words says nothing and is dropped (docs/corpus.md "Settled cases"), and so is one
it cuts inside a repeat of an item already kept.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# what joins an item to the next: ";" or "," perhaps with "and"/"or" (R-OB-2)
_JOINER = lazy_compile(r"(?:\s*[;,]\s*(?:and|or)?|\s+(?:and|or)\s*[;,])\s*$", re.IGNORECASE)
# a lead-in ends in a modal or "able to" and a colon: "Upon completion the nurse will:"
_LEAD_IN = lazy_compile(
    r"\b(?:will|should|shall|can|(?:be\s+)?(?:able|prepared)\s+to)\s*:\s*$", re.IGNORECASE
)
# "2. " or "2) " after an item's end, before a capital: the next item of a numbered run
_NEXT_NUMBER = lazy_compile(r"(?<=[.;])\s+(\d{1,2})[.)]\s+(?=[A-Z])")
_LEAD_NUMBER = lazy_compile(r"^1[.)]\s+")
# a lead-in with no colon, the item's whole text: "After this activity learners should be able to"
_BARE_LEAD_IN = lazy_compile(r"\b(?:be\s+)?(?:able|prepared)\s+to\s*$", re.IGNORECASE)
# a lead-in opening an item, its list run on after the colon (R-OB-3)
_RUN_ON = lazy_compile(
    r"^(?P<lead>.{8,200}?\b(?:will|should|shall|can|(?:be\s+)?(?:able|prepared)\s+to)\s*:)\s+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# a run-on list's numbers ("1) define X, 2) list Y 3) plan Z") and its items' joins
_RUN_NUMBER = lazy_compile(r"(?:^|[\s,;]\s*)\(?(\d{1,2})[.)]\s+")
_RUN_JOIN = lazy_compile(r";\s+(?:and\s+|or\s+)?")
# a list's mark left before an item: a dash or bullet, a number or a letter and "." or ")"
_MARK = lazy_compile(r"^(?:[-–—•*·▪]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+(?=\S)")
_MARK_FIRST = frozenset("-–—•*·▪(0123456789abcdefghijklmnopqrstuvwxyz")


# the action verbs of Bloom's revised taxonomy (Anderson & Krathwohl, 2001) that learning
# objectives open with
def _bar_words(block: str) -> frozenset[str]:
    return frozenset(block.split("|"))


OBJECTIVE_VERBS = _bar_words(
    "identify|describe|explain|discuss|list|define|recognize|recognise|review|summarize|"
    "apply|demonstrate|use|implement|employ|utilize|analyze|analyse|differentiate|compare|"
    "distinguish|examine|evaluate|assess|appraise|critique|select|justify|create|design|"
    "develop|formulate|plan|construct|integrate|outline|state|name|recall|interpret|"
    "incorporate|understand|determine|manage|perform|provide|improve|increase|"
    "illustrate|classify|prioritize|counsel|educate|recommend|choose|articulate|"
    # the taxonomy's other verbs by level, as its verb tables list them (remember: cite,
    # locate, relate; understand: contrast, infer, paraphrase; apply: calculate, execute,
    # modify, predict, prepare, solve; analyze: categorize, correlate, discriminate, organize,
    # delineate, characterize; evaluate: detect, monitor, verify, estimate; create: compile,
    # compose, devise, generate, produce, propose, revise, synthesize)
    "cite|locate|relate|contrast|infer|paraphrase|calculate|execute|modify|predict|prepare|"
    "solve|categorize|correlate|discriminate|organize|delineate|characterize|detect|monitor|"
    "verify|estimate|compile|compose|devise|generate|produce|propose|revise|synthesize"
)


def first_verb(words: list[str]) -> str:
    """The word an item's verb is, in lower case: its first word, or the second after a manner
    adverb ("Safely administer …", "Critically appraise …" open with "administer", "appraise")."""
    first = words[0].lower() if words else ""
    if (
        len(words) > 1
        and first.endswith("ly")
        and len(first) > 4
        and first not in OBJECTIVE_VERBS
        and words[1].lower() in OBJECTIVE_VERBS
    ):
        return words[1].lower()
    return first


CUT_WORDS = 5  # a cut-off item of fewer words is dropped (docs/corpus.md)
# words no objective ends with: an item the page ends on with one of these was cut mid-phrase
_NEVER_LAST = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "with",
        "in",
        "on",
        "at",
        "by",
        "from",
        "and",
        "or",
        "how",
        "what",
        "which",
        "that",
        "its",
        "their",
    ]
)


def _numbered(item: str) -> list[str]:
    """Split "A. 2. B. 3. C." where the numbers run 2, 3, ... in order; else the item whole."""
    if "2" not in item:
        return [item]
    marks = list(_NEXT_NUMBER.finditer(item))
    if not marks or [int(m.group(1)) for m in marks] != list(range(2, len(marks) + 2)):
        return [item]
    parts, start = [], 0
    for m in marks:
        parts.append(item[start : m.start()])
        start = m.end()
    parts.append(item[start:])
    return [_LEAD_NUMBER.sub("", p).strip() for p in parts]


def _run_on(item: str) -> list[str]:
    """The items of a list run on after a lead-in that opens the item, numbered in order from
    1 or joined by ";" (two or more); else the item whole."""
    m = _RUN_ON.match(item) if ":" in item else None
    if m is None:
        return [item]
    rest = m["rest"]
    marks = list(_RUN_NUMBER.finditer(rest))
    if len(marks) >= 2 and marks[0].start() == 0:
        if [int(x.group(1)) for x in marks] != list(range(1, len(marks) + 1)):
            return [item]
        ends = [x.start() for x in marks[1:]] + [len(rest)]
        parts = [rest[x.end() : end] for x, end in zip(marks, ends, strict=True)]
    else:
        parts = _RUN_JOIN.split(rest)
    parts = [p.strip().rstrip(",;").strip() for p in parts]
    return parts if len(parts) >= 2 and all(parts) else [item]


def _cut_off(item: str, page: str | None) -> bool:
    """The page ends inside this item: few words, the page's last, and one word only, or the
    last of them a piece of a word (two letters or fewer) or a word no phrase ends with."""
    words = item.split()
    if page is None or len(words) >= CUT_WORDS or not item[-1:].isalpha():
        return False
    last = words[-1]
    cut = len(words) == 1 or len(last) <= 2 or last.lower() in _NEVER_LAST
    return cut and page.rstrip().endswith(item)


def _cut_repeat(item: str, kept: list[str], page: str | None) -> bool:
    """The page ends inside this item and it is the start of an item already kept: the same
    objective repeated (a list per profession) and cut off."""
    return (
        page is not None and any(k.startswith(item) for k in kept) and page.rstrip().endswith(item)
    )


def tidy_objectives(items: list[str], page: str | None = None) -> list[str]:
    """The record's objectives from the items of a list; `page` is the listing's text (to
    tell an item the excerpt cut off)."""
    out: list[str] = []
    for raw in items:
        for piece in _numbered(raw.strip()):
            piece = _MARK.sub("", piece) if piece[:1] in _MARK_FIRST else piece
            if not piece or _LEAD_IN.search(piece) or _BARE_LEAD_IN.search(piece):
                continue
            for part in _run_on(piece):
                if _cut_off(part, page):
                    continue
                item = _JOINER.sub("", part) if part[-1] in ";,dr" else part
                item = _unglued(item)
                if item and item not in out and not _cut_repeat(item, out, page):
                    out.append(item)
    if out and _short_tail(out, page):
        out.pop()
    return out


# a group's heading in title case glued before its first item by a page that lost its markup
# ("Understand Delirium and Its Causes Define delirium, including …"): the heading opens with a
# verb, its other words capitalised but for short function words, and the item is a verb in
# capitals followed by a word in lower case (R-OB-13)
_FUNCTION = r"(?:and|or|of|the|a|an|to|for|in|on|with|&|vs\.?)"
_GLUED_HEAD = lazy_compile(
    rf"^(?P<head>[A-Z][a-z]+(?:\s+(?:[A-Z][\w’'-]*|{_FUNCTION})){{2,10}}?)\s+"
    rf"(?P<verb>(?:{'|'.join(sorted(w.capitalize() for w in OBJECTIVE_VERBS))}))\s+"
    r"(?=[a-z])"
)


def _unglued(item: str) -> str:
    """The item without a title-case heading glued before it."""
    if len(item) < 40 or not item[:1].isupper():
        return item
    m = _GLUED_HEAD.match(item)
    if not m:
        return item
    head = m["head"].split()
    if head[0].lower() not in OBJECTIVE_VERBS or sum(w[:1].isupper() for w in head[1:]) < 3:
        return item
    return item[m.start("verb") :]


_SIBLING_WORDS = 8  # the items before a cut tail are this long on average, or longer


def _short_tail(out: list[str], page: str | None) -> bool:
    """The page ends inside its last item: fewer than CUT_WORDS words, no closing stop, after
    two items or more of _SIBLING_WORDS words or more on average ("• Effectively comm" after
    fifteen-word items: an excerpt cut mid-item, docs/corpus.md "Settled cases")."""
    last = out[-1]
    words = last.split()
    if page is None or len(out) < 3 or len(words) >= CUT_WORDS or not last[-1:].isalpha():
        return False
    siblings = sum(len(o.split()) for o in out[:-1]) / (len(out) - 1)
    return siblings >= _SIBLING_WORDS and page.rstrip().endswith(last)
