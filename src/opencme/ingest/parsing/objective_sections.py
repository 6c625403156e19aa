"""The lines of one objectives list on a page: its items after a heading or lead-in, over
sub-headings that divide it by session, day or module (R-OB-6), and the whole list an unheaded
run of verb items belongs to (R-OB-7).

A list of objectives is written item by item; most items open with an action verb of learning
objectives (`OBJECTIVE_VERBS`), a few with a verb outside that list ("Gather", "Explore"): such
an item is still one of the list when the items around it open with the verbs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import BULLET, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.objective_items import OBJECTIVE_VERBS, first_verb

# what may stand before an objective's verb: "Participants will", "Be able to"
_LEARNER_WILL = lazy_compile(
    r"^(?:(?:the\s+)?(?:participants?|attendees?|learners?|students?)\s+will\s+)?"
    r"(?:be\s+able\s+to\s+)?",
    re.IGNORECASE,
)
# prose under an objectives heading is its objective when it says what the learner will do
# ("Participants will be able to apply …"); a goal, summary or statement is not (R-OB-8)
# ("we will discuss …" says what the speakers will do: R-OB-12)
_LEARNER_OUTCOME = lazy_compile(r"(?<!\bwe\s)\bwill\b|\bable\s+to\b", re.IGNORECASE)
# words by which a lead-in names objectives ("… will be able to:", "Learning outcomes:")
# or by the completion of the activity ("At the conclusion of the course, participants will
# be retrained in:", "After completing this module, …", "Participants should understand:")
_OBJECTIVE_WORDS = (
    *("objective", "outcome", "able to", "learn", "prepared to", "understand", "know"),
    *("conclusion", "completion", "completing", "end of"),
)
ITEM_CHARS = 300
_NUMBER = lazy_compile(r"^\s*(\d{1,2})[.)]\s")
SUBHEAD_CHARS = 90  # a sub-heading ("Day 2: 16 July", "Module 3: Weaning") is short
SUBHEAD_WORDS = 12
_PART = lazy_compile(
    r"\d|\b(?:day|hour|session|module|part|week|unit|chapter|lesson|issue|lecture|segment|"
    r"track|block|phase|level)s?\b",
    re.IGNORECASE,
)
# first words of a sentence that is no item of a list of objectives (an item opens with a verb)
_NOT_ITEM_FIRST = frozenset(
    [
        "the",
        "this",
        "these",
        "those",
        "that",
        "a",
        "an",
        "our",
        "we",
        "you",
        "your",
        "it",
        "its",
        "they",
        "their",
        "there",
        "here",
        "please",
        "for",
        "in",
        "on",
        "at",
        "by",
        "to",
        "with",
        "from",
        "all",
        "each",
        "if",
        "when",
        "as",
        "note",
        "and",
        "or",
        "but",
        "is",
        "are",
        "was",
        "were",
        "click",
        "register",
        "contact",
        "visit",
        "join",
        "view",
        "see",
    ]
)


def verb_item(ln: Line, t: str) -> bool:
    """The line is an item opening with an objective's verb (after "Participants will")."""
    if ln.raw_key or len(t) > ITEM_CHARS or t.endswith(("?", ":")):
        return False
    words = _LEARNER_WILL.sub("", BULLET.sub("", t), count=1).split(" ", 2)
    return first_verb(words) in OBJECTIVE_VERBS


def keyed_objective(value: str) -> bool:
    """The value of a keyed objectives line is an objective: it opens with an objective's verb
    ("To describe …" too) or says what the learner will do; a goal or a placeholder ("-") is
    none (R-OB-8)."""
    words = _LEARNER_WILL.sub("", value, count=1).split(" ", 3)
    if words[0].lower() == "to" and len(words) > 1:
        words = words[1:]
    return first_verb(words) in OBJECTIVE_VERBS or bool(_LEARNER_OUTCOME.search(value))


def _item_like(ln: Line, t: str) -> bool:
    """The line may be an item of a list whose other items open with the verbs: short, not a
    key, not a lead-in or question, opening with a capitalised word that is no article,
    pronoun or preposition."""
    if ln.raw_key or len(t) > ITEM_CHARS or t.endswith(("?", ":")):
        return False
    body = _LEARNER_WILL.sub("", BULLET.sub("", t), count=1)
    first = body.split(" ", 1)[0]
    return first[:1].isupper() and first.isalpha() and first.lower() not in _NOT_ITEM_FIRST


def _next_text(lines: list[Line], k: int) -> int:
    """The index of the first line at or after k with text (len(lines) if none)."""
    while k < len(lines) and not lines[k].text.strip():
        k += 1
    return k


def _subhead(ln: Line, t: str) -> bool:
    """A short line naming a part of the activity ("Day 1: 15 July", "Hour 2", "• Module 2:
    Weaning"), no sentence and no item of its own."""
    if len(t) > SUBHEAD_CHARS or t.endswith((".", ";", ",")) or verb_item(ln, t):
        return False
    return len(t.split()) <= SUBHEAD_WORDS


