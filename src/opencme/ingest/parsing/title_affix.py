"""What other sites set before or after an activity's name on its line, as classes (docs/corpus.md
"Title", R-TI-25):

- a catalogue code before the name: a code and a separator ("K30 – <name>", "NUR-204: <name>",
  "PT310 | <name>", "D7. <name>", "PHA 011: <name>"), a code whose digits a letter closes, or
  numbers hyphens join, then the name in capitals ("B270C <Name>", "CE2031B <Name>", "J-15-08
  <Name>");
- the page's type after the name of an event, no separator: its programme, schedule, FAQ
  ("<Forum> 2031 Program", "<Congress> Programme", "<Name> FAQs", "<Summit> Agenda"); an FAQ's
  label before the name ("Frequently Asked Questions about <Name>", "FAQs: <Name>");
- a recording's label after the name, no separator ("<name> Recorded Presentation", "<name>
  Webinar Recording", "<name> On-Demand Recording");
- a year alone after a separator ("<name> - 2031", "<name> | 2031-2032"), a full date glued
  after the name ("<name> Friday Sep 28, 2031, 8:00AM", "<name> 3 May 2031");
- a place, with the run's dates in parentheses or not, after a separator ("<name> - Hobart,
  TAS (Oct 3-5)", "<name> – Dayton, OH").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_places import is_place
from opencme.ingest.parsing.title_tails import EVENT_END, place_part
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# a code of one to four capitals and two to five digits, maybe a hyphen and closing capitals
_CODE = r"[A-Z]{1,4}-?(?P<num>\d{2,5})[A-Z]{0,2}"
_LEAD_CODE_SEP = lazy_compile(r"^" + _CODE + r"\s*(?:[–—|:]|-)\s+(?=[A-Z0-9“‘\"'])")
# an item's letter and number and a full stop ("D7. <name>", "W12. <name>")
_LEAD_ITEM = lazy_compile(r"^[A-Z]{1,2}(?P<num>\d{1,3})\.\s+(?=[A-Z])")
# a code of numbers joined by hyphens after its letters, then a capitalised word ("J-15-08 <Name>"),
# or letters, a space and a number with a leading zero, then a colon ("PHA 011: <Name>")
_LEAD_CODE_JOINED = lazy_compile(
    r"^(?:[A-Z]{1,3}-(?P<num>\d{1,4})(?:-\d{1,4})+\s+(?=[A-Z][a-z])"
    r"|[A-Z]{2,4} 0\d{1,4}:\s+(?=[A-Z]))"
)
# a code closed by a capital after three digits or more, then a capitalised word
_LEAD_CODE_CLOSED = lazy_compile(r"^[A-Z]{1,3}(?P<num>\d{3,5})[A-Z]\s+(?=[A-Z])")
_YEAR = lazy_compile(r"(?:19|20)\d\d")
# the page's type after an event's name (its noun or its year before it), or an FAQ anywhere
# (a course's syllabus, outline, flyer or policy page too: "<Name> Course Syllabus", "<Name>
# Study Club Policy"), in title case or, on a name in capitals, in capitals
_PAGE_TAIL = lazy_compile(
    r"\s+(?:Program|Programme|Schedule|Agenda|Timetable|Registration|Brochure|Speakers"
    r"|Exhibitors|Sponsors|Abstracts|Information\s+Pack|Syllabus|Outline|Flyer|Flier"
    r"|Handbook|Polic(?:y|ies)|Terms\s+and\s+Conditions)\Z",
    re.IGNORECASE,
)
_PAGE_ENDS = ("m", "e", "a", "n", "s", "k", "r", "y", "M", "E", "A", "N", "S", "K", "R", "Y")
_FAQ = r"(?:FAQ[sS]?|F\.A\.Q\.?s?|Frequently\s+Asked\s+Questions)"
_FAQ_TAIL = lazy_compile(r"\s+" + _FAQ + r"\Z")
# an FAQ's label before the name: "about", "on" or "for" (and "the"), or a separator
_FAQ_LEAD = lazy_compile(
    "^" + _FAQ + r"(?:\s+(?i:about|on|for|regarding)(?:\s+(?i:the))?\s+|\s*[:–—|-]\s+)(?=[A-Z0-9])"
)
# ... or a club's (a study club, a journal club meets as a course does)
_EXPO_END = lazy_compile(
    r"\b(?:expo|exhibition|show|festival|conference\s+day|club)\Z", re.IGNORECASE
)
# a recording's label glued after the name
_RECORDING_TAIL = lazy_compile(
    r"\s+(?:Recorded\s+(?:Presentation|Webinar|Session|Lecture|Talk|Event|Version|Course)"
    r"|(?:Webinar|Session|Lecture|Presentation|Event|On-?Demand)\s+Recording)\Z",
    re.IGNORECASE,
)
_SEP = lazy_compile(r"\s+(?:[-–—|])\s+")
_YEAR_ONLY = lazy_compile(r"(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)?\d\d))?\Z")
_PAREN_DATES = lazy_compile(r"\s*\([^()]*\d[^()]*\)\Z")
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# the run's day glued after the name, no separator: a full date with its year, maybe its
# weekday before and its clock time after ("… Friday Sep 28, 2031, 8:00AM", "… 3 May 2031")
_GLUED_DATE = lazy_compile(
    r"\s+(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?\s+)?"
    rf"(?:{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}"
    r",?\s+(?:19|20)\d\d)(?:,?\s+(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?)?"
    r"\s*\Z"
)
_NAME_MIN = 2  # words the name keeps
_TITLE_MOST = 160  # a longer line is prose (title_noise.not_title)


def _words(t: str) -> int:
    return len(t.split())


def lead_code(t: str) -> str:
    """The name without a catalogue code before it (R-TI-25)."""
    if not t[:1].isupper() or not any(c.isdigit() for c in t[1:9]):
        return t  # every code holds a digit within its first characters
    m = _LEAD_CODE_SEP.match(t) or _LEAD_CODE_CLOSED.match(t) or _LEAD_ITEM.match(t)
    if m is None:
        joined = _LEAD_CODE_JOINED.match(t)
        rest = t[joined.end() :] if joined else t
        return rest if joined and _words(rest) >= _NAME_MIN else t
    num = m["num"]
    if len(num) == 4 and _YEAR.fullmatch(num) and m.end("num") == len(m[0].rstrip(" –—|:-")):
        return t  # "XYZ2031 Highlights …": an event's name and its year, no code
    if len(num) < 3 and t[m.start("num") - 1] == "-":
        return t  # "ICD-10 – Coding Update": a classification's edition, a subject
    rest = t[m.end() :]
    return rest if _words(rest) >= _NAME_MIN else t


def tail_label(t: str) -> str:
    """The name without its page's type, an FAQ's label or a recording's label after it."""
    if (
        t.endswith(("Q", "s", "S", "?", "."))
        and (m := _FAQ_TAIL.search(t))
        and _words(t[: m.start()]) >= 1
    ):
        return t[: m.start()]
    if t.endswith(_PAGE_ENDS) and (m := _PAGE_TAIL.search(t)) is not None:
        name = t[: m.start()]
        tail = m[0].strip()
        if not tail[:1].isupper() or (tail.isupper() and not name.isupper()):
            return t  # "… program" in prose; "SYLLABUS" after a name in title case
        if _words(name) >= _NAME_MIN and (EVENT_END.search(name) or _EXPO_END.search(name)):
            return name
    if t.endswith(("ing", "ion", "ar", "re", "ure", "alk", "ent", "ecture")) and (
        m := _RECORDING_TAIL.search(t)
    ):
        name = t[: m.start()]
        if _words(name) >= 3:
            return name
    return t


