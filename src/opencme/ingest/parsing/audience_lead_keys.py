"""Audience headings written as a lead phrase or a question (R-AU-1; docs/corpus.md
"Audience").

Sites head the list of whom an activity is for with the words of a lead phrase ("Suitable for:
GPs, practice nurses", "Ideal for: dentists", "Open to:", "Aimed at:", "Relevant to:",
"Recommended for:", "Geared toward:") or with a question ("Who is this course for?", "Who
will benefit?", "Who should take this workshop?"). Such a line is an audience key, as
"Target audience:" is: its value, or the list under it, names the audience when it names
people (audience.py checks). Kept to a whole key or a short line: a lead phrase inside a
sentence is read by audience_lead.py.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile

# a key of a lead phrase: an adjective or participle of fitting, its preposition
_LEAD_KEY = (
    r"(?:(?:ideally|especially|particularly|best|well|primarily|mainly|specifically)\s+)?"
    r"(?:suitable|suited|ideal|appropriate|relevant|recommended|geared|tailored|aimed|"
    r"targeted|directed|intended|designed|open|of\s+(?:particular\s+)?interest|perfect|"
    r"great|useful)\s+(?:for|to|at|toward|towards)"
)
# the activity a question may name ("this course", "the workshop", "our webinars")
_ACTIVITY = (
    r"(?:\s+(?:this|these|the|our)(?:\s+[\w-]+){0,2}?\s+(?:course|program|programme|workshop|"
    r"webinar|module|training|seminar|session|event|conference|symposium|masterclass|series|"
    r"activity|class|lecture|certificate|e-?learning|day)s?)"
)
# a question of whom it is for ("Who is this course for?", "Who will benefit?", "Who should
# take this workshop"); one naming something else ("Who can attend the clinic?") is not
_WHO = (
    r"who\s+(?:is|are)(?:\s+(?:it|this|these)|" + _ACTIVITY + r")\s+(?:for|aimed\s+at)"
    r"|who\s+(?:it|this)\s+is\s+for"
    r"|who\s+(?:will|would|should|can|could|might|may)\s+(?:benefit(?:\s+from)?|attend|"
    r"participate(?:\s+in)?|take\s+part(?:\s+in)?|take|enrol(?:l)?(?:\s+in)?|register(?:\s+for)?|"
    r"join|do)(?:" + _ACTIVITY + r")?"
)
LEAD_KEY = lazy_compile(r"(?:" + _LEAD_KEY + "|" + _WHO + r")\s*[?:]?", re.IGNORECASE)
# the first words a lead key may have (a cheap test before the pattern)
_FIRST = frozenset(
    (
        "ideally",
        "especially",
        "particularly",
        "best",
        "well",
        "primarily",
        "mainly",
        "specifically",
        "suitable",
        "suited",
        "ideal",
        "appropriate",
        "relevant",
        "recommended",
        "geared",
        "tailored",
        "aimed",
        "targeted",
        "directed",
        "intended",
        "designed",
        "open",
        "of",
        "perfect",
        "great",
        "useful",
        "who",
    )
)


# people an activity's heading names who are not its learners (docs/corpus.md "Audience":
# patients, participants or learners after "for" are no audience): "Who will benefit?" over
# "Patients with chronic pain" speaks of the care, not the course
_NOT_LEARNERS = frozenset(
    ("patients", "patient", "clients", "children", "adolescents", "families", "parents")
)


def names_no_learners(items: list[str]) -> bool:
    """An item of the list is people the activity serves, not teaches ("patients with X")."""
    return any(w in _NOT_LEARNERS for i in items for w in i.split()[:3])


_BULLET = lazy_compile(r"^\s*[•▪●◦‣∙·*-]\s+")


def lead_key(ln: Line) -> bool:
    """The line is an audience heading written as a lead phrase or a question: its key
    ("Suitable for: X") or, unkeyed, the whole short line ("Who will benefit?")."""
    text = ln.raw_key if ln.raw_key is not None else ln.text
    if ln.key or not text or len(text) > 64 or (ln.raw_key is None and ln.value):
        return False
    text = _BULLET.sub("", text).strip()  # a heading set as a list item ("• Open to")
    space = text.find(" ")
    if space < 0 or text[:space].lower() not in _FIRST:
        return False
    return LEAD_KEY.fullmatch(text) is not None
