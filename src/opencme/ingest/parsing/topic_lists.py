"""Sentences that list the topics an activity covers, as a zone for proposing topics.

docs/corpus.md "Topics": a topic is stated when the activity's subject names it, and "one
objective or session among many naming a topic" gives the topic. Conference pages and news of a
meeting often say what the programme covers in a sentence whose subject is the activity's
topics, not the activity: "General topic areas include anatomy, sedation and patient safety",
"Other highlights of the programme are new antibiotics and HIV care", "the theme of the
conference ... encompasses several topics: malaria, tuberculosis and HIV". The words after the
verb are the activity's subjects (so "such as" there is no passing mention).

Three shapes are read, all about the activity and never about a person:
- the topics at the head of a sentence ("Key topics include", "Conference themes are"), with
  at most two modifiers of a closed set (no possessive: "Her research topics include" is a
  biography);
- the topics "of the <activity>" anywhere in a sentence ("the highlights of the CME programme
  are", "the theme of the conference ... encompasses");
- the activity's parts on a list of subjects ("learning activities related to professionalism,
  ethics, jurisprudence and …", "sessions covering triage, airway care and sepsis").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_HEAD_NOUN = (
    r"(?:topics?|topic\s+areas|subject\s+areas|themes?|sub-?themes|highlights|"
    r"areas\s+of\s+focus|focus\s+areas)"
)
# "subjects" heads a topics sentence only with a modifier ("Key subjects are"): alone it is
# more often a study's participants ("Subjects are recruited from ...")
_NOUN = rf"(?:{_HEAD_NOUN}|subjects)"
_VERB = r"(?:will\s+)?(?:include|includes|are|encompass(?:es)?|covers?|cover|span|range\s+from)"
_MODIFIER = (
    r"(?:other|general|key|main|major|core|specific|additional|selected|important|featured|"
    r"conference|course|session|program(?:me)?|meeting|symposium|workshop|webinar|scientific|"
    r"clinical|educational)"
)
_ACTIVITY = (
    r"(?:conference|congress|program(?:me)?|meeting|symposium|course|workshop|webinar|"
    r"activity|event|summit|seminar|session|series|CME|CPD)"
)
# "covered", "to be discussed in this course" between the topics and the verb
_PARTICIPLE = (
    r"(?:(?:to\s+be\s+)?(?:covered|discussed|addressed|presented)"
    r"(?:\s+(?:in|at|during)\s+(?:this|the)\s+[\w-]+)?\s+)?"
)
_HEAD = lazy_compile(
    rf"^(?:[-•*·]\s*)?(?:the\s+)?(?:(?:{_MODIFIER}\s+){{0,2}}{_HEAD_NOUN}|"
    rf"(?:{_MODIFIER}\s+){{1,2}}subjects)\s+{_PARTICIPLE}{_VERB}\b\s*:?\s*",
    re.IGNORECASE,
)
_OF_ACTIVITY = lazy_compile(
    rf"\b{_NOUN}\s+of\s+(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?{_ACTIVITY}\b[^.;:]{{0,60}}?"
    rf"\s{_VERB}\b\s*:?\s*",
    re.IGNORECASE,
)
# the activity's parts on a list of subjects: "learning activities related to professionalism,
# ethics, jurisprudence and …", "sessions covering triage, airway care and …", "modules
# addressing X, Y and Z" (a list: two commas or more after it; "sessions on Zoom" is none)
_PARTS_ON = lazy_compile(
    r"\b(?:learning\s+activities|activities|sessions|modules|lectures|presentations|units|"
    r"workshops|content|readings|case\s+studies)\s+(?:(?:that\s+are\s+)?related\s+to|relating\s+to|"
    r"covering|addressing|focus(?:s?ed|s?ing)\s+on|in\s+the\s+areas?\s+of)\s+"
    r"(?=[^.;:]*,[^.;:]*,)",
    re.IGNORECASE,
)
_SENTENCE = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z(\"“‘])")
_GUARDS = (
    "topic",
    "theme",
    "highlight",
    "subject",
    "focus",
    "relat",
    "covering",
    "addressing",
    "areas",
)


def topic_list_sentences(doc: Doc) -> list[tuple[int, str]]:
    """(line, the words after the verb) of every sentence listing the activity's topics."""
    if not any(g in doc.low for g in _GUARDS):
        return []
    out = []
    for ln in doc.lines:
        low = ln.text.lower()
        if not any(g in low for g in _GUARDS):
            continue
        for sentence in _SENTENCE.split(ln.text.strip()):
            m = _HEAD.match(sentence) or _OF_ACTIVITY.search(sentence) or _PARTS_ON.search(sentence)
            if m and m.end() < len(sentence):
                out.append((ln.no, sentence[m.end() :]))
    return out
