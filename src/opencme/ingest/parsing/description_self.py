"""More ways a paragraph speaks of the activity itself (docs/corpus.md "Description": the
first prose paragraph that does wins over one on the subject only; R-DE-2), beside
descriptions._SELF's "this course", "in this webinar":

- a provider's verb of putting the activity on before an article and an activity noun ("HMSDC
  has launched a diabetes program", "The society will host a two-day symposium", "organised a
  CME programme"): data/description_keys.json "announce_verbs";
- the activity's name, capitalised, ending in an activity noun, as a sentence's subject
  ("Tumour Board Conference is held every Monday", "The Lakeside Wound Course will …").

And a sentence that describes the activity (`describes_the_activity`): its subject the activity,
its verb one of data/description_keys.json "describing_verbs".
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.description_invite import speaks_of_activity
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

_NOUNS: list[str] = DESCRIPTION_KEYS["activity_nouns"]
_VERBS: list[str] = DESCRIPTION_KEYS["announce_verbs"]
_DESCRIBING: list[str] = DESCRIPTION_KEYS["describing_verbs"]

# up to eight words between the article and the noun: a full name ("will host the 4th Hill and
# 12th Lakeside Annual Scientific Conferences", "the launch of its pilot specialty-specific
# Self-Learning Module")
_ANNOUNCED = lazy_compile(
    r"\b(?:"
    + "|".join(map(re.escape, sorted(_VERBS, key=len, reverse=True)))
    + r")\s+(?:an?|its|their|the)\s+(?:[\w'’&-]+\s+){0,8}?(?:"
    + "|".join(map(re.escape, _NOUNS))
    + r")s?\b",
    re.IGNORECASE,
)
# case-sensitive: the name's words and its noun capitalised, at a sentence start, then a verb
_NAMED = lazy_compile(
    r"(?:^|(?<=[.!?] ))(?:[A-Z][\w'’-]*\s+){1,4}(?:"
    + "|".join(re.escape(n.capitalize()) for n in _NOUNS)
    + r")s?\s+(?:is|are|was|were|will)\b"
    # "The Quality and Safety in Wound Care microcredential has been designed …": a name in
    # title case (its short joining words in lower case) before the noun, after "The"
    # "The 21st Lakeside Wound Care Conference commenced …": an ordinal or a year leads the
    # name, and a news item's verbs of the activity taking place follow it
    + r"|(?:^|(?<=[.!?] ))The\s+(?:[A-Z][\w'’-]*|\d+(?:st|nd|rd|th)?)(?:\s+(?:[A-Z][\w'’-]*|of|"
    + r"and|in|for|on|&))"
    + r"{0,6}\s+(?:"
    + "|".join(re.escape(n) + "|" + re.escape(n.capitalize()) for n in _NOUNS)
    + r")s?\s+(?:is|are|was|were|will|has|have|opens|opened|commenced|commences|began|begins"
    + r"|took\s+place|takes\s+place|kicked\s+off|kicks\s+off)\b"
)


# the activity's aim stated with its full name ("The goal of the Lakeside Hospital Future Wound
# Care Symposium is to …"): a name of any length in title case before a capitalised noun
_AIM_NAMED = lazy_compile(
    r"\b(?:goal|aim|purpose)\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,8}(?:"
    + "|".join(re.escape(n.capitalize()) for n in _NOUNS)
    + r")\b"
)


# the activity's name in quotation marks, ending in an activity noun ("A colleague suggested
# “Cutting Edge: A Retina Podcast.”", "the free online event, ‘Myopia Today Webinar’")
_NOUN_END = (
    r"\b(?:"
    + "|".join(re.escape(n) + "|" + re.escape(n.capitalize()) for n in _NOUNS)
    + r")s?[.,]?"
)
_QUOTED_NAME = lazy_compile(
    rf"“[A-Z][^”]{{2,120}}?{_NOUN_END}”|\"[A-Z][^\"]{{2,120}}?{_NOUN_END}\""
    rf"|‘[A-Z][^‘]{{2,120}}?{_NOUN_END}’"
)
_QUOTES = ("“", '"', "‘")


def names_the_activity(text: str) -> bool:
    """`text` puts the activity on ("has launched a … program") or names it as a sentence's
    subject ("Cancer Conference is held …")."""
    return (
        _ANNOUNCED.search(text) is not None
        or _NAMED.search(text) is not None
        or ("of the " in text and _AIM_NAMED.search(text) is not None)
        or (any(q in text for q in _QUOTES) and _QUOTED_NAME.search(text) is not None)
        or speaks_of_activity(text)  # an invitation, another noun (description_invite.py)
    )


# a sentence whose subject is the activity ("This practice-based, 40 contact hour, course", "The
# GPCE program") and whose verb says what it does or holds
_DESCRIBES = lazy_compile(
    r"(?:this|the|our)\s+(?:[\w,'’-]+\s+){0,6}?(?:"
    + "|".join(map(re.escape, _DESCRIBING))
    + r")\b",
    re.IGNORECASE,
)


def describes_the_activity(sentence: str) -> bool:
    """`sentence` opens with the activity as subject and a verb saying what it does ("This
    course provides …", "The program delivers …"): a description's sentence, whatever credit
    word it holds in passing (R-DE-4)."""
    return _DESCRIBES.match(sentence) is not None


# a value whose first sentence says what the activity is ("Caring for Young Carers is a
# four-session course that …")
IS_AN_ACTIVITY = lazy_compile(
    r"^[^.!?]{0,120}?\b(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(map(re.escape, DESCRIPTION_KEYS["activity_nouns"]))
    + r")s?\b",
    re.IGNORECASE,
)


# what makes "<X> is an accredited … activity" a statement of credit, not a definition
_CREDIT_KIND = ("accredit", "approv", "certif", "eligib", "recogni")


def defines_activity(sentence: str) -> bool:
    """The sentence says what kind of activity its subject is ("<Name> is a 3-day course
    designed for …"), not that it is accredited ("<Name> is an approved self-assessment
    programme under …": a credit statement)."""
    m = IS_AN_ACTIVITY.match(sentence)
    return m is not None and not any(w in m[0].lower() for w in _CREDIT_KIND)
