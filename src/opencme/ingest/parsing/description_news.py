"""A news item's dateline before its lead is not part of the description (docs/corpus.md
"Description": "Where it stops"): the stored page's date, a place, a date, the agency in
brackets or slashes, then a dash or colon. The labels of the corpus's dated news pages all leave
it out."""

from __future__ import annotations

import re

# a news item's dateline before its first sentence: the stored page's date, a place, a date, the
# agency in brackets or slashes, then a dash or colon ("MADISON, Ala. (WKRN) – ", "AUSTIN,
# Texas, June 2, 2022 /PR Wire/ -- ", "date 2025-05-09 Dubai [UAE], May 9 (ANI): ")
_NEWS_DATELINE = re.compile(
    r"^(?:date\s+\d{4}-\d\d-\d\d\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
    r"(?:\s*\[[A-Z]{2,5}\])?(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?"
    r"\s*(?:\([^()]{2,40}\)|/[^/]{2,40}/)\s*(?:--?|[–—:])\s+(?=[A-Z\"“‘'])"
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
