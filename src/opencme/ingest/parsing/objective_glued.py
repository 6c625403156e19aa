"""Objectives glued on one line (R-OB-9): a page flattened to long lines writes its list as
sentences in a row ("Learning Objectives Identify X. Discuss Y. Important Notice …"), as a
numbered run ("… you will be able to: 1. Identify X 2. Describe Y"), or as verb phrases
without punctuation ("Learning Objectives Identify X Apply Y Evaluate Z"). Each item opens
with an action verb of learning objectives; the list ends where the sentences stop doing so.
"""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.objective_items import OBJECTIVE_VERBS

GLUED_CHARS = 160  # a line this long is no heading: its list, if any, is glued to it
# a heading inside a long line, after a sentence's end or at the line's start: "Learning
# Objectives", "Professional Objectives:", and perhaps a lead-in ending in a colon
_INLINE_HEAD = lazy_compile(
    r"(?:^|(?<=[.!?\]:)])\s*)(?:[A-Z][\w-]*\s+){0,2}Objectives:?\s+"
    # R-OB-14: "… are to enable a nurse to:" ends a lead-in as "able to:" does
    r"(?:[A-Z][^:]{0,160}?\b(?:able\s+to|will|should|to)\s*:\s*)?"
)
_SENTENCE_END = lazy_compile(r"(?<=[.;!])\s+(?=[A-Z])")
_NUMBER = lazy_compile(r"(?:^|\s)(\d{1,2})[.)]\s+(?=[A-Z])")
_CAP_VERB = lazy_compile(
    r"\s+(?=(?:"
    + "|".join(sorted((v.capitalize() for v in OBJECTIVE_VERBS), key=len)[::-1])
    + r")\s+[a-z])"
)
# first words of a sentence that is no objective
_NOT_ITEM_FIRST = frozenset(
    (
        *("the", "this", "these", "a", "an", "our", "we", "you", "your", "it", "they"),
        *("their", "there", "please", "for", "in", "on", "at", "by", "to", "with", "if"),
        *("when", "as", "note", "click", "register", "contact", "visit", "all", "each"),
    )
)


def _opens_with_verb(part: str) -> bool:
    return part.split(" ", 1)[0].lower() in OBJECTIVE_VERBS


def _item_like(part: str) -> bool:
    first = part.split(" ", 1)[0]
    return first[:1].isupper() and first.isalpha() and first.lower() not in _NOT_ITEM_FIRST


def _verb_parts(parts: list[str]) -> list[str]:
    """The parts from the first while they open with the verbs or, between such parts, look
    like items; ending on a verb part, two in three of them verb parts, two parts or more."""
    run: list[str] = []
    verbs = 0
    for p in parts:
        if _opens_with_verb(p):
            verbs += 1
        elif not (run and _item_like(p)):
            break
        run.append(p)
    while run and not _opens_with_verb(run[-1]):
        run.pop()
    return run if len(run) >= 2 and 3 * verbs >= 2 * len(run) else []


def split_glued(text: str) -> list[str]:
    """The items of a list written on one line, or [] when it is no such list."""
    text = text.strip()
    if not text or (not _opens_with_verb(text) and not text.startswith("1")):
        return []
    numbers = list(_NUMBER.finditer(text))
    in_order = [int(m.group(1)) for m in numbers] == list(range(1, len(numbers) + 1))
    if len(numbers) >= 2 and in_order and numbers[0].start() == 0:
        ends = [m.start() for m in numbers[1:]] + [len(text)]
        parts = [text[m.end() : e].strip() for m, e in zip(numbers, ends, strict=True)]
        last = _SENTENCE_END.split(parts[-1], maxsplit=1)
        parts = parts[:-1] + last[:1]
        # R-OB-14: the numbers in order make the list; one item opening with an objective's
        # verb names it objectives, the others need only look like items ("2. Explore …")
        if all(_item_like(p) for p in parts) and any(_opens_with_verb(p) for p in parts):
            return parts
        return _verb_parts(parts)
    if "." in text or ";" in text:
        return _verb_parts([p.strip() for p in _SENTENCE_END.split(text)])
    return _verb_parts([p.strip() for p in _CAP_VERB.split(text)])


def inline_objectives(line: str) -> list[str]:
    """The objectives list glued to a heading inside a long line, or []."""
    if len(line) <= GLUED_CHARS or "Objectives" not in line:
        return []
    for m in _INLINE_HEAD.finditer(line):
        items = split_glued(line[m.end() :])
        if items:
            return items
    return []