def _part(ln: Line, t: str) -> bool:
    """A sub-heading naming a part of the activity: a part word or a number ("Day 2: 16 July",
    "Hour 2", "Module 3: Weaning")."""
    return _subhead(ln, t) and _PART.search(t) is not None


def opens_list(lines: list[Line], k: int) -> bool:
    """The next line with text from k is an item opening with an objective's verb."""
    k = _next_text(lines, k)
    return k < len(lines) and verb_item(lines[k], lines[k].text.strip())


def _plain_run(lines: list[Line], start: int) -> tuple[list[Line], int]:
    """Unbulleted lines from `start` that each open with an objective's verb, or are item-like
    between such lines; the run ends on a verb item, two in three of its lines open with the
    verbs, and it has two items or more. Returns the run and the index after its last line."""
    run: list[Line] = []
    verbs = 0
    k = start
    while k < len(lines):
        ln = lines[k]
        t = ln.text.strip()
        if not t:
            k += 1
            continue
        if BULLET.match(t):
            break
        if verb_item(ln, t):
            verbs += 1
        elif not (run and _item_like(ln, t)):
            break
        run.append(ln)
        k += 1
    while run and not verb_item(run[-1], run[-1].text.strip()):
        run.pop()
    if len(run) < 2 or 3 * verbs < 2 * len(run):
        return [], start
    return run, lines.index(run[-1]) + 1


def read_section(
    lines: list[Line],
    start: int,
    diags: list[Diagnostic],
    is_head: Callable[[Line], bool] | None = None,
    weak: bool = False,
) -> tuple[list[str], int]:
    """The items of the objectives list whose heading or lead-in is the line before `start`:
    bulleted items, or plain lines opening with the verbs, over lead-ins and sub-headings
    followed by such items (R-OB-1, R-OB-6); prose between the heading and a list, lead-in or
    heading (`is_head`) below it is no item; the sub-list under an item ending in ":" ("… in
    terms of:" over "1. Prevalence", "2. Mortality") is its parts, no objectives (R-OB-10);
    under a lead-in that names neither objectives nor the activity's completion (`weak`), a
    list is kept only when half its items or more open with the verbs (R-OB-11). Returns the
    items and the index where the list ends."""
    found: list[tuple[str, Line]] = []
    kept: list[tuple[str, Line]] = []
    k = start
    fresh = True  # at the list's start, or right after a lead-in or sub-heading
    parent: _Marker | None = None  # the marker of an item ending in ":" before its sub-list
    sub = 0  # the number the sub-list's next numbered item has (1 when it starts)
    while k < len(lines):
        ln = lines[k]
        t = ln.text.strip()
        if not t:
            k += 1
            continue
        if BULLET.match(t):
            mark = _marker(t)
            if parent is not None and _sub_item(parent, mark, sub):
                sub = sub + 1 if mark.number else sub
                k += 1
                continue
            body = BULLET.sub("", t).strip()
            # a bulleted sub-heading is keyed ("• Module 2: Weaning"); other bullets are items
            if not (ln.raw_key and _part(ln, body) and opens_list(lines, k + 1)):
                found.append((body, ln))
                parent, sub = (mark, 1) if body.endswith(":") else (None, 0)
                k, fresh = k + 1, False
                continue
        if ln.key and ln.key != "objectives" and not ln.value:
            break  # another field's heading ("Session Summary:", "Faculty:")
        # between two lists only a lead-in naming objectives or a part of the activity goes on
        # to the next ("Day 2:", "Upon completion of part 2 you will be able to:"); "Related
        # courses", "Agenda" end the objectives
        between = bool(kept or found)
        lead = t.endswith(":") and (
            not between or ((not weak_lead(t) or _part(ln, t)) and opens_list(lines, k + 1))
        )
        if lead or ((_part(ln, t) if between else _subhead(ln, t)) and opens_list(lines, k + 1)):
            _close(kept, found, weak)  # a lead-in, or a sub-heading over more items
            k, fresh = k + 1, True
            continue
        if not fresh:
            break
        run, end = _plain_run(lines, k)
        if run:
            found.extend((r.text.strip(), r) for r in run)
            k, fresh = end, False
            continue
        if not (kept or found) and len(t) > 20 and not ln.raw_key:
            sentences = _sentence_run(lines, k)
            after = _next_text(lines, lines.index(sentences[-1]) + 1)
            if after < len(lines) and (
                (_list_start(lines, after) and not _other_heading(lines[after]))
                or (is_head is not None and is_head(lines[after]))
            ):
                # the activity's goal or summary between the heading and its list
                k = after
                continue
            if _LEARNER_OUTCOME.search(sentences[0].text):
                found.extend((r.text.strip(), r) for r in sentences)
        break
    _close(kept, found, weak)
    for _item, ln in kept:
        used(diags, "objectives", ln)
    return [item for item, _ln in kept], k


def weak_lead(t: str) -> bool:
    """A lead-in naming neither objectives nor completing the activity: "Participants will
    gain:", "Course participants will:"."""
    low = t.lower()
    return not any(w in low for w in _OBJECTIVE_WORDS)


