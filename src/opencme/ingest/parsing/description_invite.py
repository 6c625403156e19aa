"""More wordings of a paragraph speaking of the activity itself (docs/corpus.md "Description":
the first prose paragraph that does wins; R-DE-8), as other sites write them:

- an invitation to the activity: "Join us for an afternoon of …", "Please join us at …",
  "You are warmly invited to join us for …", "We are delighted to welcome you to …";
- an activity noun the shared list lacks (British and Commonwealth usage among them): a
  "masterclass", "bootcamp", "study day", "retreat", "colloquium", "tutorial", "journal club",
  "e-learning", after a determiner ("This masterclass explores …", "The study day offers …",
  "In this tutorial, you will …") or ending the activity's capitalised name before a verb ("The
  Harbour Study Day offers …");
- the activity convening its people: "The <activity> brings together / gathers / unites …".
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

# activity nouns beside data/description_keys.json "activity_nouns" (read by other fields too)
EXTRA_NOUNS = (
    "masterclass",
    "masterclasses",
    "master class",
    "master classes",
    "bootcamp",
    "boot camp",
    "study day",
    "study days",
    "retreat",
    "colloquium",
    "colloquia",
    "symposia",
    "tutorial",
    "journal club",
    "e-learning",
    "elearning",
    "grand round",
    "short course",
    "teach-in",
    "hackathon",
)
_EXTRA = "|".join(r"[\s-]+".join(map(re.escape, n.split())) for n in EXTRA_NOUNS)
# "this masterclass", "the two-day study day", "in this tutorial", "our journal club", "… is a
# one-day masterclass"
_DETERMINED = lazy_compile(
    r"\b(?:this|the|our|each|these|(?:is|are|will\s+be)\s+(?:an?|the))\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + _EXTRA
    + r")s?\b",
    re.IGNORECASE,
)
# what "join us" goes on to: the activity ("for an afternoon of …", "at the Harbour Hotel", "as
# we explore …", "online"), not the organisation ("as a member", "on Facebook")
_JOIN_WHAT = (
    r"(?:for|at|online|virtually|live|this|from|on\s+(?!facebook|twitter|linkedin|instagram|"
    r"youtube|social|x\b)|as\s+(?!an?\s+(?:member|volunteer|supporter|partner|sponsor|donor)))\b"
)
# an invitation to the activity ("Join us for …", "Please join us at …", "You are (warmly)
# invited to join us", "We are delighted to welcome you to …")
_INVITATION = lazy_compile(
    r"(?:^|(?<=[.!?] ))(?:please\s+)?join\s+us\s+"
    + _JOIN_WHAT
    + r"|\byou\s+are\s+(?:\w+ly\s+)?invited\s+to\s+join\s+us\b"
    r"|\bwe\s+(?:are|'re)\s+(?:\w+\s+)?(?:delighted|pleased|excited|thrilled|proud|happy)\s+to"
    r"\s+(?:welcome|invite)\s+you\s+to\b",
    re.IGNORECASE,
)
# the activity as subject convening its people ("The Lakeside Masterclass brings together …")
_CONVENES = lazy_compile(
    r"\b(?:this|the)\s+(?:[\w'’-]+\s+){0,5}?(?:" + _EXTRA + r")s?\s+(?:will\s+)?(?:brings?|"
    r"gathers?|unites?|convenes?|bring|gather|unite|convene)\b",
    re.IGNORECASE,
)


def speaks_of_activity(text: str) -> bool:
    """`text` speaks of the activity in a wording descriptions._SELF does not read: an
    invitation to it, or one of EXTRA_NOUNS after a determiner."""
    low = text.lower()
    return bool(
        ("join" in low or "welcome" in low or "invite" in low)
        and _INVITATION.search(text) is not None
    ) or (_DETERMINED.search(text) is not None or _CONVENES.search(text) is not None)


# a short paragraph that opens with the activity in these words ("This masterclass covers …",
# "Join us for …"; descriptions._short_lead reads one from 60 characters)
_OPENS = lazy_compile(
    r"^(?:(?:in|during|through)\s+)?(?:this|the)\s+(?:[\w'’-]+\s+){0,3}?(?:" + _EXTRA + r")s?\b"
    r"|^(?:please\s+)?join\s+us\s+" + _JOIN_WHAT,
    re.IGNORECASE,
)


def opens_with_activity(text: str) -> bool:
    """`text` opens with the activity in EXTRA_NOUNS' words or an invitation to it."""
    return _OPENS.match(text) is not None


# "please join us": an invitation to the activity, no request put on the reader (the
# not-description word "please ")
PLEASE_JOIN = lazy_compile(r"\bplease\s+(?=join\s+us\b)")
