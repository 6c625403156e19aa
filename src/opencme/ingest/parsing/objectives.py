"""Learning objectives: the lists under every objectives heading or lead-in (R-OB-1, R-OB-6;
objective_sections.py reads each), else a list glued on one line (R-OB-9, objective_glued.py),
else a run of items opening with an objective's action verb (R-OB-5, R-OB-7);
objective_items.py keeps each item as the record does (R-OB-2..4).

The heading and lead-in patterns live here because the description stops where the objectives
start (R-DE-2)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import BULLET, Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.objective_glued import inline_objectives, split_glued
from opencme.ingest.parsing.objective_items import tidy_objectives
from opencme.ingest.parsing.objective_sections import (
    ITEM_CHARS,
    keyed_objective,
    read_section,
    verb_item,
    weak_lead,
    whole_list,
)

UNHEADED_RUN = 3  # items in a row that make a list of objectives without a heading (R-OB-5)


_OBJ_HINT = lazy_compile(
    r"bjective|utcome|able\s+to|(?:will|should)\s*(?::|$)|will\s+(?:learn|understand|know|gain)|"
    r"should\s+(?:learn|understand|know|gain)|prepared\s+to|\b(?:will|should|shall)\b[^:.]{0,60}:$",
    re.IGNORECASE,
)
_OBJ_HINT_WORDS = ("bjective", "utcome", "able", "will", "should", "prepared")
# letters IGNORECASE matches as "i" or "s" that lower() does not turn into them: with one of
# these in a text, a lower-case word test cannot rule `_OBJ_HINT` out
_ODD_CASE = ("ı", "İ", "ſ")
# a heading, or a lead-in sentence ending in ":" ("Upon completion, participants should be able
# to:", "Participants will:", "You will learn") (R-OB-1)
_OBJ_HEAD = lazy_compile(
    r"^(?:educational|learning|course|activity|session|program)?\s*(?:goals?\s+(?:and|&)\s+)?"
    r"objectives?\b|^(?:learning|desired|expected|intended)\s+outcomes?\b|"
    # a short heading ending in "objectives" ("Global Objectives", "Day One Learning
    # Objectives:") (R-OB-1); one that joins them to another part ("Purpose and Objectives")
    # is _JOINT_HEAD
    r"^(?![^.;!?]*\s(?:and|&)\s)[^.;!?]{0,60}\bobjectives\s*:?$|"
    # one learning objective under a short heading ending in a colon: "Overall learning
    # objective:" ("Meeting objective:" heads the activity's goal, its description: R-OB-8)
    r"^[^.;!?]{0,60}\blearning\s+objective\s*:$|"
    # a lead-in naming the objectives: "The objectives of this course are:", "Specific
    # objectives should include the following:"
    r"\bobjectives\b[^:.]{0,80}\b(?:include|are|follow(?:ing)?)\b[^:.]{0,30}:$|"
    # a sentence ending by naming them: "The clinic day has three learning objectives:", "This
    # module covers these skills (learning objectives):"; not one joining them
    # to another part ("… goals and objectives:", _JOINT_HEAD)
    r"^(?!.*\s(?:and|&)\s+(?:[\w-]+\s+)?objectives\)?\s*:$).*\bobjectives\)?\s*:$|"
    r"\b(?:will|should|shall)\s+(?:be\s+(?:able|prepared)\s+to|learn(?:\s+(?:how\s+)?to)?|"
    r"understand|know|gain)\s*:?$|"
    # its colon may be lost with the page's markup: "In this workshop you will" (R-OB-12)
    r"\b(?:participants?|attendees?|learners?|you|students?|delegates?)\s+(?:will|should)\s*:?$|"
    # a sentence on completing the activity whose verb is "will"/"should", ending in a colon:
    # "After completing this module, participants will have increased confidence in:"
    r"^(?:upon|after|at\s+the\s+(?:end|conclusion)|by\s+the\s+end|on\s+completion|following)"
    r"\b[^:]{0,120}\b(?:will|should|shall)\b[^:.]{0,60}:$",
    re.IGNORECASE,
)
# a heading over the activity's purpose, goals or description and its objectives ("Goals and
# Learning Objectives", "Purpose and Objectives"): the objectives list under it starts there,
# but the prose between is the description's (R-OB-1, R-DE-2)
_JOINT_HEAD = lazy_compile(r"^[^.;!?]{0,60}\s(?:and|&)\s+(?:learning\s+)?objectives\s*:?$", re.I)
_JOINT_ENDS = ("bjectives", "bjectives:", "BJECTIVES", "BJECTIVES:")
OBJECTIVES_HEAD = _OBJ_HEAD  # the description stops before it (R-DE-2)
# a heading or lead-in is at most this long (a lead-in sentence naming the activity at length,
# "The seminar, which … approved by …, has three learning objectives:", is long)
_HEAD_CHARS = 240
# What a stripped text that _OBJ_HEAD matches holds, in lower case: "objective" or "outcome"
# (its two headings), or the end of a lead-in (the text ends the match at `$`: "… able to",
# "… learn", "… understand", "… know", "… gain", each perhaps with a colon, or "…will:").
# Exact as a guard only with no _ODD_CASE letter in the text (IGNORECASE matches "K", the
# Kelvin sign, as "k", and lower() makes it "k": no other letter of these words has a
# case-blind twin besides the _ODD_CASE ones).
_HEAD_WORDS = ("objective", "outcome")
_HEAD_ENDS = (":", "to", "learn", "understand", "know", "gain", " will", " should")


def may_head(t: str, low: str) -> bool:
    """A cheap test _OBJ_HEAD.search(t) cannot pass without (t stripped, low its lower case)."""
    return (
        any(w in low for w in _HEAD_WORDS)
        or low.endswith(_HEAD_ENDS)
        or any(c in t for c in _ODD_CASE)
    )


def objectives_start(ln: Line) -> bool:
    """The line is an objectives key, heading or lead-in (R-OB-1)."""
    t = ln.text.strip()
    low = t.lower()
    return ln.key == "objectives" or bool(
        t
        and (any(h in low for h in _OBJ_HINT_WORDS) or any(c in t for c in _ODD_CASE))
        and may_head(t, low)
        and _OBJ_HINT.search(t)
        and _OBJ_HEAD.search(t)
    )


def extract_objectives(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """The objectives as the record keeps them (R-OB-1..5)."""
    for find in (_listed, _glued, _unheaded):
        # a list the excerpt cuts off after a word or two ("• Review th") leaves nothing:
        # the next way may still find the page's list
        items = find(doc, diags)
        kept = tidy_objectives(items, doc.flat) if items else items
        if kept:
            return kept
    return []


def _glued(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """The first list glued to an objectives heading inside a long line (R-OB-9)."""
    if "Objectives" not in doc.flat:
        return []
    for ln in doc.lines:
        items = inline_objectives(ln.text)
        if items:
            used(diags, "objectives", ln)
            return items
    return []


def _unheaded(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """With no heading or lead-in: the first run of UNHEADED_RUN lines or more in a row (blank
    lines between them allowed), each an item opening with an action verb of learning
    objectives, short, not a key line and not a question (R-OB-5)."""
    run = _plain_run(doc.lines) or _bullet_run(doc.lines)
    return whole_list(doc.lines, run, diags) if run else []


def _plain_run(lines: list[Line]) -> list[Line]:
    """The first run of UNHEADED_RUN lines or more, each opening with an objective's verb."""
    run: list[Line] = []
    for ln in lines:
        t = ln.text.strip()
        if not t:
            continue
        if verb_item(ln, t):
            run.append(ln)
            continue
        if len(run) >= UNHEADED_RUN:
            break
        run = []
    return run if len(run) >= UNHEADED_RUN else []