def lead_faq(t: str) -> str:
    """The name without an FAQ's label before it ("Frequently Asked Questions about <Name>")."""
    m = _FAQ_LEAD.match(t) if t[:1] == "F" else None
    return t[m.end() :] if m is not None and _words(t[m.end() :]) >= 1 else t


def faq_of(line: str) -> bool:
    """A heading naming what its FAQ is about ("<Name> FAQs", "<Name> Frequently Asked
    Questions", "Frequently Asked Questions about <Name>"): the name is the page's activity."""
    t = line.strip()
    m = _FAQ_TAIL.search(t) if t.endswith(("Q", "s", "S")) else None
    if m is not None:
        return _words(t[: m.start()]) >= _NAME_MIN
    lead = _FAQ_LEAD.match(t) if t[:1] == "F" else None
    return lead is not None and _words(t[lead.end() :]) >= _NAME_MIN


def tail_when_where(t: str) -> str:
    """The name without the run's full date glued after it, or a year alone or a place (its
    dates in parentheses or not) after a separator."""
    if len(t) <= _TITLE_MOST and (t[-1:].isdigit() or t[-1:] in "mM."):
        m = _GLUED_DATE.search(t)
        if m and _words(t[: m.start()]) >= 3:
            return t[: m.start()].rstrip(" ,")
    if not any(c in t for c in "-–—|") or not (t[-1:].isdigit() or t[-1:] in ")" or ", " in t):
        return t  # a year, a place with its region after a comma, or dates in parentheses
    parts = _SEP.split(t)
    if len(parts) < 2:
        return t
    last = parts[-1].strip()
    name = t[: t.rfind(parts[-1])].rstrip(" -–—|")
    if _words(name) < _NAME_MIN:
        return t
    if _YEAR_ONLY.match(last):
        return name
    place = _PAREN_DATES.sub("", last) if last.endswith(")") else last
    if (place != last or "," in place) and place_part(place):
        return name
    return t


