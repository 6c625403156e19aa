"""A browser-title line: the activity's name with the site's name or the page's type around it
("Gout in Primary Care | Lakeside Learning", "Registration – Harbour Symposium 2031", "Harbour
Symposium 2031 – Speakers", "Lakeside Learning: Gout in Primary Care", "Harbour Symposium 2031
| Toronto, ON"). The name is the part that is neither (docs/corpus.md "Title": a site or
provider suffix after a separator is dropped; R-TI-20)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_clean import SECTION_WORDS, clean_title, is_note
from opencme.ingest.parsing.title_fields import field_statement
from opencme.ingest.parsing.title_tails import EVENT_END, place_part
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# the pages an event's or a catalogue's site is made of, whose name a browser title sets
# beside the activity's ("Speakers | <event>", "<event> – Venue & Accommodation"): the
# sections of a conference site and of a course catalogue, and a site's own pages (home,
# contact, privacy, terms); a part made only of these, section words (data/title_noise.json)
# and connectives names a page, not the activity
PAGE_WORDS = frozenset(
    {
        "home",
        "homepage",
        "welcome",
        "speakers",
        "speaker",
        "faculty",
        "presenters",
        "sponsors",
        "sponsorship",
        "exhibitors",
        "exhibition",
        "exhibit",
        "venue",
        "accommodation",
        "accommodations",
        "hotel",
        "travel",
        "committee",
        "committees",
        "organizing",
        "organising",
        "abstracts",
        "abstract",
        "submission",
        "call",
        "papers",
        "posters",
        "program",
        "programme",
        "scientific",
        "schedule",
        "agenda",
        "register",
        "registration",
        "tickets",
        "contact",
        "us",
        "about",
        "faq",
        "faqs",
        "terms",
        "privacy",
        "policy",
        "catalog",
        "catalogue",
        "calendar",
        "listing",
        "listings",
        "search",
        "results",
        "page",
        "login",
        "cart",
        "checkout",
        "enroll",
        "enrol",
        "enrolment",
        "enrollment",
        "upcoming",
        "featured",
        "latest",
        "next",
        "now",
        "enrolling",
        "past",
        "previous",
        "all",
        "view",
        "event",
        "events",
        "course",
        "courses",
        "details",
        "overview",
        "info",
        "information",
        "free",
        "on",
        "demand",
        "find",
        "browse",
        "to",
        "with",
        "our",
        "your",
    }
)
_CONNECTIVES = frozenset({"and", "&", "of", "the", "for", "a", "+", "/"})
_ACTIVITY_ANY = lazy_compile(
    r"(?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r"|workshops|seminars|programs)s?",
    re.IGNORECASE,
)
_ACTIVITY = lazy_compile(
    r"\b(?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r")s?\b", re.IGNORECASE
)
_EVENT_END = EVENT_END
_DOMAIN = lazy_compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|edu|gov|ca|uk|au|nz|ie|in|io)\Z")
_CLOCK = lazy_compile(r"\d:\d\d|\d\s?[ap]\.?m\b", re.IGNORECASE)
_CAP_WORD = lazy_compile(r"^[A-ZÀ-Ý0-9][\w'’.&-]*\Z")
_SITE_MOST = 6  # words of a site's name
_LEGAL = frozenset({"Inc", "Ltd", "Corp", "Corporation", "Company", "GmbH", "Pty", "Group"})
_ORG_TABLE = json.loads(
    (Path(__file__).with_name("data") / "org_classes.json").read_text(encoding="utf-8")
)["classes"]
# the head nouns an organisation's or a site's name ends in (data/org_classes.json: academic,
# society, institute, company, the education class's "Learning", "Education", "Academy", "CME",
# "CE", "CPD", the government class's bodies, and a clinic's or a health system's), no
# activity noun among them ("Training", "Program" end an activity's name)
_ORG_HEADS = frozenset(
    w
    for cls in ("academic", "society", "institute", "company", "education", "government")
    for w in _ORG_TABLE[cls]
    if not _ACTIVITY_ANY.fullmatch(w) and w not in ("National", "State", "County", "Academic")
) | {"Hospital", "Hospitals", "Clinic", "Clinics", "Health", "Healthcare", "Online"}
# after a dash, where a subject may end a name's second part ("Module 2 - Mental Health",
# "Part 1 - Blended Learning", "… - Information Systems"), only the heads that name nothing but
# a body: a university's, a society's, an institute's, a company's legal form, a hospital's
_BODY_HEADS = (
    frozenset(
        w
        for cls in ("academic", "society", "institute")
        for w in _ORG_TABLE[cls]
        if not _ACTIVITY_ANY.fullmatch(w) and w not in ("Academic", "Faculty")
    )
    | frozenset(
        w
        for w in _ORG_TABLE["company"]
        if w[:1].isupper() and (w.endswith(".") or w.isupper() or w in _LEGAL)
    )
    | {"Hospital", "Hospitals", "Clinic", "Clinics"}
)


class Page:
    """The page's lines (lower case, spaces collapsed) as a set, and its copyright lines: where
    a site's name shows again."""

    __slots__ = ("lines", "marks")

    def __init__(self, texts: list[str]) -> None:
        self.lines = frozenset(texts)
        self.marks = [t for t in texts if "©" in t or t.startswith("copyright")]


