"""Where a format or delivery cue is not the activity's (R-FO-9): a site's menu, a list of
other activities ("Related Courses", "Upcoming events", "You may also like"), a sponsor's own
blurb ("supported by a grant from Acme, whose on-demand webinars ..."). A cue there says what
the site or the sponsor offers, not how this activity is taken."""

from __future__ import annotations

import re
from bisect import bisect_right

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# a heading over other activities ("Related Courses", "Other webinars", "More from this
# series", "You may also like", "Also of interest", "See also"); not "Upcoming Events",
# "Featured", "Past events", under which a site lists the activity itself
_OTHERS_HEADING = lazy_compile(
    r"(?:related|other|more|similar|recommended)\s+(?:[\w-]+\s+)?(?:events?|courses?|webinars?|activities|programs?|"
    r"programmes?|offerings|sessions|conferences|podcasts|modules|episodes|meetings|"
    r"learning)\b|you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested)|"
    r"also\s+of\s+interest|see\s+also|explore\s+more|more\s+from\s+",
    re.IGNORECASE,
)
# how far a list of other activities runs under its heading
_OTHERS_SPAN = 15
# a sponsor's clause of its own ("supported by a grant from Acme, whose ...", "sponsored by X,
# which offers ...")
_SPONSOR_CLAUSE = lazy_compile(
    r"\b(?:grant\s+from|sponsored\s+by|supported\s+by|funded\s+by|courtesy\s+of)\s+"
    r"[^.;\n]{1,80}?\b(?:whose|which|who|that)\b[^.\n]*$",
    re.IGNORECASE,
)
_NAV_SEPARATORS = ("|", "•", "·", "»")


def _short(text: str) -> bool:
    """A menu item: three words at most, no digit, comma or sentence's end."""
    t = text.strip()
    return (
        bool(t)
        and len(t.split()) <= 3
        and t[-1] not in ".:!?;"
        and "," not in t
        and not any(c.isdigit() for c in t)
    )


# an item that acts on this activity ("Read Course | Complete Survey | Claim Credit"): no menu
_ACTION = lazy_compile(
    r"\s*(?:read|take|start|begin|complete|claim|view|watch|listen|launch|register|enrol|enroll|"
    r"buy|add|access|join|play|download|print)\b",
    re.IGNORECASE,
)
# a category of a site's offer in the plural ("Webinars", "On-Demand Courses", "Podcasts")
_PLURAL = lazy_compile(r"[a-z]{3,}(?<!ss)(?<!ous)(?<!is)(?<!us)s$", re.IGNORECASE)


# the last word of a site's menu item: the sections of a society's or provider's site
_MENU_WORDS = frozenset(
    [
        "home",
        "about",
        "contact",
        "login",
        "search",
        "store",
        "shop",
        "library",
        "education",
        "advocacy",
        "awards",
        "jobs",
        "careers",
        "faq",
        "faqs",
        "donate",
        "blog",
        "news",
        "webinars",
        "podcasts",
        "courses",
        "events",
        "conferences",
        "programs",
        "programmes",
        "resources",
        "publications",
        "journals",
        "videos",
        "modules",
        "meetings",
        "workshops",
        "services",
        "guidelines",
        "members",
        "membership",
        "research",
    ]
)


def _menu_line(doc: Doc, i: int, start: int) -> bool:
    """Line `i` is a site's menu at offset `start`: items split by a separator, the one there
    no action on this activity; or a plural category name ("Webinars") in a run of four or
    more short lines, two others a section of a site ("Home", "Podcasts"): not a block of
    headings and values ("Delivery" / "Self-Paced Modules" / "Duration")."""
    ln = doc.lines[i]
    text = ln.text.strip()
    if any(s in text for s in _NAV_SEPARATORS):
        items = [p for p in re.split(r"[|•·»]", text) if p.strip()]
        if len(items) >= 3 and all(_short(p) for p in items):
            at = start - doc._starts[i]
            cut = max(ln.text.rfind(s, 0, at) for s in _NAV_SEPARATORS)
            return not _ACTION.match(ln.text, cut + 1)
    if not _short(text) or ln.raw_key or not _PLURAL.search(text):
        return False
    run, sections = 1, 0
    for seq in (reversed(doc.lines[:i]), doc.lines[i + 1 :]):
        for other in seq:
            t = other.text.strip()
            if not t:
                continue
            if not _short(t) or other.raw_key:
                break
            run += 1
            sections += t.split()[-1].lower() in _MENU_WORDS
            if run >= 4 and sections >= 2:
                return True
    return False


def _others_lines(doc: Doc) -> frozenset[int]:
    """The lines of lists of other activities: a heading of _OTHERS_HEADING opening its line
    (a short line, or a line going on after a colon) and the lines under it."""
    found = doc.memo.get("others_lines")
    if found is None:
        idx: set[int] = set()
        for i, ln in enumerate(doc.lines):
            t = ln.text.strip()
            if not t or len(t) > 80 or not _OTHERS_HEADING.match(t):
                continue
            if len(t.split()) <= 6 or ":" in t[:40]:
                idx.update(range(i, min(len(doc.lines), i + 1 + _OTHERS_SPAN)))
        found = frozenset(idx)
        doc.memo["others_lines"] = found
    return found


_NEEDLES = (
    "related",
    "other",
    "more",
    "similar",
    "recommended",
    "also",
    "explore",
)


# a refusal just before a cue, the words between only of being offered, recorded or shown
# ("This session is not recorded", "will not be recorded or made available on demand", "This
# is not an on-demand course", "no replay", "cannot be viewed on demand"); not "not only",
# and not a refusal of another verb ("will not be tracked in the virtual platform", "should
# not claim credit for these home study activities", "why not play a podcast")
_BETWEEN = (
    r"be|been|being|an?|the|this|it|its|any|there|will|is|are|offered|available|made|provided|"
    r"recorded|streamed|broadcast|archived|viewed|watched|accessible|accessed|or|and|nor|as|"
    r"on|in|via|for|later|afterwards|after|online"
)
_REFUSAL = lazy_compile(
    r"\b(?:not|no|never|won't|cannot|can't|isn't|aren't|neither|nor)\s+(?!only\b)"
    rf"(?:(?:{_BETWEEN})\s+){{0,7}}$",
    re.IGNORECASE,
)


def refused(doc: Doc, start: int) -> bool:
    """The cue at `start` is in a clause that refuses it (_REFUSAL)."""
    head = doc.flat[max(0, start - 70) : start]
    return ("no" in head or "n't" in head) and _REFUSAL.search(head) is not None


def foreign(doc: Doc, start: int) -> bool:
    """The cue at offset `start` of `doc.flat` is not the activity's: refused in its clause,
    on a menu line, in a list of other activities, or in a sponsor's own clause."""
    if refused(doc, start):
        return True
    i = bisect_right(doc._starts, start) - 1
    if _menu_line(doc, i, start):
        return True
    if any(n in doc.low for n in _NEEDLES) and i in _others_lines(doc):
        return True
    line_start = doc.flat.rfind("\n", 0, start) + 1
    head = doc.flat[line_start:start]
    return ("by" in head or "from" in head or "courtesy" in head) and _SPONSOR_CLAUSE.search(
        head
    ) is not None
