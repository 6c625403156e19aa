"""Lines of other sites that are never an activity's name, as classes (docs/corpus.md "Title",
R-TI-26):

- a programme's item opening with its clock time ("7:15 - 7:30 Registration", "9:00am Welcome
  and Introductions", "08.30–09.15 Keynote: …", "2 pm to 3 pm Break");
- the reader's account pages ("My Saved Items", "My Account", "My Courses", "My Basket");
- a person alone after an honorific ("Dr. Ann Lee", "Professor A. B. Cole", "Mrs Jane
  Okafor-Reed"), with credentials after a comma or not, or with their post glued on ("Dr. Ann
  LeeDirector of …", text taken from a page's cards);
- a page's control ("Save this page", "Print this page", "Share this event") and a generic
  heading of a programme ("Meeting Agenda", "Conference Programme", "Course Schedule");
- a heading that opens instructions or a required statement ("Before You Begin", "Getting
  Started", "Speaker and Planner Disclosures", "Faculty Disclosures", "Planner Disclaimer");
- a credit amount approved for someone ("3 CEUs approved for counsellors", "6.5 contact hours
  awarded by …"), a generic credit label ("CPD Credits for Rural Physicians", "Continuing
  Nursing Education (CNE) Activity", "CME Information"; "the CNE programme" a news story
  names is an event's name in prose and stays);
- a call to earn credit in sentence case ("Complete a short quiz for continuing education
  credit", "Earn CPD points by reviewing a paper");
- a day's category of courses ("Sunday Half-Day Workshops", "Friday Morning Workshops");
- a site's furniture: its taxonomy ("Categories: CE, Nursing", "Tag Archives: Nursing",
  "Published in Events"), controls ("Browse All
  Courses", "Add to Google Calendar", "Leave a Reply"), a heading over other activities
  ("Other Events You May Like", "Similar Courses");
- a line holding a telephone number ("Questions? Call us at (555) 010-0199", "Tel: +44 20 7946
  0000"): a way to reach someone, never a name.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import CREDENTIALS


def capped(words: list[str]) -> bool:
    """Four in five of the longer words capitalised (title_noise.capped, which imports this
    module)."""
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) * 5 >= len(long_words) * 4


_HOUR = r"\d{1,2}"
_AMPM = r"\s*(?:[ap]\.?\s?m\.?)"
# a clock time: "7:15", "08.30", "9:00am", "2 pm"; a span of two, or one with its am/pm
_TIME_ANY = rf"(?:{_HOUR}[:.]\d\d|{_HOUR}(?={_AMPM})){_AMPM}?"
_CLOCK_ITEM = lazy_compile(
    rf"^(?:{_TIME_ANY}\s*(?:[-–—]|to|until)\s*{_TIME_ANY}|{_HOUR}:\d\d{_AMPM}?"
    rf"|{_HOUR}(?:\.\d\d)?{_AMPM})\s+[A-Za-z]",
    re.IGNORECASE,
)
# the reader's own pages on a site
_ACCOUNT = lazy_compile(
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
_PERSON = lazy_compile(
    rf"^{_HONORIFIC}\s+(?:{_NAME_WORD}\s+){{1,3}}[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?"
    rf"(?:,\s*(?:{_CRED})(?:,\s*(?:{_CRED}))*)?\Z"
)
# a person's card run together with their post ("Dr. Ann LeeDirector of …")
_PERSON_GLUED = lazy_compile(
    rf"^{_HONORIFIC}\s+(?:{_NAME_WORD}\s+){{1,3}}[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?[A-Z][a-z]"
)
_CONTROL = lazy_compile(
    r"^(?:Save|Print|Share|Email|E-mail|Bookmark|Download|Follow|Like)\s+(?:this|the)\s+"
    r"(?:page|event|course|article|listing)\Z",
    re.IGNORECASE,
)
_PROGRAMME_HEAD = lazy_compile(
    r"^(?:(?:Meeting|Event|Conference|Congress|Course|Day|Daily|Workshop|Symposium|Summit)\s+)"
    r"(?:Agenda|Schedule|Timetable|Programme|Program|Itinerary|Outline)\Z",
    re.IGNORECASE,
)

# a site's furniture around the activity: its taxonomy ("Categories: CE, Nursing", "Tags: …",
# "Filed under …"), controls ("Browse All Courses", "View More Events", "Add to Google
# Calendar", "Leave a Reply"), and a heading over other activities ("Other Events You May
# Like", "You Might Also Be Interested In", "Similar Courses")
_FURNITURE = lazy_compile(
    r"^(?:categories|tags|tagged|filed\s+under|posted\s+in|topics)\s*:"
    # a blog's archive heading and a post's category line ("Tag Archives: X", "Published in X")
    r"|^(?:tag|category|author|monthly|yearly|daily)\s+archives?\s*:"
    r"|^(?:published|posted|filed)\s+(?:in|under)\s+\S"
    r"|^(?:browse|view|see|explore|show)\s+(?:all|more|other|upcoming|past)\b"
    r"|^add\s+to\s+(?:my\s+|your\s+)?(?:google\s+|outlook\s+|apple\s+|i|yahoo\s+)?calendar\b"
    r"|^(?:leave|post|add)\s+a\s+(?:reply|comment|review)\b"
    r"|^(?:other|more|similar|related)\s+(?:[\w-]+\s+)?(?:events|courses|webinars|"
    r"programs|programmes|activities|sessions|workshops|modules)\b"
    r"|^you\s+(?:may|might)\s+also\s+(?:like|enjoy|be\s+interested)\b"
    # a page's message while its script fetches the content ("Retrieving course detail",
    # "Loading events…", "Fetching sessions", "Please wait")
    r"|^(?:retrieving|loading|fetching|getting)\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:details?|data|content|events?|courses?|sessions?|results?|information|page)\b"
    r"|^please\s+wait\b",
    re.IGNORECASE,
)
_INSTRUCTIONS = lazy_compile(
    r"^(?:before\s+you\s+(?:begin|start)|getting\s+started|how\s+to\s+(?:begin|start|get\s+"
    r"started|participate)|start\s+here|instructions(?:\s+for\s+(?:participation|participants|"
    r"learners))?)\Z",
    re.IGNORECASE,
)
# the words of a statement's heading before "Disclosure(s)", "Disclaimer", "Statement"
_STATEMENT_WORDS = frozenset(
    {
        "scope",
        "and",
        "of",
        "limitations",
        "limitation",
        "financial",
        "faculty",
        "planner",
        "planners",
        "conflict",
        "conflicts",
        "interest",
        "relevant",
        "relationships",
        "relationship",
        "commercial",
        "support",
        "speaker",
        "speakers",
        "author",
        "authors",
        "staff",
        "planning",
        "committee",
        "personal",
        "&",
        "content",
        "reviewer",
        "reviewers",
    }
)
_STATEMENT_HEADS = ("disclosure", "disclosures", "disclaimer", "disclaimers")
_CREDIT_UNIT = (
    r"(?:CEs?|CEUs?|CME|CNE|CPD|CPE|CPEUs?|PDUs?|credits?|credit\s+hours?|contact\s+hours?"
    r"|hours?|points?|units?)"
)
_APPROVED_AMOUNT = lazy_compile(
    r"^\d{1,3}(?:\.\d{1,2})?\s*"
    + _CREDIT_UNIT
    + r"(?:\s+"
    + _CREDIT_UNIT
    + r")?\s+(?:(?:are|is|have\s+been|has\s+been)\s+)?"
    r"(?:approved|accredited|awarded|granted|available|offered|pending)\b",
    re.IGNORECASE,
)
_CREDIT_LABEL = lazy_compile(
    r"^(?:continuing\s+(?:medical|nursing|dental|pharmacy|pharmacist|professional|health)\s+"
    r"(?:education|development)|CME|CE|CPE|CPD|CNE|CEU)(?:\s*\([A-Z]{2,5}\))?\s+(?:activity|"
    r"activities|credits?|information|requirements?|opportunit(?:y|ies))"
    r"(?:\s+for\s+(?:[\w-]+\s*){1,3})?\Z",
    re.IGNORECASE,
)
_EARN_CALL = lazy_compile(
    r"^(?:complete|earn|claim|get|obtain|receive|gain|take)\s+(?:[\w-]+\s+){0,6}?(?:for|to\s+"
    r"(?:earn|claim|receive|gain))\s+(?:[\w-]+\s+){0,3}?(?:credits?|CME|CE|CPD|points|hours"
    r"|certificates?)\b|^(?:earn|claim|get|gain)\s+(?:[\w-]+\s+){0,2}?(?:credits?|CME|CE|CPD"
    r"|points|hours)\s+(?:by|for|when|through)\b",
    re.IGNORECASE,
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_DAY_CATEGORY = lazy_compile(
    rf"^{_WEEKDAY}\s+(?:(?:All-Day|Full-Day|Half-Day|Morning|Afternoon|Evening|Pre-Conference|"
    r"Optional|Concurrent|Breakout)\s+)?(?:Courses|Sessions|Workshops|Lectures|Seminars"
    r"|Symposia|Classes|Events)\Z"
)


# a telephone number: ten digits in North America's groups ("(555) 010-0199", "555.010.0199")
# or an international number after "+" ("+44 20 7946 0000")
_PHONE = lazy_compile(r"\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|\+\d{1,3}(?:[\s.-]?\d{1,4}){3,}")
_PHONE_DIGITS = 10


def _telephone(t: str) -> bool:
    return sum(c.isdigit() for c in t) >= _PHONE_DIGITS and _PHONE.search(t) is not None


def _statement_head(t: str) -> bool:
    words = t.lower().split()
    return (
        len(words) >= 2
        and words[-1] in _STATEMENT_HEADS
        and all(w in _STATEMENT_WORDS for w in words[:-1])
    )


def aside_line(t: str) -> bool:
    """A programme's item under its clock time, the reader's account page, a person alone, a
    page's control or a programme's generic heading, a telephone number's line."""
    if _telephone(t):
        return True
    c = t[:1]
    if c.isdigit():
        return _CLOCK_ITEM.match(t) is not None or _APPROVED_AMOUNT.match(t) is not None
    if c == "M" and t.startswith("My "):
        return _ACCOUNT.match(t) is not None
    if c in "DPAMS" and ((len(t) <= 60 and _PERSON.match(t)) or _PERSON_GLUED.match(t)):
        return True
    if len(t) <= 40 and (_CONTROL.match(t) or _PROGRAMME_HEAD.match(t) or _INSTRUCTIONS.match(t)):
        return True
    if len(t) <= 60 and _FURNITURE.match(t):
        return True
    if len(t) <= 60 and (
        _statement_head(t) or _CREDIT_LABEL.match(t) or (c in "MSTFW" and _DAY_CATEGORY.match(t))
    ):
        return True
    return c in "CEGROT" and not capped(t.split()) and _EARN_CALL.match(t) is not None
