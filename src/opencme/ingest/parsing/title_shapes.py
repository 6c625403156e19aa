"""Shapes of lines that are never a title (R-TI-2): a sentence whose period sits inside its
closing quotation mark, a week's schedule (a weekday and a time of day), an accreditor's
credit category opening the line ("Section 3 – …", "Category 1 CME for …"), a call to take
the activity ("Take the Online Course"), a social network's share button, a form's column
label ("Name of …"), a heading of registration rates, the organiser's secretariat, a rule's
citation (a section sign) and guidance on earning credit ("Using X for your CPD")."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_byline import person_line
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

_CLOSING = "”’\"'"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?"
# a weekday, then a time of day ("Monday 8am …", "Friday, 7:30 am …"): a schedule's line
_SCHEDULE = lazy_compile(
    rf"^{_WEEKDAY},?\s+\d{{1,2}}(?::\d\d)?\s*(?:[ap]\.?m\.?)(?![a-z])", re.IGNORECASE
)
# the credit categories of accreditors opening the line: the Royal College's MOC sections
# ("Section 1 – Group Learning"), the AMA's and AAPA's categories ("Category 1 CME for …")
_CATEGORY = lazy_compile(r"^(?:Section|Category)\s+[1-3AB]\b(?:\s*[-–—:]|\s+(?:CME|CE|CPD|Credit))")
_NOUNS = "|".join(DESCRIPTION_KEYS["activity_nouns"])
# a call to take the activity: "Take the Online Course", "Start This Module"
_TAKE = lazy_compile(
    rf"^(?:Take|Start|Begin|Launch|Access|Join)\s+(?:the|this|our)\s+(?:[\w-]+\s+)?(?:{_NOUNS})s?$",
    re.IGNORECASE,
)
_NETWORKS = r"(?:Facebook|Twitter|LinkedIn|Google\s*(?:Plus|\+)|Pinterest|WhatsApp|Reddit|Email|X)"
_SHARE = lazy_compile(rf"^{_NETWORKS}\s+Share$", re.IGNORECASE)


# a form's or a table's column label: "Name of Academy / Board", "Name of Participant"
_NAME_OF = lazy_compile(r"^Name\s+of\s+\S+(?:\s+\S+){0,4}$")
# a heading of registration rates, at most four words: "Early Bird Registrations"
_REGISTRATION = lazy_compile(
    r"^(?:[\w-]+\s+){0,3}Registrations?(?:\s+(?:Fees?|Rates?|Costs?))?$", re.IGNORECASE
)
# the organiser's contact heading (English, Spanish, Portuguese, French): "Organising
# Secretariat", "Secretaría Técnica", "Secrétariat du congrès"
_SECRETARIAT = lazy_compile(r"\bsecr(?:etariat|etar[ií]a|étariat)\b", re.IGNORECASE)
# guidance on using something for one's credit: "Using <journal> for your CPD"
_FOR_YOUR_CREDIT = lazy_compile(
    r"\sfor\s+your\s+(?:CPD|CME|CE|CNE|CEUs?|credits?|MOC|revalidation)$", re.IGNORECASE
)

# a numeric date with its year opening the line, maybe after the word "date": an ISO date
# ("date 2031-03-02 …") or a day, month and year with full stops ("14. 5. 2031: 6 Punkte")
_DATED = lazy_compile(
    r"^(?:date:?\s+)?(?:(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d)\b"
)

# a credit's cap: "Maximum CME/CPD points for whole function", "Max for whole function"
_MAXIMUM = lazy_compile(
    r"^Max(?:imum|\.)?\s+(?:[\w/+-]+\s+){0,3}?(?:points?|credits?|hours?|for\s+(?:the\s+)?whole)\b",
    re.IGNORECASE,
)

# a call to contact the provider ("Contact PSA Northern branch", "Contact the Events Team")
_CONTACT = lazy_compile(
    r"^Contact\s+(?:the\s+|our\s+)?(?:[A-Z][\w&.-]*\s+){0,4}(?:branch|office|team|secretariat|"
    r"department|us)$",
    re.IGNORECASE,
)
# a site's tagline naming the network it belongs to: "Part of the UT Health System"
_PART_OF = lazy_compile(r"^Part\s+of\s+the\s+(?:[A-Z][\w&.-]*\s*){1,6}$")

# a listing of events: "Calendar of Victorian and National events", "Regional calendar and
# events"
_CALENDAR = lazy_compile(r"\bcalendar\b.*\bevents\b|\bevents\b.*\bcalendar\b", re.IGNORECASE)

# a sponsor's thanks for a meal or a break: "Lunch generously sponsored by X"
_THANKS = lazy_compile(
    r"^(?:(?:Breakfast|Lunch|Dinner|Reception|Refreshments|Coffee|Snacks|Meals?|Breaks?)\s+)+"
    r"(?:(?:is|are)\s+)?(?:(?:generously|kindly)\s+)?(?:sponsored|provided|supported)\s+by\s",
    re.IGNORECASE,
)

# a note that something is still to come: "Link Provided Later", "Details to Follow", "TBA"
_PENDING = lazy_compile(
    r"\b(?:provided\s+later|to\s+follow|to\s+be\s+(?:announced|confirmed|determined))\s*$|"
    r"\b(?:TBA|TBD|TBC)\s*$",
    re.IGNORECASE,
)

_PENDING_ENDS = frozenset(
    {"later", "follow", "announced", "confirmed", "determined", "tba", "tbd", "tbc"}
)


def dated_entry(text: str) -> bool:
    """A line opening with a full numeric date: an entry of a schedule or a news stamp."""
    return text[:1] in "d0123456789" and _DATED.match(text) is not None


def other_shape(t: str) -> bool:
    """A quoted sentence's end, a schedule, a credit category, a call to action, a share
    button: the cheap marks first."""
    if not t:
        return False
    if t[-1:] in _CLOSING and t.rstrip(_CLOSING).endswith("."):
        return True
    if t[:1] in "MTWFS" and _SCHEDULE.match(t):
        return True
    if t[:1] in "SC" and _CATEGORY.match(t):
        return True
    if t.endswith(("Share", "share")) and _SHARE.match(t):
        return True
    if t.startswith(("C/", "Avda", "Av. ")) or "Nº" in t or "N°" in t:
        return True  # a street address in Spanish or Portuguese: "C/Mayor Nº4", "Avda. …"
    if t.startswith("Max") and _MAXIMUM.match(t):
        return True  # a credit's cap: "Maximum CME points for the whole function"
    if t.startswith(("Contact ", "Part of ")) and (_CONTACT.match(t) or _PART_OF.match(t)):
        return True
    if "alendar" in t and _CALENDAR.search(t):
        return True  # a listing of events: "Calendar of … events"
    if len(t) >= 12 and len(t) % 2 == 0 and t[: len(t) // 2] == t[len(t) // 2 :]:
        return True  # a logo's text and its caption glued: "X EducationX Education"
    if "ed by " in t and _THANKS.match(t):
        return True  # a sponsor's thanks: "Lunch generously sponsored by X"
    if t.rsplit(None, 1)[-1].lower() in _PENDING_ENDS and _PENDING.search(t):
        return True  # a note of something still to come: "Link Provided Later", "Speakers TBA"
    if "§" in t:
        return True  # a rule's or a statute's citation: "Per Administrative Code Rule §…"
    if t.startswith("Name") and _NAME_OF.match(t):
        return True
    if person_line(t):
        return True  # "by Ana Pell MRPharmS", "Ana Pell, Associate Professor in …" (R-TI-7)
    if "egistration" in t and _REGISTRATION.match(t):
        return True
    if "ecr" in t and len(t.split()) <= 4 and _SECRETARIAT.search(t):
        return True
    if " your " in t.lower() and _FOR_YOUR_CREDIT.search(t):
        return True
    return len(t) < 60 and t[:1] in "TtSsBbLlAaJj" and _TAKE.match(t) is not None