def _bullet_run(lines: list[Line]) -> list[Line]:
    """The first bulleted list of UNHEADED_RUN items or more whose first item and at least
    two in three open with an objective's verb (after "Participants will", "Be able to")."""
    run: list[Line] = []
    for ln in (*lines, None):
        t = ln.text.strip() if ln is not None else ""
        if ln is not None and not t:
            continue
        if ln is not None and BULLET.match(t) and not ln.raw_key and len(t) <= ITEM_CHARS:
            run.append(ln)
            continue
        verbs = [verb_item(r, r.text.strip()) for r in run]
        if len(run) >= UNHEADED_RUN and verbs[0] and 3 * sum(verbs) >= 2 * len(run):
            return run
        run = []
    return []


def _listed(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    """The items of every objectives list, as the page writes them, in page order: a page
    with a list per session or day has a heading over each (R-OB-1, R-OB-6)."""
    lines = doc.lines
    out: list[str] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        i += 1
        low = ln.text.lower()
        if not ln.text or not any(h in low for h in _OBJ_HINT_WORDS):
            continue
        value = ln.value
        if value and ln.text.endswith(_JOINT_ENDS) and _JOINT_HEAD.search(ln.text):
            # a heading after a label: "Grand Rounds: General Goals and Objectives"
            head, value = ln.text.strip(), None
        else:
            head = (ln.text if ln.raw_key and not value else ln.raw_key or ln.text).strip()
        # the cheap tests of the head before the patterns (all of them must pass)
        if not head or len(head) > _HEAD_CHARS or not may_head(head, head.lower()):
            continue
        if not _OBJ_HINT.search(ln.text):
            continue
        lead_in = value is not None and value.endswith(":") and _OBJ_HEAD.search(value)
        if not lead_in and not _OBJ_HEAD.search(head) and not _JOINT_HEAD.search(head):
            continue
        if value and not lead_in:
            value = value.strip()
            glued = split_glued(value)
            if glued or keyed_objective(value):
                out.extend(glued or [value])
                continue
        items, i = read_section(lines, i, diags, objectives_start, weak_lead(head))
        out.extend(items)
    return out