def _close(kept: list[tuple[str, Line]], found: list[tuple[str, Line]], weak: bool) -> None:
    """Keep the items found since the last lead-in or sub-heading: all of them, or under a weak
    lead-in only when half of them or more open with an objective's verb."""
    if found and (not weak or 2 * sum(_opens_verb(item) for item, _ln in found) >= len(found)):
        kept.extend(found)
    found.clear()


# verbs of what a learner does in the activity, beside the objectives' verbs: the items after
# "In this workshop you will" ("Learn how to …", "Explore …", "Practise …"); what a course
# gives ("Gain access to …", "Share your cases", "Receive …") is none (R-OB-12)
_LEARNER_VERBS = frozenset(
    [
        "learn",
        "explore",
        "practise",
        "practice",
        "discover",
        "acquire",
        "reflect",
        "investigate",
        "strengthen",
        "enhance",
        "refine",
    ]
)


def _opens_verb(item: str) -> bool:
    first = first_verb(_LEARNER_WILL.sub("", item, count=1).split(" ", 2))
    return first in OBJECTIVE_VERBS or first in _LEARNER_VERBS


_LEARNER = lazy_compile(r"\b(?:you|participants?|attendees?|learners?|delegates?)\b", re.I)
_HEADING_WORDS = 4


def _other_heading(ln: Line) -> bool:
    """A short heading naming no objectives, learner or part ("Questions:", "Case Study:",
    "Reading list:"): after prose under an objectives heading it opens another section, whose
    list is no objectives (R-OB-12)."""
    t = ln.text.strip()
    return (
        t.endswith(":")
        and len(t.split()) <= _HEADING_WORDS
        and weak_lead(t)
        and not _LEARNER_OUTCOME.search(t)
        and not _LEARNER.search(t)
        and not _part(ln, t)
    )


def _list_start(lines: list[Line], k: int) -> bool:
    """Line k opens a list: a bullet, a lead-in ending in ":" or an objective's verb."""
    t = lines[k].text.strip()
    return bool(BULLET.match(t)) or t.endswith(":") or verb_item(lines[k], t)


@dataclass(frozen=True, slots=True)
class _Marker:
    number: int  # 0 for a symbol ("•", "-")
    symbol: str = ""  # the symbol ("•", "-") when there is no number


def _marker(t: str) -> _Marker:
    m = _NUMBER.match(t)
    return _Marker(int(m.group(1))) if m else _Marker(0, t[:1])


def _sub_item(parent: _Marker, mark: _Marker, sub: int) -> bool:
    """An item of the sub-list under `parent`: a symbol under a numbered item, a number under
    a symbol, another symbol under a symbol ("-" under "•"), or numbers running 1, 2, … under
    a numbered item (the parent's list goes on with a number out of that run, or its symbol)."""
    if bool(parent.number) != bool(mark.number):
        return True
    if not mark.number:
        return mark.symbol != parent.symbol
    return mark.number == sub


def _sentence_run(lines: list[Line], start: int) -> list[Line]:
    """The line at `start` and the unkeyed sentence lines right after it."""
    run = [lines[start]]
    if not lines[start].text.strip().endswith("."):
        return run
    for ln in lines[start + 1 :]:
        t = ln.text.strip()
        if not t or ln.raw_key or not t.endswith(".") or len(t) <= 20 or BULLET.match(t):
            break
        run.append(ln)
    return run


def whole_list(lines: list[Line], run: list[Line], diags: list[Diagnostic]) -> list[str]:
    """The items of the list an unheaded run of verb items belongs to (R-OB-7): a bulleted run
    takes the list's other items (blank lines between them allowed) when two in three of the
    whole list open with the verbs; the lists after it under sub-headings follow."""
    first, last = lines.index(run[0]), lines.index(run[-1])
    if BULLET.match(run[0].text.strip()):
        lo, hi = _bullets_around(lines, first, -1), _bullets_around(lines, last, 1)
        whole = [ln for ln in lines[lo : hi + 1] if ln.text.strip()]
        verbs = sum(verb_item(ln, ln.text.strip()) for ln in whole)
        if 3 * verbs >= 2 * len(whole):
            run, last = whole, hi
    items = [BULLET.sub("", r.text).strip() for r in run]
    for r in run:
        used(diags, "objectives", r)
    k = _next_text(lines, last + 1)
    if k < len(lines) and _part(lines[k], lines[k].text.strip()) and opens_list(lines, k + 1):
        items.extend(read_section(lines, k, diags)[0])
    return items


_LIST_GAP = 2  # blank lines a list's items may stand apart


def _bullets_around(lines: list[Line], at: int, step: int) -> int:
    """The index of the farthest bulleted item from `at` going by `step` over blank lines,
    keyless and short, with no other line between; a gap of more than `_LIST_GAP` blank lines
    ends the list (the next list, its heading lost)."""
    k = best = at
    while 0 <= k + step < len(lines):
        k += step
        t = lines[k].text.strip()
        if not t:
            if abs(k - best) > _LIST_GAP:
                break
            continue
        if not BULLET.match(t) or lines[k].raw_key or len(t) > ITEM_CHARS:
            break
        best = k
    return best
