"""Lines that head or run through lists of other things, never the activity's name (R-TI-12).

- A heading that opens a list of OTHER items a site shows beside the page ("Recommended
  Stories", "Related Courses", "You May Also Like"): every line below it in the page's first
  lines is another item's name (document sites list other uploads' titles there).
- A heading that points forward to a list ("Credit points for the following days", "The
  following course content", German "… für die folgenden Kongresstage"): it introduces the
  list's items, it names nothing.
- A row of a table of values: a label, a dash and a bare figure or a maximum ("Nurses – 12.5",
  "Day Two - up to 7.5 hours"); a name with a credit note appended ("Wound Care - 2 CE Hours",
  R-TI-3) names its amount without "up to".
- One of several numbered parts the page lists ("Part 1: Screening" and "Part 2: Treatment"):
  the page presents a series, and one part is no name of the whole.
- A photo's caption in sentence case: a noun and a verb in -ing ("Delegates reviewing the
  program", "Nurses talking and smiling"): it says what a picture shows.
- The label of a menu a page control above opens ("Toggle Menu of Lakeside Sites" /
  "Lakeside Sites"): site chrome.
- A line speaking to the reader with "your" in lower case ("Protect your patients",
  "Continuing education for your doctors"): a tagline or an instruction; a name in title case
  may address the reader ("Know Your Numbers").
- A journal's running head taken from a PDF, whose vertical bars came out as a letter l
  ("36 l Nursing Monthly l March": page number, journal, issue month).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_byline import person_name

# "Recommended Stories", "Related Courses", "Similar Documents", "You May Also Like",
# "More Courses Like This": a short line and one of these openings
_OTHERS = lazy_compile(
    r"^(?:recommend(?:ed)?|related|similar)\s+(?:stories|articles|documents|courses|posts"
    r"|items|activities|programs|programmes|webinars|events|videos|books|papers|reads)\b"
    r"|^you\s+(?:may|might)\s+also\s+(?:like|be\s+interested)"
    r"|^more\s+(?:stories|articles|documents|courses|posts)\s+(?:like|from)\b",
    re.IGNORECASE,
)
_OTHERS_FIRST = frozenset("RrSsYyMm")
# "the following", German "folgende(n)" (before a noun): a pointer to what comes below
_FORWARD = lazy_compile(r"\bthe\s+following\b|\bfolgenden?\b", re.IGNORECASE)
# a dash and a bare figure ("– 41.50", not a year) or "up to" a figure and its unit at the end
_ROW_TAIL = lazy_compile(
    r"\s[–—-]\s+(?:\d{1,3}(?:[.,]\d+)?|up\s+to\s+\d+(?:[.,]\d+)?(?:\s+[A-Za-z]+){0,2})\s*$"
)
# "Part 2:", "Module 3:", "Session 1:": a numbered part before its name
_PART = lazy_compile(r"^(Part|Module|Session|Unit|Lesson)\s+(\d{1,2})\s*:")
# a vertical bar read as a letter l between the running head's parts
_BAR_AS_L = " l "


def others_heading(text: str) -> bool:
    """A short heading of a list of other items the site shows: "Recommended Stories"."""
    if text[:1] not in _OTHERS_FIRST or len(text) > 60:
        return False
    t = text.strip()
    return 2 <= len(t.split()) <= 6 and _OTHERS.match(t) is not None


def points_forward(text: str) -> bool:
    """A heading that points to the list below it: "Points for the following days"."""
    return ("ollowing" in text or "olgende" in text) and _FORWARD.search(text) is not None


def running_head(text: str) -> bool:
    """A journal's running head whose bars came out as "l": "36 l Nursing Monthly l March"."""
    return text.count(_BAR_AS_L) >= 2


def value_row(text: str) -> bool:
    """A table's row: "Nurses – 12.5", "Day Two - up to 7.5 hours"."""
    return (
        text[-1:].isalnum()
        and ("-" in text or "–" in text or "—" in text)
        and _ROW_TAIL.search(text) is not None
    )


def caption(text: str) -> bool:
    """A photo's caption: "Delegates reviewing the program" (a noun, a verb in -ing in lower
    case, a few more words, no title case)."""
    if "ing " not in text or len(text) > 80:
        return False
    words = text.split()
    return (
        3 <= len(words) <= 8
        and words[1].endswith("ing")
        and len(words[1]) > 4
        and words[1].isalpha()
        and words[1].islower()
        and words[0].isalpha()
        and words[0][:1].isupper()
        and not words[0].endswith("ing")
        and sum(w[:1].isupper() for w in words[1:]) == 0
    )


def one_of_parts(text: str, others: list[str]) -> bool:
    """A numbered part ("Part 1: …") beside another part of another number in the page's
    first lines: the page lists a series."""
    if text[:1] not in "PMSUL" or (m := _PART.match(text)) is None:
        return False
    for t in others:
        if t[:1] == text[:1] and (o := _PART.match(t)) and o[1] == m[1] and o[2] != m[2]:
            return True
    return False


# a page control that opens a menu: the line below it repeats the menu's name
_MENU_CONTROLS = ("toggle ", "open ", "show ", "expand ")
_MENU_FIRST = frozenset("TtOoSsEe")


def menu_label(text: str, above: str) -> bool:
    """The line repeats the name of the menu the control line above opens: "Toggle Menu of
    Lakeside Sites" / "Lakeside Sites"."""
    if above[:1] not in _MENU_FIRST:
        return False
    low = above.lower()
    return low.startswith(_MENU_CONTROLS) and " ".join(text.split()).lower() in low


def addresses_reader(text: str) -> bool:
    """ "your" in lower case: a tagline or an instruction ("Protect your patients")."""
    return "your " in text and (text.startswith("your ") or " your " in text)


# an item's number in a numbered list: "3.", "3)", "(3)" and the item
_ITEM_NUMBER = lazy_compile(r"^\s*\(?(\d{1,2})[.)]\s+\S")


def numbered_item(texts: list[str], i: int) -> bool:
    """The line is an item of a numbered list: the line above or below holds the number before
    or after its own ("2. Wound Prevention" / "3. Principles of Wound Care"): an outline's or
    an agenda's item, not the activity's name."""
    t = texts[i]
    if not t.lstrip(" (")[:1].isdigit() or (m := _ITEM_NUMBER.match(t)) is None:
        return False
    n = int(m[1])
    for j in (i - 1, i + 1):
        if 0 <= j < len(texts) and (o := _ITEM_NUMBER.match(texts[j])) and abs(int(o[1]) - n) == 1:
            return True
    return False


def card_caption(text: str, above: str) -> bool:
    """A person's card: the name, then the name again with its caption glued on, no space ("Ana
    Pell" / "Ana PellSocial Worker in Private Practice, MSW"): not the activity's name (an
    event's name glued to a control, "Harbour Summit" / "Harbour SummitRegister", is none)."""
    above = above.strip()
    t = text.strip()
    return (
        person_name(above)
        and len(above) >= 4
        and len(t) > len(above) + 3
        and t.startswith(above)
        and above[-1:].islower()
        and t[len(above)].isupper()
    )


# labels of a contact's line: its value is a person or an office, never a name ("Contact:
# Ana Pell", "Media Contact: Lee Roe")
CONTACT_LABELS = frozenset(
    {
        "contact",
        "contacts",
        "media contact",
        "press contact",
        "contact person",
        "enquiries",
        "inquiries",
        "contact us",
        "for more information contact",
        "for further information",
    }
)
