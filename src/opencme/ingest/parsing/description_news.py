"""A news item's dateline before its lead is not part of the description (docs/corpus.md
"Description": "Where it stops"): the stored page's date, a place, a date, the agency in
brackets or slashes, then a dash or colon. The labels of the corpus's dated news pages all leave
it out."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# a news item's dateline before its first sentence: the stored page's date, a place, a date, the
# agency in brackets or slashes, then a dash or colon ("MADISON, Ala. (WKRN) – ", "AUSTIN,
# Texas, June 2, 2022 /PR Wire/ -- ", "date 2025-05-09 Dubai [UAE], May 9 (ANI): ")
_NEWS_DATELINE = lazy_compile(
    r"^(?:date\s+\d{4}-\d\d-\d\d\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*\[[A-Z]{2,5}\])?(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    # the agency after a comma too ("DUBAI, (Hill News / WAM - 13th Sep, 2031) Under …"), and
    # no dash after a bracket when the lead follows at once
    r",?\s*(?:\([^()]{2,60}\)\s*(?:(?:--?|[–—:])\s+)?|/[^/]{2,40}/\s*(?:--?|[–—:])\s+)"
    r"(?=[A-Z\"“‘'])"
)
# the shortest news lead read after its dateline (a sentence)
NEWS_LEAD_MIN = 80


def dateline_end(t: str, guarded: bool = True) -> int:
    """Where a news item's dateline before the paragraph ends (0: none). The place is a name
    in capitals ("MADISON, Ala."), one with a country code ("Dubai [UAE]"), or the stored date
    leads: "Wound Care, Basics (CE): The course …" is a title before its colon."""
    if guarded and "(" not in t and "/" not in t:  # the agency, in brackets or slashes
        return 0
    dated = _NEWS_DATELINE.match(t)
    if dated is None:
        return 0
    lead = dated[0]
    if lead.startswith("date ") or "[" in lead or lead.split(maxsplit=1)[0].rstrip(",").isupper():
        return dated.end()
    return 0


# a news item's date line before its lead: the stored page's date ("date 2031-05-09 …"), a date
# alone on its line ("April 19, 2031", "11 Nov 2031", "Friday 22 November 2031", "Published on:
# May 24, 2031")
_DATE_LINE = lazy_compile(
    r"^(?:date\s+\d{4}-\d\d-\d\d\b|(?:published(?:\s+on)?:?\s*)?(?:[A-Z][a-z]+day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4})\s*$)",
    re.IGNORECASE,
)
# the longest line read as a date line
_DATE_LINE_MAX = 40
# a news item's lead: its first sentence names the activity (an activity noun as a word)
_NOUN = lazy_compile(
    r"\b(?:" + "|".join(map(re.escape, DESCRIPTION_KEYS["activity_nouns"])) + r")s?\b"
)


def news_item(doc: Doc, lead: Line, dated: bool = False) -> bool:
    """The lines up to `lead`, the first paragraph, hold a news item's date line or dateline
    (`dated`: its capitalised place before a colon, "LAKESIDE: The …"): the page is a news
    item, whose lead is its first prose paragraph (docs/corpus.md "Description": a news
    item's lead)."""
    if dated:
        return True
    for ln in doc.lines:
        t = ln.text.strip()
        if t.startswith("date ") and _DATE_LINE.match(t):
            return True
        if len(t) <= _DATE_LINE_MAX and _DATE_LINE.match(t):
            return True
        if dateline_end(t):
            return True
        if ln is lead:
            break
    return False


def lead_names_activity(first_sentence: str) -> bool:
    """A news item's lead whose first sentence names the activity ("A nationally known expert
    will lead a free workshop …", "The Governor today opened the Annual Scientific Congress
    …"): the description, whoever its subject."""
    return _NOUN.search(first_sentence.lower()) is not None


# a dateline alone on its line ("DOVER, Del.—", "DAYTON, Ohio (WXYZ) –", "LAKESIDE,
# Ont.:"); a word in capitals and a colon alone ("NOTE:", "UPDATE:") is a label, no dateline
_DATELINE_ALONE = lazy_compile(
    r"^[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:\s*\([^()]{2,40}\))?\s*(?:--?|[–—])\s*$"
    r"|^[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3},\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s*:\s*$"
    # R-TI-31: the place in capitals and the date in brackets ("LAKESIDE (May 2, 2031)")
    r"|^[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*\(\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}\s*\)\s*$"
)


def dateline_alone(t: str) -> bool:
    """A news item's dateline on a line of its own ("DAYTON, Ohio (WXYZ) –", "LAKESIDE (May 2,
    2031)"): never the activity's name."""
    return len(t) <= 60 and _DATELINE_ALONE.match(t) is not None


_DECK_LOOK = 3  # lines with text after the first paragraph a dateline is looked for in


def news_decks(doc: Doc) -> list[str]:
    """A news item's deck: the first paragraph under the headline when a dateline alone on its
    line follows it, then the lead ("<deck>" / "DOVER, Del.—" / "On Friday, … hosted the
    12th annual … Conference …"): the lead after the dateline is the description (docs/corpus.md
    "Description": a news item's lead comes after the headline, date line and dateline)."""
    lines = [ln for ln in doc.lines if ln.text.strip()]
    for i, ln in enumerate(lines[:12]):
        t = ln.text.strip()
        if len(t) < NEWS_LEAD_MIN or t[-1:] not in ".!":
            continue
        for j in range(i + 1, min(i + 1 + _DECK_LOOK, len(lines) - 1)):
            d = lines[j].text.strip()
            if dateline_alone(d):
                lead = lines[j + 1].text.strip()
                if len(lead) >= NEWS_LEAD_MIN and lead_names_activity(lead[:200]):
                    return [ln.text] if news_item(doc, ln) else []
        return []  # only the first paragraph may be a deck
    return []
