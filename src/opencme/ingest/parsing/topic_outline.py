"""The outline of what an activity covers, as a zone for proposing topics.

docs/corpus.md "Topics": a topic is stated when the activity's subject names it "in its title,
its learning objectives or its description (or the outline of what it covers: 'Module 3: HIV
prevention')". The objectives extractor keeps one list under an objectives heading and stops at
the first line that does not look like one of its sentences, and nothing read a course's content
list ("Course content", "The following topics are covered in this course:", "Core Areas of
Study"), a table of contents (a list opening with "Introduction"), numbered parts ("Module 3:
…") or a programme's entries ("8:00 – 11:00 AM <session title>"). Those lists are what the
activity teaches, so their items are a zone of their own; a list only follows a lead that says
it is the content, so a site's menu of other courses (no such lead) is never read.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import BULLET, Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.objectives import objectives_start

# A heading naming the content of the activity ("Course content", "Curriculum", "Agenda",
# "Core Areas of Study", "Topics covered", "Table of contents"), alone on its line.
_HEAD = lazy_compile(
    r"^(?:(?:course|program(?:me)?|session|workshop|module|training|conference)\s+)?"
    r"(?:content|contents|curriculum|outline|syllabus|agenda|topics(?:\s+covered)?|"
    r"(?:core\s+|key\s+)?(?:areas|topics)\s+of\s+study|table\s+of\s+contents)\s*:?$",
    re.IGNORECASE,
)
# A lead-in sentence ending in ":" that says the list is what the activity covers ("The
# following topics are covered in this course:", "The articles included in this course are:",
# "… is designed to help clinicians:").
_LEAD_IN = lazy_compile(
    r"\b(?:(?:topics|articles|subjects|modules|sessions|units|areas|content)\b.{0,60}?"
    r"\b(?:covered|addressed|included|includes?|are|discussed)|designed\s+to\s+help\b.{0,40}?)"
    r"[^:]{0,40}:$"
    # what the learner will study: "You'll look at areas such as:", "You will study topics
    # including:", "Students will learn about:"
    r"|\b(?:you|you['’]ll|participants|learners|students|delegates)\s+(?:will\s+)?(?:look\s+at|study|"
    r"learn\s+about|explore|cover|examine)\b[^.:]{0,40}:$",
    re.IGNORECASE,
)
# A lead-in whose last sentence says the activity (or "we", its organisers) will include,
# cover or discuss what follows ("The course will cover:", "It will include:", "... as we
# debate the key questions facing our field:"): the list after it is the content too.
_ACTIVITY_LEAD = lazy_compile(
    r"(?:^|[.!?]\s+|,\s+|\bas\s+)(?:we|it|this|the)\b[^.:]{0,60}?\b(?:will\s+)?"
    r"(?:include|includes|cover|covers|address|addresses|discuss|discusses|debate|explore|"
    r"explores|examine|examines|feature|features|encompass|encompasses)\b[^.:]{0,80}:$",
    re.IGNORECASE,
)
# A numbered part of a course ("Module 3: HIV prevention", "Chapter 1: Introduction"): an
# item of its outline wherever it stands.
PART = lazy_compile(
    r"^(?:chapter|module|part|section|unit|session|lesson|day|week)\s+\d{1,2}\b\s*[:.–-]",
    re.IGNORECASE,
)
# An entry of a programme: a clock time, or a span of two, then a session title ("8:00 – 11:00
# AM Facilitating Discussion of ...", "2:45 Implicit Bias ..."): what a session teaches is what
# the event teaches (docs/corpus.md "Topics": "one objective or session among many").
_CLOCK = r"\d{1,2}(?::\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)"
SESSION = lazy_compile(rf"^{_CLOCK}(?:\s*[–—-]\s*{_CLOCK})?\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
# A part's title with its length after a dash or in brackets ("Infection Control in the
# Surgery – 1-hour", "Waterlines (45 minutes)") whose own abstract or objectives follow ("This
# lecture will …", "Learning Objectives:"): a part of a series of presentations; a menu of
# other courses with their lengths has no such abstract under each.
_TIMED_PART = lazy_compile(
    r"^(?-i:[A-Z]).{5,140}?\s*(?:[–—-]|\()\s*\d{1,3}(?:\.\d)?[\s-]*(?:hours?|hrs?|minutes?|mins?)"
    r"\)?\.?$",
    re.IGNORECASE,
)
_PART_ABSTRACT = lazy_compile(
    r"^(?:this|the)\s+(?:lecture|session|presentation|talk|course|workshop|module|webinar|"
    r"seminar|part)\s+(?:will|is|covers|explores|examines|discusses|reviews)\b",
    re.IGNORECASE,
)
_MAX_ITEMS = 40  # an outline longer than this is a page of something else
# characters: a longer line is a paragraph and the list has ended (an objective of two clauses
# runs to about 300; 2026-12-06, 200 cut two lists short, 320 added no wrong code)
_MAX_ITEM = 320


def _is_lead(ln: Line) -> bool:
    t = ln.text.strip()
    if not t or len(t) > 160:
        return False
    if t.endswith(":") and (_LEAD_IN.search(t) or _ACTIVITY_LEAD.search(t)):
        return True
    return (len(t) <= 40 and bool(_HEAD.match(t))) or objectives_start(ln)


def _opens_contents(t: str) -> bool:
    """A bulleted "Introduction": the first entry of a table of contents."""
    return len(t) <= 20 and t[-12:].lower() == "introduction" and bool(BULLET.match(t))


def _items(lines: list[Line], start: int) -> list[Line]:
    """The list after a lead: bullets, numbered parts, or short unkeyed lines (a list set as
    plain lines). A plain line after a bulleted list is the next section's heading; a keyed
    line or a paragraph ends the list."""
    out: list[Line] = []
    bulleted = False
    for ln in lines[start:]:
        t = ln.text.strip()
        if not t:
            continue
        if len(out) >= _MAX_ITEMS or len(t) > _MAX_ITEM:
            break
        if BULLET.match(t) or PART.match(t):
            bulleted = bulleted or bool(BULLET.match(t))
            out.append(ln)
        elif bulleted or ln.raw_key or _is_lead(ln) or t.endswith(":"):
            break
        else:
            out.append(ln)
    return out


def outline_lines(doc: Doc) -> list[tuple[int, str]]:
    """(line number, item text without its bullet) of every list the text introduces as the
    activity's content, and every numbered part, each line once."""
    seen: set[int] = set()
    out: list[tuple[int, str]] = []
    lines = doc.lines
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if not t or ln.no in seen:
            continue
        items: list[Line] = []
        if _opens_contents(t):
            items = _items(lines, i + 1)
        elif (t[0].isdigit() and SESSION.match(t)) or (t[0].isalpha() and PART.match(t)):
            items = [ln]
        elif _is_lead(ln):
            items = _items(lines, i + 1)
        elif t[-1] in "rsnRSN)." and _timed_part(lines, i):
            items = [ln]
        for it in items:
            if it.no not in seen:
                seen.add(it.no)
                out.append((it.no, SESSION.sub("", BULLET.sub("", it.text).strip())))
    return out


def _timed_part(lines: list[Line], i: int) -> bool:
    """Line i is a part's title with its length, its abstract or objectives under it."""
    if not _TIMED_PART.match(lines[i].text.strip()):
        return False
    for ln in lines[i + 1 : i + 3]:
        t = ln.text.strip()
        if t:
            return bool(_PART_ABSTRACT.match(t)) or objectives_start(ln)
    return False
