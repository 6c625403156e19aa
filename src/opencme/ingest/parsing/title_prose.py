"""Names of an activity in prose that the heading search does not see (R-TI-5): a run of
capitalised words the page sets before an activity noun in lower case ("the Introduction to
Knee Taping course", "the NZNO conference"), and a quoted name after an activity noun and a
comma or "on" ("the free online event, ‘Sleep and the Heart’", "a symposium on “Ageing
Well”")."""

from __future__ import annotations

import re
from collections import Counter

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS, TITLE_NOISE

# an event's name ends in its noun even when the page writes it in lower case ("the Lakeside
# Nurses conference"): the noun stays; a course is named by its subject ("the Introduction to
# Knee Taping course" -> "Introduction to Knee Taping"): the noun goes
_EVENT_NOUNS = ("conference", "congress", "symposium", "convention", "summit", "meeting")
_COURSE_NOUNS = ("course", "webinar", "module", "workshop", "training", "programme", "program")
# a capitalised word (a full stop only inside it: "U.S", never "Center. The"), or an acronym
# in parentheses
_WORD = r"(?:[A-Z0-9][\w’'&/-]*(?:\.\w+)*:?|\([A-Z]{2,8}\))"
_LINK = r"(?:of|and|for|in|on|to|the|&)"
_LOWER_NOUN = lazy_compile(
    r"\b[Tt]he\s+(?P<name>"
    + _WORD
    + r"(?:\s+(?:"
    + _LINK
    + r"\s+(?:the\s+)?)?"
    + _WORD
    + r"){0,11})"
    r"\s+(?P<mod>(?:annual|biannual|biennial|national|international)\s+)?"
    r"(?P<noun>" + "|".join(_EVENT_NOUNS + _COURSE_NOUNS) + r")\b(?!\s*[A-Z])"
)
# a capitalised activity noun (data/description_keys.json) ending a two-word name
_NAMED_KIND = lazy_compile(
    r"^(?:" + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"]) + r")s?$"
)
_ACRONYM = lazy_compile(r"^[A-Z][A-Z0-9&-]{1,9}$")
# another event the page's activity is held with: "in conjunction with the X congress"
_WITH_MARKS = frozenset({"conjunction", "alongside", "Alongside", "co-located", "colocated"})
_WITH_OTHER = lazy_compile(
    r"\b(?:in\s+conjunction\s+with|alongside|co-?located\s+with)\s+\Z", re.IGNORECASE
)


def lower_noun_name(text: str) -> str | None:
    """The name a line gives before a lower-case activity noun ("the Lakeside Nurses
    conference" -> "Lakeside Nurses conference"; "the Introduction to Knee Taping course" ->
    "Introduction to Knee Taping"), else None."""
    for m in _LOWER_NOUN.finditer(text):
        if _WITH_MARKS.intersection(text.split()) and _WITH_OTHER.search(
            text, max(0, m.start() - 30), m.start()
        ):
            continue  # "held in conjunction with the X conference": another event
        name = m["name"].rstrip(":")
        words = name.split()
        if m["noun"] in _EVENT_NOUNS:
            if len(words) >= 2 or _ACRONYM.match(name):
                return f"{name} {m['mod'] or ''}{m['noun']}".replace("  ", " ")
        elif not m["mod"] and (
            len(words) >= 3 or (len(words) == 2 and _NAMED_KIND.match(words[1]))
        ):
            return name  # three words, or two ending in a kind of activity ("Lakeside Rounds")
    return None


_QUOTE_OPEN = '“"‘'
# an activity noun, a comma or "on", then the name in quotation marks: "the online event,
# ‘Sleep and the Heart’", "a symposium on “Ageing Well”"
_QUOTED_AFTER = lazy_compile(
    r"\b(?:event|webinar|symposium|conference|workshop|course|seminar|session|lecture|forum)s?"
    r"(?:,\s+|\s+on\s+)[“\"‘](?P<name>[A-Z][^”\"’]{2,100}?)[”\"’](?=[\s,.;:)]|$)",
    re.IGNORECASE,
)


