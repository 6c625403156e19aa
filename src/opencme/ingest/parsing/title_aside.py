"""Lines of other sites that are never an activity's name, as classes (docs/corpus.md "Title",
R-TI-26):

- a programme's item opening with its clock time ("6:45 - 7:00 Registration", "9:00am Welcome
  and Introductions", "08.30–09.15 Keynote: …", "2 pm to 3 pm Break");
- the reader's account pages ("My Saved Pages", "My Account", "My Courses", "My Basket");
- a person alone after an honorific ("Dr. Ann Lee", "Professor A. B. Cole", "Mrs Jane
  Okafor-Reed"), with credentials after a comma or not, or with their post glued on ("Dr. Ann
  LeeDirector of …", text taken from a page's cards);
- a page's control ("Save this page", "Print this page", "Share this event") and a generic
  heading of a programme ("Meeting Agenda", "Conference Programme", "Course Schedule").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.vocab import CREDENTIALS

_HOUR = r"\d{1,2}"
_AMPM = r"\s*(?:[ap]\.?\s?m\.?)"
# a clock time: "6:45", "08.30", "9:00am", "2 pm"; a span of two, or one with its am/pm
_TIME_ANY = rf"(?:{_HOUR}[:.]\d\d|{_HOUR}(?={_AMPM})){_AMPM}?"
_CLOCK_ITEM = re.compile(
    rf"^(?:{_TIME_ANY}\s*(?:[-–—]|to|until)\s*{_TIME_ANY}|{_HOUR}:\d\d{_AMPM}?"
    rf"|{_HOUR}(?:\.\d\d)?{_AMPM})\s+[A-Za-z]",
    re.IGNORECASE,
)
# the reader's own pages on a site
_ACCOUNT = re.compile(
    r"^My\s+(?:Account|Profile|Cart|Basket|Bag|Courses|Learning|Dashboard|Saved\s+(?:Pages|Items"
    r"|Courses|Searches|Events)|Favou?rites|Bookmarks|Shortlist|Transcripts?|Certificates|Orders"
    r"|Wishlist|Activities|Portfolio|Library|Bookings|Registrations|Events|Settings|Details"
    r"|Purchases|Subscriptions|CE|CPD|CME)\Z",
    re.IGNORECASE,
)
_HONORIFIC = (
    r"(?:Dr|Drs|Prof|Professor|Associate\s+Professor|Assoc\.?\s+Prof|A/Prof|Mr|Mrs|Ms|Miss|Mx"
    r"|Sister|Dame|Sir)\.?"
)
_NAME_WORD = r"(?:[A-Z]\.|[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?|(?:van|von|de|da|del|der|la|le)\b)"
_CRED = "|".join(map(re.escape, sorted(CREDENTIALS, key=len, reverse=True)))
_PERSON = re.compile(
    rf"^{_HONORIFIC}\s+(?:{_NAME_WORD}\s+){{1,3}}[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?"
    rf"(?:,\s*(?:{_CRED})(?:,\s*(?:{_CRED}))*)?\Z"
)
# a person's card run together with their post ("Dr. Ann LeeDirector of …")
_PERSON_GLUED = re.compile(
    rf"^{_HONORIFIC}\s+(?:{_NAME_WORD}\s+){{1,3}}[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?[A-Z][a-z]"
)
_CONTROL = re.compile(
    r"^(?:Save|Print|Share|Email|E-mail|Bookmark|Download|Follow|Like)\s+(?:this|the)\s+"
    r"(?:page|event|course|article|listing)\Z",
    re.IGNORECASE,
)
_PROGRAMME_HEAD = re.compile(
    r"^(?:(?:Meeting|Event|Conference|Congress|Course|Day|Daily|Workshop|Symposium|Summit)\s+)"
    r"(?:Agenda|Schedule|Timetable|Programme|Program|Itinerary|Outline)\Z",
    re.IGNORECASE,
)


def aside_line(t: str) -> bool:
    """A programme's item under its clock time, the reader's account page, a person alone, a
    page's control or a programme's generic heading."""
    c = t[:1]
    if c.isdigit():
        return _CLOCK_ITEM.match(t) is not None
    if c == "M" and t.startswith("My "):
        return _ACCOUNT.match(t) is not None
    if c in "DPAMS" and ((len(t) <= 60 and _PERSON.match(t)) or _PERSON_GLUED.match(t)):
        return True
    return len(t) <= 40 and (_CONTROL.match(t) or _PROGRAMME_HEAD.match(t)) is not None
