"""People a page names as its staff or contact, not as faculty (R-PE-4, R-PE-9).

A line of people (R-PE-2) gives faculty unless it names who runs or answers for the activity:
- the person's role on the line or on the short line under it is an office's ("Course
  Administrator", "Programme Secretary", "Administrative Assistant", "Events Secretariat",
  "Receptionist"); a person titled only "Mr", "Ms", "Mrs" or "Mx" (no post-nominals, no "Dr")
  is staff as a coordinator too ("Mrs Ann Lee" / "Education Coordinator");
- the line is under a contact heading ("Contact", "Contact Us", "Course Contact", "Enquiries",
  "For further information", "Questions?"), a governing body's ("Board of Directors",
  "Officers") or a news list's ("Related News", "Latest Posts"), up to the next heading of
  teaching people;
- an agent phrase reaches the person through a verb of getting in touch ("Register by calling
  Bo Li, RN", "by emailing Dr Ana Roe");
- a short line of a person right over a quotation or right under one: the page quotes them
  ("Dr Ana Roe" / "“This course helps carers …”"), a testimonial's or a quote's speaker;
- a person's line with an e-mail address or a telephone key on it or on the two lines under
  it (a contact's card: "Dr Ana Roe, MD" / "Medical Director" / "email: …"), or a desk's post
  ("Bo Li, LPN — Registration Desk").
A registrar is a doctor's grade in British and Commonwealth hospitals ("Specialty Registrar"),
so it stays a teacher's role.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile

_OFFICE = lazy_compile(
    r"\b(?:administrators?|administration|administrative|secretary|secretariat|receptionist|"
    r"reception|enquiries|inquiries|(?:registration|front|help|information)\s*desk)\b",
    re.IGNORECASE,
)
# a planner's, a reviewer's or a committee member's post (R-PE-4), unless the line also gives
# a teaching role
_PLANNER = lazy_compile(
    r"\b(?:planners?|planning\s+committee|(?:content\s+|peer\s+)?reviewers?|"
    r"(?:organi[sz]ing|scientific|steering|advisory|program(?:me)?)\s+committee|"
    r"committee\s+(?:members?|chair|co-?chairs?))\b",
    re.IGNORECASE,
)
_TEACHER = lazy_compile(
    r"\b(?:speakers?|presenters?|faculty|lecturers?|instructors?|facilitators?|moderators?|"
    r"keynote|panell?ists?|tutors?|trainers?|authors?|course\s+directors?)\b",
    re.IGNORECASE,
)
_COORDINATOR = lazy_compile(r"\bco-?ordinators?\b", re.IGNORECASE)
_TITLE_ONLY = lazy_compile(r"^M(?:rs?|s|x)\.?\s")
_CONTACT_HEAD = lazy_compile(
    r"^(?:(?:course|programme|program|event|conference|workshop)\s+)?(?:contacts?(?:\s+(?:us|"
    r"information|info|details|person))?|enquiries|inquiries|questions\??|for\s+(?:more|further)\s+"
    r"information|further\s+information|more\s+information)\s*:?$",
    re.IGNORECASE,
)


# a verb of getting in touch between an agent phrase and a person ("by calling", "by
# emailing", "with contacting"): the person answers the reader, teaches nothing
_CONTACTING = lazy_compile(
    r"\b(?:call|calling|phone|phoning|ring|ringing|telephon\w*|e-?mail\w*|contact\w*|text\w*|"
    r"messag\w*|writ\w*|register\w*|reach\w*)\b",
    re.IGNORECASE,
)


def contacting(words: str) -> bool:
    """Whether `words` (those between an agent phrase and a person) get in touch with them."""
    return bool(words.strip()) and _CONTACTING.search(words) is not None


# the heading of a governing body's members or of a news list: people who run the organisation
# or make its news, not the activity's teachers (R-PE-4)
_OTHER_HEAD = lazy_compile(
    r"^(?:(?:our|the)\s+)?(?:board\s+of\s+(?:directors|trustees|governors|management)|"
    r"(?:executive\s+)?board(?:\s+members)?|officers|office\s+bearers|council\s+members|"
    r"leadership(?:\s+team)?|(?:related|latest|recent|more)\s+(?:news|posts|articles|stories)|"
    r"news|press\s+releases|in\s+the\s+news)\s*:?$",
    re.IGNORECASE,
)


def contact_head(text: str) -> bool:
    """Whether `text` is a contact section's heading (module docstring), or a governing body's
    or a news list's ("Board of Directors", "Related News")."""
    if len(text) > 40:
        return False
    t = text.strip()
    return _CONTACT_HEAD.match(t) is not None or _OTHER_HEAD.match(t) is not None


def staff_line(lines: list[Line], i: int, people: list[str]) -> bool:
    """Whether the people of line `i` are staff by their role on it or on the short line
    under it (module docstring)."""
    text = lines[i].text
    nxt = next((x.text.strip() for x in lines[i + 1 : i + 3] if x.text.strip()), "")
    roles = text + ("\n" + nxt if len(nxt.split()) <= 6 else "")
    if _OFFICE.search(roles):
        return True
    if _PLANNER.search(roles) and not _TEACHER.search(roles):
        return True  # "A, RN, Nurse Planner", "Chair, Organising Committee" (R-PE-4)
    if _reach(lines, i):
        return True  # "Dr A" / "Medical Director" / "email: a@x.org": a contact's card
    if len(text.split()) <= 8 and (nxt[:1] in _QUOTES or _quote_above(lines, i)):
        return True  # a quotation's speaker: quoted, not teaching (docs/corpus.md 'Faculty')
    titled_only = all(_TITLE_ONLY.match(p) and "," not in p for p in people)
    return titled_only and _COORDINATOR.search(roles) is not None


# a way to reach a person: an e-mail address, a telephone key or number
_REACH = lazy_compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\b(?i:e-?mail|phone|tel|telephone|mobile|fax)\b\s*[:.]"
)


def _reach(lines: list[Line], i: int) -> bool:
    """Line `i` or one of the two non-empty lines under it gives a way to reach its person."""
    under = [x.text for x in lines[i + 1 : i + 5] if x.text.strip()][:2]
    near = [lines[i].text, *under]
    return any(("@" in t or ":" in t) and _REACH.search(t) for t in near)


_QUOTES = ("“", '"', "‘", "«")


def _quote_above(lines: list[Line], i: int) -> bool:
    """The non-empty line above line `i` ends a quotation (an attribution under it)."""
    above = next((x.text.strip() for x in reversed(lines[max(0, i - 3) : i]) if x.text.strip()), "")
    return above.endswith(("”", '"', "’", "»", "”.", '".'))
