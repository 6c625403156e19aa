"""An activity named "for" its learners in prose (R-AU-2, docs/corpus.md "Audience"): the
sentence's subject names the activity and its first "for" within a few words takes a plural
profession ("This continuing education course for healthcare professionals explores ...",
"The course will offer training for rural hygienists", "an update for GPs on ..."). Read only
when no lead phrase, title, serving verb, list line or invitation names the audience. Kept
apart from audience.py, which decides when this reading is used.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_serves import served
from opencme.ingest.parsing.lazyre import lazy_compile

# the activity named as a subject: a determiner, up to four words, an activity noun (or a
# noun for what a talk gives: "an update", "an introduction to X")
_SUBJECT = lazy_compile(
    r"\b(?:this|the|these|our|an?)\s+(?:[\w’'-]+,?\s+){0,4}?(?P<noun>activit(?:y|ies)|course|program|"
    r"programme|module|conference|symposium|workshop|training|webinar|seminar|series|lecture|"
    r"summit|congress|update|introduction|primer|refresher|masterclass|self-study)s?\b",
    re.IGNORECASE,
)
# its first "for" after a few words, no number between ("approved for 2 credits")
_FOR = lazy_compile(
    r"(?P<gap>(?:\s+[^\s.;:!?\d]+){0,3}?)\s+for\s+(?:the\s+)?(?P<obj>[A-Z]?[\w’'-].*)", re.S
)
# people who are not learners of the activity: those it is about or who just attend
_NOT_AUDIENCE = frozenset(
    (
        "patients",
        "participants",
        "learners",
        "attendees",
        "children",
        "families",
        "parents",
        "people",
        "individuals",
        "members",
        "adults",
        "women",
        "men",
        "users",
        "delegates",
    )
)
# a verb of credit or permission between the subject and "for": a statement, not an audience
# or a word of price or credit ("The course fee for residents is", "free for members")
_STATEMENT = lazy_compile(
    r"\b(?:approved|accredited|designated|eligible|recognized|valid|fees?|price|prices|costs?|"
    r"rates?|registration|discount(?:ed)?|tuition|free|credits?|hours|points)\b",
    re.IGNORECASE,
)


# a verb of holding or offering the activity before "for", in the passive ("The Harbour Review
# Course (HRC) is organized biennially for residents", "The Pebble Update is held each spring
# for practice nurses"): prose about the activity, its name capitalised or not
_HELD_FOR = lazy_compile(
    r"(?P<gap>\s+(?:\([^()]{1,20}\)\s+)?(?:is|are|was|were|will\s+be)\s+(?:\w+ly\s+)?"
    r"(?:organi[sz]ed|held|offered|run|hosted|delivered|presented|conducted|provided)"
    r"(?:\s+\w+ly|\s+(?:each|every)\s+\w+|\s+annually)?)\s+for\s+(?:the\s+)?(?P<obj>[A-Z]?[\w’'-].*)",
    re.S,
)


# a price of the activity as the sentence's subject ("The discounted rate for this course is
# for students", "Registration for this course for nurses opens"); "This free CE activity for
# X" is the activity's
_PRICE_OF = lazy_compile(
    r"\b(?:fees?|price|prices|costs?|rates?|registration|discount(?:ed)?|tuition|payment)\b",
    re.IGNORECASE,
)


def activity_for(text: str) -> list[str]:
    """The professions after the first "for" that follows the activity named as subject."""
    if " for " not in text:
        return []
    for m in _SUBJECT.finditer(text):
        held = _HELD_FOR.match(text, m.end())
        if not m["noun"].islower() and not held:
            continue  # a name ("the Nutrition Program for Women"), not prose about the activity
        f = held or _FOR.match(text, m.end())
        if not f or _STATEMENT.search(f["gap"]):
            continue
        sentence = text.rfind(". ", 0, m.start()) + 1  # this sentence's words only
        if _PRICE_OF.search(text, max(sentence, m.start() - 30), m.start("noun")):
            continue  # "The discounted rate for this course is for students": a price's
        items = served(" ".join(re.split(r"[.;:!?]", f["obj"], maxsplit=1)[0].split()[:12]))
        if items and not any(i.split()[-1] in _NOT_AUDIENCE for i in items):
            return items
    return []