def quoted_after_noun(text: str) -> str | None:
    """A quoted name after an activity noun and a comma or "on" (not a quoted sentence)."""
    m = _QUOTED_AFTER.search(text)
    if m is None:
        return None
    name = m["name"].strip()
    return None if name.endswith((".", "!", "?", ",")) or len(name.split()) < 2 else name


# words a name may open with on the page before its short form: capitalised words, ordinals and
# years, joined by "of", "and", "&" ("Interdisciplinary", "2026", "10th ECSACOP and 28th")
_PREFIX_WORD = r"(?:[A-Z][\w’'&-]*|\d{1,2}(?:st|nd|rd|th)|(?:19|20)\d\d)"
_PREFIX = _PREFIX_WORD + r"(?: (?:(?:of|and|&) )?" + _PREFIX_WORD + r"){0,7}"
# capitalised words that open a sentence or a call, not a name ("Join", "Welcome to")
_OPENERS = frozenset(
    {
        "The",
        "A",
        "An",
        "Join",
        "Welcome",
        "Attend",
        "Register",
        "At",
        "In",
        "On",
        "For",
        "During",
        "About",
        "Our",
        "This",
        "These",
        "Its",
        "Their",
        "Your",
        "Day",
        "CME",
        "CE",
    }
)
_NOT_NAME = (
    frozenset(TITLE_NOISE["format_labels"])
    | frozenset(TITLE_NOISE["status"])
    | frozenset(w for v in TITLE_NOISE["headline_verbs"] for w in v.split())
    | {"upcoming", "next", "past", "previous", "recent", "kicks", "off"}
)


def _not_name_word(w: str) -> bool:
    """A word no name of an activity holds before its short form: a sentence opener, a format
    or status word, a headline verb, a possessive ("Australia’s")."""
    return w in _OPENERS or w.lower() in _NOT_NAME or w.endswith(("’s", "'s"))


# the capitalised words right before a place in the page (searched up to that place)
_BEFORE = lazy_compile(r"(?<![\w’'-])(" + _PREFIX + r") \Z")
_NAMED_END = lazy_compile(
    r"(?:" + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"]) + r")s?$"
)


def longer_name(title: str, flat: str) -> str:
    """The heading's name as the page gives it in full before its short form: "Cancer
    Conference" with "… the Interdisciplinary Cancer Conference, which …" in the page ->
    "Interdisciplinary Cancer Conference" (an event's name ending in its noun)."""
    if not _NAMED_END.search(title) or title not in flat:
        return title
    best = title
    at = flat.find(title)
    while at >= 0:  # each place the page states the short form: the words before it
        m = _BEFORE.search(flat, max(0, at - 160), at) if at > 1 else None
        at = flat.find(title, at + 1)
        if m is None:
            continue
        words = m[1].split()
        for k in range(
            len(words) - 1, -1, -1
        ):  # the name starts after the last word no name opens with
            if _not_name_word(words[k]):
                words = words[k + 1 :]
                break
        while words and words[0] in ("of", "and", "&"):
            words = words[1:]
        if words:
            full = " ".join(words) + " " + title
            if len(full) > len(best):
                best = full
    return best


# words that refer back to a name already given, never open one ("These Grand Rounds offer …")
DETERMINERS = frozenset(
    {"These", "This", "Those", "Our", "Its", "Their", "Each", "Every", "All", "Such", "Other"}
)
# a paragraph that opens by defining its subject, a name ending in an activity noun: "The Tumor
# Conference is a monthly meeting …", "Grand Rounds are an institutional tradition …"
_DEFINED = lazy_compile(
    r"(?:The )?(?P<name>(?:[A-Z][\w’'&-]* ){1,6}?(?:"
    + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"])
    + r")s?) (?:is|are) (?:a|an|the|one) "
)


def defined_name(text: str) -> str | None:
    """The name a paragraph defines in its first words ("The Tumor Conference is a …")."""
    m = _DEFINED.match(text)
    if m is None or m["name"].split()[0] in DETERMINERS:
        return None
    return drop_owner(m["name"])