def _page_part(part: str) -> bool:
    """A page's type alone ("Speakers", "Venue & Accommodation", "Course Details", "FAQ",
    "Free CE", "On Demand"), or a note appended to a name ("1.5 CE Hours", "Sold Out")."""
    words = [w.strip(":,.()!").lower() for w in part.split()]
    words = [w for w in words if w]
    if not words:
        return True
    if is_note(part):
        return True
    return all(w in PAGE_WORDS or w in SECTION_WORDS or w in _CONNECTIVES for w in words)


_place_part = place_part


def page_type(t: str) -> bool:
    """A line that names a page or a section of a site, not an activity ("Upcoming Courses &
    Events", "Find a Course", "Course Search Results", "Speakers"): only page and section words
    and connectives (R-TI-20)."""
    return bool(t) and t[:1].isupper() and _page_part(t) and not t.rstrip().endswith(")")


def _name_like(part: str) -> bool:
    """A short run of capitalised words with no activity noun: the shape of a site's or an
    organisation's name ("Lakeside Learning", "Harbour Health CE")."""
    words = part.split()
    return (
        1 <= len(words) <= _SITE_MOST
        and all(_CAP_WORD.match(w) or w.lower() in _CONNECTIVES for w in words)
        and _CAP_WORD.match(words[0]) is not None
        and _ACTIVITY.search(part) is None
    )


_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")
_SHAPED, _ECHOED = 2, 1  # a site by its shape; a site only by the page showing it again


def _site_part(part: str, page: Page, shape: frozenset[str]) -> int:
    """The site's or provider's name: a domain, an organisation's name alone, with `shape` a
    name ending in an organisation's head noun ("Acme Learning") (_SHAPED); else a short name
    the page shows again on a line of its own (its header or footer) or in its copyright line
    (_ECHOED: the activity's name is shown again as its heading too); 0 for none. A year
    belongs to an event's name, never a site's."""
    p = part.strip()
    if _DOMAIN.match(p.lower()):
        return _SHAPED
    if not _name_like(p) or _YEAR.search(p):
        return 0
    if p.split()[-1] in shape:
        return _SHAPED
    if len(p.split()) > 1 and field_statement(p):
        return _SHAPED  # an institution's name alone ("Lakeside College of Nursing")
    low = p.lower()
    return _ECHOED if low in page.lines or any(low in t for t in page.marks) else 0


def _lone_tail(name: str, tail: str) -> bool:
    """A word or two after an event's name and a separator ("Harbour Symposium 2031 |
    Toronto"): its place or its site, no part of a name that already ends in its noun or year."""
    words = tail.split()
    return (
        len(words) <= 2
        and _EVENT_END.search(name) is not None
        and all(_CAP_WORD.match(w) for w in words)
        and _ACTIVITY.search(tail) is None
    )


# the separators of a browser title; a dash may also sit inside a name ("Module 4 - Insulin")
_SEP = lazy_compile(r"\s+(\||-|–|—|::|»|•)\s+")
_PIPES = frozenset({"|", "::", "»", "•"})
_LOWER_OK = frozenset({"of", "and", "&", "the"})  # an organisation's name: "College of X"


def _shaped_site(part: str, sep: str, last: bool) -> frozenset[str]:
    """The head nouns that make a name the site's where it stands: after a pipe (a browser
    title's separator) any organisation's; after a dash as the line's last part with no
    lower-case word but "of", "and", "the" only a body's ("… – Lakeside Medical Society"; "… -
    A Guide for School Health" is a subtitle, "… - Mental Health" a subject); else none."""
    if sep in _PIPES:
        return _ORG_HEADS
    if last and all(w[:1].isupper() or w in _LOWER_OK for w in part.split()):
        return _BODY_HEADS
    return frozenset()


