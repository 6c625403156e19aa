"""Faculty in a report of talks given (R-PE-18): a news item or a caption tells, in the past or
the present tense, who taught at the event, or names the speakers in apposition.

Three shapes, each a class of sentence, not of phrase:
- a person as the subject of a verb of giving a talk on something: "presented on / at / to",
  "spoke on / at / during", "lectured on", "speaks at" (a photo caption: "Fellowship director
  Ana Roe speaks at the annual symposium"); a bare name counts (a job title before it goes, as
  in R-PE-5);
- a person with credentials or a title as the subject of a verb of teaching a subject:
  "covered", "reviewed", "demonstrated", "taught", "moderated", "facilitated", "offered opening
  remarks" ("Transplant surgeon Bo Li, MD, covered pulmonary hypertension"); without
  credentials such a subject is as often a commentator or an official, so none is read, and
  verbs that introduce a quote or a comment ("explained", "described", "outlined",
  "discussed") name a commentator as often as a teacher: none is read;
- names set as speakers in apposition: "two alumni, A and B, as featured speakers", "A and
  B as our keynote presenters".
The subject is the run of names right before the verb (joined by commas or "and", each maybe
with credentials, the last maybe with an appositive between commas); a verb of awards
("presented the award"), a ceremony's vote of thanks and a subject's post after a comma that
no comma closes ("Dr A, Administrator, X spoke about …") give none.
"""

from __future__ import annotations

from opencme.ingest.parsing.faculty import _CRED_WORD, people_at
from opencme.ingest.parsing.faculty_news import _RUN, _name
from opencme.ingest.parsing.lazyre import lazy_compile

# a verb of giving a talk on something: a bare name may be its subject
_TALK = (
    r"(?:present(?:s|ed)\s+(?:on|about|at|during)|"
    r"present(?:s|ed)\s+(?:a|an|his|her|their|the)\s+(?:talk|lecture|keynote|session|paper|"
    r"workshop|seminar|webinar|overview|case|update)|"
    r"(?:spoke|speaks)\s+(?:on|at|about|during)|lectur(?:ed|es)\s+(?:on|about|at))\b"
    # not a news idiom: "on behalf of", "on condition of anonymity", "on the phone / record"
    r"(?!\s+(?:behalf|condition|the\s+(?:phone|telephone|record|sidelines)))"
)
# a verb of teaching a subject: only a person with credentials or a title
_TEACH = (
    r"(?:covered|reviewed|demonstrated|taught|moderated|facilitated|offered\s+(?:the\s+)?(?:opening|closing|welcoming|welcome|"
    r"introductory)\s+remarks)\b"
)
_VERB = lazy_compile(rf"\s(?:(?P<talk>{_TALK})|(?P<teach>{_TEACH}))")
# speakers in apposition after the names
_AS_SPEAKERS = lazy_compile(
    r",?\s+as\s+(?:our\s+|the\s+|this\s+year['’]s\s+)?(?:featured\s+|keynote\s+|guest\s+|"
    r"invited\s+|plenary\s+|main\s+|expert\s+)?(?:speakers|presenters|lecturers|facilitators|"
    r"panell?ists)\b"
)
_CHEAP = (
    "present",
    "spoke",
    "speaks",
    "lectur",
    "covered",
    "reviewed",
    "demonstrated",
    "taught",
    "moderated",
    "facilitated",
    "remarks",
    "speakers",
    "presenters",
    "lecturers",
    "facilitators",
    "panel",
)
_SENTENCE = lazy_compile(r"(?<!\bDr)(?<!\bDrs)(?<!\bProf)(?<!\bSt)(?<!\b[A-Z])[.!?]\s+(?=[A-Z“\"])")
# what joins two names of one subject
_JOIN = lazy_compile(r"^(?:,\s*(?:[A-Z][A-Za-z.\-/]{0,12},?\s*){0,6})?\s*(?:,|and|&|,\s*and)\s*$")


def reported_people(text: str) -> list[str]:
    """The people a line of prose reports as having taught (module docstring), in order."""
    low = text.lower()
    if not any(w in low for w in _CHEAP):
        return []
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        if len(sentence) > 600:
            continue
        for m in _VERB.finditer(sentence):
            out.extend(_subject(sentence[: m.start()], sure_only=m.group("teach") is not None))
        for m in _AS_SPEAKERS.finditer(sentence) if " as " in sentence else ():
            out.extend(_subject(sentence[: m.start()], sure_only=False))
    return out


def _subject(head: str, sure_only: bool) -> list[str]:
    """The people ending `head` (the run of names before a verb), each with its credentials."""
    runs: list[tuple[str, int, int]] = []
    for r in _RUN.finditer(head):
        name = _name(r.group(), head[: r.start()])
        if name:
            runs.append((name, r.start(), r.end()))
        else:
            runs.append(("", r.start(), r.end()))
    while runs and not runs[-1][0] and _credentials(head[runs[-1][1] : runs[-1][2]]):
        runs.pop()  # "… Bo Li, MD, PhD,": the credentials after the name
    if not runs or not runs[-1][0]:
        return []
    tail = head[runs[-1][2] :].strip()
    if tail and not _credentials(tail) and not _appositive(tail):
        return []
    people = [runs[-1]]
    for prev in reversed(runs[:-1]):
        if not prev[0] and _credentials(head[prev[1] : prev[2]]):
            continue  # "A, MD and B, RN": the credentials between two people
        gap = head[prev[2] : people[0][1]]
        if not prev[0] or not _JOIN.match(gap):
            break
        people.insert(0, prev)
    out: list[str] = []
    for name, _start, end in people:
        at = head.rfind(name, 0, end)
        found = people_at(head[at:]) if at >= 0 else []
        whole = found[0] if found and found[0].startswith(name.split()[0]) else ""
        if whole:
            out.append(whole)  # with its credentials or its title
        elif not sure_only:
            out.append(name)
    return out


def _credentials(tail: str) -> bool:
    """`tail` is post-nominal letters only (", MD, PhD,"), no post ("Administrator")."""
    tokens = [t for t in tail.replace(",", " ").split() if t]
    return bool(tokens) and len(tokens) <= 6 and all(_CRED_WORD.fullmatch(t) for t in tokens)


def _appositive(tail: str) -> bool:
    """An appositive set off by commas ("Ana Roe, a nurse educator at X, presented"), maybe
    after credentials."""
    return tail.startswith(",") and tail.endswith(",") and len(tail) <= 160 and ";" not in tail