def drop_owner(name: str) -> str:
    """A name read from a sentence without its owner's possessive ("ACR’s Knee Ultrasound
    Course" -> "Knee Ultrasound Course": the sentence's determiner, docs/corpus.md "Title"); a
    name of two words keeps it ("Optometry’s Meeting")."""
    first, _, rest = name.partition(" ")
    if first.endswith(("’s", "'s")) and len(rest.split()) >= 2:
        return rest
    return name


# the small words a name in title case keeps in lower case
_SMALL = r"(?:of|and|for|in|on|to|the|a|an|with|&)"
# an activity noun, then its name in title case set off by commas: "the course, Oral Care in
# Dementia, from …", "The broadcast, Stroke Prevention: Current Controversies, will air …"
_APPOSITIVE = lazy_compile(
    r"\b(?:course|webinar|broadcast|webcast|program|programme|session|workshop|symposium|"
    r"conference|lecture|module|activity|seminar|event|podcast), "
    r"(?P<name>[A-Z][\w’'&/-]*:?(?: (?:" + _SMALL + r" )?[A-Z0-9][\w’'&/-]*:?){2,14}), (?=[a-z])"
)


def appositive_name(text: str) -> str | None:
    """A name in title case between commas after an activity noun (no quotation marks)."""
    m = _APPOSITIVE.search(text) if ", " in text else None
    return m["name"] if m else None


# "the training on Childhood Anxiety Disorders provided by …": an activity noun, "on", then a
# name in title case (not a day or a month: "a webinar on Tuesday")
_ON_NAME = lazy_compile(
    r"\b(?:course|webinar|training|program|programme|session|workshop|symposium|conference|"
    r"lecture|module|seminar|event|podcast|series) on "
    r"(?P<name>[A-Z][\w’'&/-]*(?: (?:" + _SMALL + r" )?[A-Z0-9][\w’'&/-]*){1,10})(?=[ ,.;:]|$)"
)
_CALENDAR = frozenset(
    {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)


def on_name(text: str) -> str | None:
    """A name in title case after an activity noun and "on" ("the training on X Y")."""
    m = _ON_NAME.search(text) if " on " in text else None
    if m is None or m["name"].split()[0] in _CALENDAR:
        return None
    return m["name"]


# a meeting named by its acronym and year ("ECR 2023", "AAO 2014"): a page of a meeting's credit
# rules names the meeting so, again and again (docs/corpus.md "Title": "ERS Congress 2023")
_ACRONYM_YEAR = lazy_compile(r"\b[A-Z][A-Za-z]{1,6}[A-Z](?:/[A-Z]{2,6})? (?:19|20)\d\d\b")


# ... or its acronym with the year's last two digits glued on ("GP31", "ECR31"), which the page
# sets beside an event's noun ("the college's annual conference GP31 runs from …")
_ACRONYM_YY = lazy_compile(r"\b[A-Z]{2,6}[0-4]\d\b")
_EVENT_BESIDE = lazy_compile(
    r"\b(?:conference|congress|convention|summit|symposium|meeting|forum)\s+(?P<name>[A-Z]{2,6}"
    r"[0-4]\d)\b|\b(?P<before>[A-Z]{2,6}[0-4]\d)\s+(?:conference|congress|convention|summit"
    r"|symposium|meeting|forum)\b",
    re.IGNORECASE,
)


def acronym_year(flat: str, least: int = 3) -> str | None:
    """The acronym and year the page names most, when it names it `least` times or more; or
    the acronym with its year's two digits glued on, named as often and once beside an
    event's noun."""
    found = _ACRONYM_YEAR.findall(flat)
    if len(found) >= least:
        name, times = Counter(found).most_common(1)[0]
        if times >= least:
            return name
    glued = _ACRONYM_YY.findall(flat)
    if len(glued) < least:
        return None
    name, times = Counter(glued).most_common(1)[0]
    if times < least:
        return None
    beside = {m["name"] or m["before"] for m in _EVENT_BESIDE.finditer(flat)}
    return name if name in beside else None