# what the page says the activity is, after a separator: an article, maybe two words, an
# activity's noun and maybe where ("– A Workshop in Hobart", "- An Online Course", "– A
# One-Day Seminar"), or an organiser's letters and the noun in lower case ("- HNG workshop")
_NOUNS = "|".join(DESCRIPTION_KEYS["activity_nouns"])
_DESCRIPTOR = lazy_compile(
    r"(?:(?:A|An)\s+(?:[\w-]+\s+){0,2}(?i:" + _NOUNS + r")s?"
    r"|[A-Z]{2,8}\s+(?:" + _NOUNS + r")s?)"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?\Z"
)


def tail_descriptor(t: str) -> str:
    """The name without what the page says the activity is after a separator (above)."""
    if " A" not in t and not any(c.isupper() for c in t[-14:]):
        return t  # the descriptor opens with "A", "An" or capitals
    parts = _SEP.split(t)
    if len(parts) < 2 or not _DESCRIPTOR.match(last := parts[-1].strip()):
        return t
    name = t[: t.rfind(last)].rstrip(" -–—|")
    return name if _words(name) >= _NAME_MIN else t


# a separator, not a colon: "India: Burden of Diabetes" makes the country its subject
_PLACE_SEP = lazy_compile(r"\s+[-–—|]\s+")


def place_alone(t: str) -> str:
    """The name without a country or a region alone before or after it and a separator ("Ohio
    – <name>", "Queensland - <name>", "<name> | New South Wales")."""
    parts = _PLACE_SEP.split(t)
    if len(parts) != 2:
        return t
    first, last = parts
    if _words(last) >= _NAME_MIN and is_place(first) and not is_place(last):
        return last
    if _words(first) >= _NAME_MIN and is_place(last) and not is_place(first):
        return first
    return t


def trim_affixes(t: str) -> str:
    """lead_code, lead_faq, tail_label, tail_descriptor, tail_when_where and place_alone on a
    title."""
    t = tail_when_where(tail_descriptor(tail_label(lead_faq(lead_code(t)))))
    return (
        place_alone(t) if (":" in t or " - " in t or " – " in t or " — " in t or " | " in t) else t
    )