def site_split(text: str, page: Page) -> tuple[str | None, frozenset[str]]:
    """The activity's name in a browser-title line whose other parts are the site's name, the
    page's type or the event's place (R-TI-20), and the parts judged the site's (lower case);
    the name is '' when every part is such (the line is chrome: "Home | Lakeside Learning"),
    None when the line is no such line (one name, a dash inside a name, two parts that may
    both be a name's, a line of a schedule or of credit notes only)."""
    t = " ".join(text.split())
    if len(t) > 200:
        return None, frozenset()
    pieces = _SEP.split(t)
    if len(pieces) < 3:
        if t.startswith("Welcome to "):
            return _welcome(t), frozenset()
        return _site_prefix(t, page)
    parts = pieces[0::2]
    if any(_CLOCK.search(p) for p in parts):
        return None, frozenset()  # a schedule's line: "Day 1 - Tuesday, June 3"
    seps = ["", *pieces[1::2]]  # the separator before each part
    names: list[int] = []
    echoed: list[int] = []
    sites: set[str] = set()
    framed = placed = False  # a part is the site's, the page's type or a place
    for k, part in enumerate(parts):
        if is_note(part):
            continue  # "… - 2 CE Credits": clean_title's, not a browser title's
        if _place_part(part):
            framed = placed = True
            continue
        if _page_part(part):
            framed = True
            continue
        sep = seps[k + 1] if k == 0 else seps[k]
        kind = _site_part(part, page, _shaped_site(part, sep, k == len(parts) - 1))
        if kind:
            sites.add(part.lower())
            framed = True
            if kind == _ECHOED:
                echoed.append(k)
            continue
        if k == len(parts) - 1 and seps[k] in _PIPES and _lone_tail(parts[k - 1], part):
            framed = True
            continue  # "<event> 2031 | Toronto": its place or its site after its year
        names.append(k)
    if not framed:
        return None, frozenset()
    if not names and echoed and len(echoed) < len(sites):
        names = echoed  # "<name> | Acme CME" over a heading "<name>": the name is shown again
        sites -= {parts[k].lower() for k in echoed}
    if not names:
        return "", frozenset(sites)
    name = parts[names[0]]
    if len(names) > 1 or not name[:1].isalnum():
        return None, frozenset()
    if placed and _name_like(name) and not _EVENT_END.search(name):
        return "", frozenset()  # "Toronto - Canada", "Harbour Hall | Ontario": a place's banner
    if len(name.split()) < 2:
        return None, frozenset()
    return clean_title(name) or None, frozenset(sites)


def _title_case(t: str) -> bool:
    """A name in title case: four in five of its longer words capitalised, no full stop."""
    longer = [w for w in t.split() if len(w) > 3 and w[:1].isalpha()]
    return (
        not t.endswith(".")
        and bool(longer)
        and sum(w[:1].isupper() for w in longer) * 5 >= len(longer) * 4
    )


def _site_prefix(t: str, page: Page) -> tuple[str | None, frozenset[str]]:
    """ "<Site>: <name>" (a site's name before a colon, the page showing it again as its own
    line or in its copyright line): the name after the colon."""
    head, colon, rest = t.partition(": ")
    if not colon or len(rest.split()) < 2 or is_note(rest):
        return None, frozenset()
    if _page_part(head) and len(head.split()) >= 2 and not is_note(head) and _title_case(rest):
        return clean_title(rest) or None, frozenset()  # "Upcoming Webinar: <name>"
    if _ACTIVITY.search(head) or _page_part(head):
        return None, frozenset()
    if not is_note(rest) and _site_part(head, page, frozenset()) == _ECHOED:
        return clean_title(rest) or None, frozenset({head.lower()})
    return None, frozenset()


_WELCOME = lazy_compile(r"^Welcome to (?:the |our )?", re.IGNORECASE)


def _welcome(t: str) -> str | None:
    """A greeting heading: "Welcome to the <event> 2031" gives the event's name; "Welcome to
    <site>" (a name with no activity noun or year) is the site's greeting, chrome ('')."""
    rest = _WELCOME.sub("", t, count=1).rstrip("!. ")
    if len(rest.split()) >= 2 and _EVENT_END.search(rest) and _name_like_event(rest):
        return clean_title(rest) or None
    if _name_like(rest):
        return ""
    return None


def _name_like_event(rest: str) -> bool:
    """Capitalised words (an edition's ordinal or a year among them) up to the event's noun."""
    words = rest.split()
    return len(words) <= 12 and all(
        _CAP_WORD.match(w) or w.lower() in _CONNECTIVES or w in ("in", "on", "to") for w in words
    )
