"""An activity taken part in together, said so without a date (R-FO-13; docs/corpus.md
"Format"):

- named in-person: "This one-day, in-person course", "This is a face-to-face workshop", "our
  classroom-based training", "this on-site study day" (ACCME: a live activity is one the learner
  takes part in at the time; in person is its first way);
- reported as held: news of an event that took place, was held, commenced or opened at a place
  or on a day ("The CNE programme … commenced at the University here on Monday", "It took place
  between January 16-19", "participants gathered at the Royal Society for the start of the
  course", "Yesterday was the first day of the 5th Annual Wellness Retreat").

Credit for reviewing a manuscript named in prose is ACCME's "Manuscript Review" (R-FO-14):
"the … Manuscript Review activity", "completing a peer review of a manuscript for the Journal
… eligible for … Credit", "credit for reviewing manuscripts"; "peer-reviewed manuscripts" (what
a journal publishes) is none.

A course that "began in 2010" or "began in September" (no place, no day), one "organised by"
a body, or one that "was recorded / presented" (a recording, R-FO-2) is none.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.dates import clock_time
from opencme.ingest.parsing.format_cues import because
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_ACTIVITY = (
    r"(?:course|workshop|training|session|seminar|class|event|program(?:me)?|study\s+day|day|"
    r"masterclass|lecture|conference|meeting|symposium|retreat|bootcamp|practical)s?"
)
# "this" or "our" before it: the activity itself, not one part of it ("4.25 hours of face-to-face
# training", "3. Face to face Workshop: 6 hours" after online modules)
_IN_PERSON = lazy_compile(
    r"\b(?:this|our)\s+(?:is\s+(?:an?\s+)?)?(?:[\w-]+,?\s+){0,2}?"
    r"(?:in[\s-]person|face[\s-]to[\s-]face|classroom[\s-]based|on[\s-]site)\s*,?\s+"
    r"(?:(?:hands[\s-]on|interactive|practical|clinical|one[\s-]day|two[\s-]day|full[\s-]day)\s+)?"
    + _ACTIVITY
    + r"\b",
    re.IGNORECASE,
)
# (a near miss: "in-person or online course", "face-to-face or virtual": either way is R-FO-7)
_EVENT = (
    r"(?:course|workshop|training|seminar|programme|program|conference|congress|symposium|"
    r"summit|convention|meeting|retreat|forum|CNE|CME|CPD|event|study\s+day|masterclass)"
)
_HELD_VERB = (
    r"(?:took\s+place|was\s+held|were\s+held|commenced|began|opened|kicked\s+off|got\s+under\s*way"
    r"|concluded|was\s+inaugurated)"
)
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_WHEN_OR_WHERE = (
    r"(?:at\s+(?:the\s+)?(?-i:[A-Z])|in\s+(?!" + _MONTH + r"\b)(?-i:[A-Z])|here\b|on\s+(?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|\d)|(?:on|between|from)\s+(?:"
    + _MONTH
    + r"|\d)|yesterday|today|last\s+(?:week|month)|this\s+(?:week|morning))"
)
_HELD = lazy_compile(
    # "the CNE programme … commenced at Shri Vale University", "It took place between January"
    rf"\b(?:{_EVENT}|it)\b[^.]{{0,160}}?\b{_HELD_VERB}\s+(?:\w+\s+){{0,3}}?{_WHEN_OR_WHERE}"
    # "participants gathered at the Royal Society … for the start of the course"
    rf"|\b(?:participants|delegates|attendees|nurses|doctors|clinicians)\s+(?:\w+\s+)?gathered\s+"
    rf"(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[^.]{{0,120}}?\b{_EVENT}\b"
    # "Yesterday was the first day of the 5th Annual Wellness Retreat"
    rf"|\b(?:yesterday|today|this\s+morning)\s+(?:was|is|marked)\s+the\s+(?:first|opening|second"
    rf"|third|final|last|closing)\s+day\s+of\s+(?:the|our)\s+[^.]{{0,80}}?\b{_EVENT}\b",
    re.IGNORECASE,
)
_EITHER = lazy_compile(r"\b(?:or|and)\s+(?:online|virtual|virtually|remote|via)\b", re.IGNORECASE)


def in_person_activity(doc: Doc) -> bool:
    """The activity is named in-person ("an in-person course"), not one way of two."""
    low = doc.low
    if "person" not in low and "face" not in low and "classroom" not in low and "site" not in low:
        return False
    for m in _IN_PERSON.finditer(doc.flat):
        if not _EITHER.match(doc.flat, m.end()) and not _EITHER.search(
            doc.flat[m.start() : m.end()]
        ):
            return True
    return False


def reported_held(doc: Doc) -> bool:
    """A report that the event took place at a place or on a day."""
    low = doc.low
    if not any(
        w in low
        for w in ("place", "held", "commenced", "began", "opened", "kicked", "under way",
                  "underway", "concluded", "inaugurated", "gathered", "day of")
    ):  # fmt: skip
        return False
    return doc.has(_HELD)


# taken at the learner's own time (R-FO-13): "It is pre-recorded so you can take the course at
# your own pace", "Click the play button on the title slide to launch the webinar"; a live webinar's
# "Click here to join the webinar" is none, and a launch on a page with a clock time may be a
# live session's
_OWN_PACE = lazy_compile(
    r"\bpre-?recorded\b|\bat\s+(?:your|their|one['’]s|the\s+learner['’]s)\s+own\s+pace\b"
    # "You can complete the programme in any order", "complete the modules at any time"
    r"|\bcomplete\s+(?:the|this|each)\s+(?:programme|program|course|modules?|activity|cases?)\s+"
    r"(?:in\s+any\s+order|at\s+any\s+time|anytime|whenever\s+you)\b",
    re.IGNORECASE,
)
_LAUNCH = lazy_compile(
    r"\b(?:click|press|select)\b[^.]{0,60}?\bto\s+(?:launch|start|begin|play)\s+(?:the\s+)?"
    r"(?:webinar|course|module|presentation|video|activity|lesson)\b",
    re.IGNORECASE,
)


def self_paced(doc: Doc) -> bool:
    """The learner takes it at their own time: pre-recorded, at their own pace, or launched by
    a click on a page with no clock time."""
    low = doc.low
    if ("recorded" in low or "own pace" in low or "complete" in low) and doc.has(_OWN_PACE):
        return True
    launched = ("launch" in low or "begin" in low or "start" in low) and doc.has(_LAUNCH)
    return launched and not clock_time(doc)


def held_live(doc: Doc) -> bool:
    """Named in person or reported held: live (noted for the diagnostics)."""
    if in_person_activity(doc):
        because(doc, "format", "named in person", _IN_PERSON)
        return True
    if reported_held(doc):
        because(doc, "format", "reported held", _HELD)
        return True
    return False


_REVIEW = lazy_compile(
    r"\bmanuscript\s+review\s+(?:activity|activities|credit|program(?:me)?)\b"
    r"|\b(?:complet\w*|perform\w*|submit\w*)\s+(?:a|the|your)\s+(?:peer\s+)?review\s+of\s+"
    r"(?:a|the)\s+manuscript\b[^.]{0,120}?\b(?:credit|CME|CE)\b"
    r"|\bcredit\s+for\s+(?:\w+\s+)?(?:reviewing|peer[\s-]reviewing)\s+(?:\w+\s+)?manuscripts?\b"
    r"|\b(?:CME|CE)\s+credit\s+for\s+(?:each|every|a)\s+manuscript\s+review\b",
    re.IGNORECASE,
)


def manuscript_review(doc: Doc) -> bool:
    """The page names credit for reviewing a manuscript (noted for the diagnostics)."""
    if "manuscript" not in doc.low or not doc.has(_REVIEW):
        return False
    because(doc, "format", "manuscript review named", _REVIEW)
    return True
