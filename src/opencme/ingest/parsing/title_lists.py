"""Lines that head or run through lists of other things, never the activity's name (R-TI-12).

- A heading that opens a list of OTHER items a site shows beside the page ("Recommended
  Stories", "Related Courses", "You May Also Like"): every line below it in the page's first
  lines is another item's name (document sites list other uploads' titles there).
- A heading that points forward to a list ("Credit points for the following days", "The
  following course content", German "… für die folgenden Kongresstage"): it introduces the
  list's items, it names nothing.
- A journal's running head taken from a PDF, whose vertical bars came out as a letter l
  ("36 l Nursing Monthly l March": page number, journal, issue month).
"""

from __future__ import annotations

import re

# "Recommended Stories", "Related Courses", "Similar Documents", "You May Also Like",
# "More Courses Like This": a short line and one of these openings
_OTHERS = re.compile(
    r"^(?:recommend(?:ed)?|related|similar)\s+(?:stories|articles|documents|courses|posts"
    r"|items|activities|programs|programmes|webinars|events|videos|books|papers|reads)\b"
    r"|^you\s+(?:may|might)\s+also\s+(?:like|be\s+interested)"
    r"|^more\s+(?:stories|articles|documents|courses|posts)\s+(?:like|from)\b",
    re.IGNORECASE,
)
# "the following", German "folgende(n)" (before a noun): a pointer to what comes below
_FORWARD = re.compile(r"\bthe\s+following\b|\bfolgenden?\b", re.IGNORECASE)
# a vertical bar read as a letter l between the running head's parts
_BAR_AS_L = " l "


def others_heading(text: str) -> bool:
    """A short heading of a list of other items the site shows: "Recommended Stories"."""
    t = text.strip()
    return 2 <= len(t.split()) <= 6 and t[:1] in "RrSsYyMm" and _OTHERS.match(t) is not None


def points_forward(text: str) -> bool:
    """A heading that points to the list below it: "Points for the following days"."""
    return ("ollowing" in text or "olgende" in text) and _FORWARD.search(text) is not None


def running_head(text: str) -> bool:
    """A journal's running head whose bars came out as "l": "36 l Nursing Monthly l March"."""
    return text.count(_BAR_AS_L) >= 2
