"""Names in a page's news headline and prose (R-TI-5, R-TI-6): a run of capitalised words
ending in an activity noun (data/description_keys.json "activity_nouns"), and the event a
news headline reports ("Lakeside Hospital Hosts Annual Wound Symposium in Dayton" -> "Annual
Wound Symposium") or makes its subject ("The 3rd X Conference in Y Discusses …")."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS, TITLE_NOISE

# a capitalised name ending in an activity noun ("the 2023 Nursing Science Symposium", "the
# Surgical Morbidity and Mortality Educational Conference"), data/description_keys.json
NAMED = lazy_compile(
    r"(?P<name>(?:(?:19|20)\d\d\s+|\d{1,2}(?:st|nd|rd|th)\s+)?"
    r"(?:[A-Z][\w’'&/-]*\s+(?:\d{1,2}\s+)?"
    # a joint event's second ordinal after "and": "10th ECSACOP and 28th KAP … Conferences"
    r"(?:(?:of|and|for|in|on|&)\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?)?){1,8}?"
    r"(?:"
    + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"])
    # "… of Internal Medicine" after the noun, not a person ("Lecture of Dr …")
    + r")s?(?:\s+of\s+(?:the\s+)?(?!(?:Dr|Prof|Mr|Mrs|Ms)\b)"
    r"[A-Z][\w’'&-]*(?:\s+(?:and\s+)?[A-Z][\w’'&-]*){0,3})?"
    r"(?:\s+\([A-Z]{2,8}\))?(?:\s+(?:19|20)\d\d)?)(?![\w-])"
)
CAPITAL_NOUN = lazy_compile(
    r"(?:" + "|".join(w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"]) + r")"
)
# the longest such name from a given start ("Wound Care Certificate Course", not "… Certificate")
NAMED_LONG = lazy_compile(NAMED.pattern.replace("{1,8}?", "{1,8}", 1))


_HEADLINE_VERB = lazy_compile(
    r"\s(?:to\s+)?(?:"
    + "|".join(r"\s+".join(map(re.escape, v.split())) for v in TITLE_NOISE["headline_verbs"])
    + r")\s+(?:its\s+|the\s+|their\s+|an?\s+)?(?=[A-Z0-9])",
    re.IGNORECASE,
)


# a headline's verb in sentence case after its subject: present tense ("X holds conference in
# Y", "Centre launches diabetes initiative") or "to" and the verb ("X to start course in …")
SENTENCE_HEADLINE = lazy_compile(
    r"^[A-Z][\w’'&.,-]*(?:\s+[A-Z][\w’'&.,-]*){0,5}\s+(?:"
    + "|".join(
        r"\s+".join(map(re.escape, v.split()))
        for v in TITLE_NOISE["headline_verbs"]
        if v.endswith("s") or " " in v
    )
    + r"|to\s+(?:"
    + "|".join(
        r"\s+".join(map(re.escape, v.split()))
        for v in TITLE_NOISE["headline_verbs"]
        if not v.endswith("s")
    )
    + r"))\s+\S"
    # a subject in lower case, then the verb and where or when ("UK’s first course in heart
    # failure begins in London", "New wound clinic series opens at Lakeside"; a clause's
    # relative pronoun before the verb is a title's: "Care that begins at home")
    + r"|^[A-Z][\w’'&.,-]*(?:\s+(?!(?:that|which|who)\s)[a-z0-9][\w’'&.,-]*){1,10}\s+(?:"
    + "|".join(
        r"\s+".join(map(re.escape, v.split()))
        for v in TITLE_NOISE["headline_verbs"]
        if v.endswith("s") or " " in v
    )
    + r")\s+(?:in|at|on|this|next|today|tomorrow)\b"
)


# R-TI-32: a headline announcing that sign-up opens ("Registration Now Open for the 2031 X
# Conference", "Bookings open for X"): the event is the name after it
_SIGNUP_OPEN = lazy_compile(
    r"^(?:Registrations?|Enrol(?:l)?ments?|Bookings?|Tickets?)\s+(?:(?:is|are)\s+)?(?:now\s+)?"
    r"open(?:s|ed)?\s+(?:for|to)\s+(?:the\s+)?(?=[A-Z0-9])",
    re.IGNORECASE,
)


def headline_name(t: str) -> str | None:
    """The event a news headline reports ("Lakeside Hospital Hosts Annual Wound Symposium in
    Dayton" -> "Annual Wound Symposium"): a capitalised name ending in an activity noun after
    a headline verb (R-TI-6, data/title_noise.json 'headline_verbs'), or before a predicate."""
    if len(t.split()) > 16 or t.endswith(".") or ". " in t:
        return None  # a sentence of prose, not a headline
    opened = _SIGNUP_OPEN.match(t)
    if opened:
        named = NAMED_LONG.match(t, opened.end())
        return named["name"].strip() if named and named.end() == len(t.rstrip()) else None
    m = _HEADLINE_VERB.search(t)
    if not m or m.start() == 0:
        return _subject_name(t)
    named = NAMED_LONG.match(t, m.end())
    if named is None or len(named["name"].split()) < 2:
        return None
    # the report's "Two-Day" describes the event, no part of its name (R-TI-6)
    return _DURATION.sub("", named["name"].strip())


_DURATION = lazy_compile(
    r"^(?:\d{1,2}|one|two|three|four|five|half|full|multi)-day\s+(?=\S+\s+\S)", re.IGNORECASE
)


# after a headline's subject: an optional place ("in Abu Dhabi"), then a verb in the present
# tense ("Discusses", "Records") or "to" and a verb ("to Focus on …") and more words
_PREDICATE = lazy_compile(
    r"\s+(?:in\s+(?:[A-Z][\w’'-]*\s+){1,3})?(?:[A-Z][a-z]+s|to\s+[A-Za-z][a-z]+)\s+\S+\s+\S"
)


def _subject_name(t: str) -> str | None:
    """The event a headline is about when it is the headline's subject ("The 3rd Lakeside
    Diabetes Conference in Dayton Discusses New Devices" -> "3rd Lakeside Diabetes
    Conference"): a capitalised name ending in an activity noun, then a predicate (R-TI-6)."""
    if len(t.split()) < 6 or CAPITAL_NOUN.search(t) is None:
        return None  # a name of three words and a predicate of three; a capitalised noun
    start = 4 if t.startswith("The ") else 0
    named = NAMED_LONG.match(t, start)
    if named is None or len(named["name"].split()) < 3:
        return None
    return named["name"].strip() if _PREDICATE.match(t, named.end()) else None
