"""The agent phrases after which prose names the people who teach (R-PE-3, R-PE-9).

Three shapes, each a class of sentence:
- a participle of teaching and "by" ("presented by", "led by", "facilitated by", "convened
  by"), a bare "by" (faculty_prose decides whose act it is), "featuring", "with", "join",
  "welcome";
- a role noun and its verb, the names after it ("Our speakers include", "Your tutor for the
  day is", "The course convenor will be");
- a role noun in apposition, the name right after it and a comma, a colon or a dash, behind a
  determiner that makes the noun a title of the person who follows ("Our keynote speaker,
  Professor Ana Roe, will open …", "Your instructor: Bo Li RN", "This year's guest lecturer —
  Dr Cy Ng").
The role nouns are those of teaching in American, British and Australasian use (speaker,
presenter, lecturer, tutor, convenor, facilitator, moderator, panellist, keynote, course
leader). The names themselves must carry credentials or an honorific (faculty.people_at), so a
phrase before an organisation ("hosted by the Hill Nurses Association") names no one.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile


def _grouped(alternatives: str) -> str:
    """The alternation `alternatives` ("a|b|…", each opening with a literal letter) grouped by
    that letter, each group's alternatives in their order: the same matches, fewer tries at
    each place (as fastre.literal_alternation does for plain words)."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives.split("|"):
        groups.setdefault(alt[0], []).append(alt[1:])
    return "(?:" + "|".join(f"{c}(?:{'|'.join(rest)})" for c, rest in groups.items()) + ")"


PARTICIPLES = (
    "presented|led|co-led|hosted|co-hosted|moderated|co-moderated|facilitated|co-facilitated|"
    "taught|co-taught|delivered|given|written|authored|created|developed|convened|run"
)
NOUNS = (
    r"speakers?|presenters?|trainers?|instructors?|authors?|facilitators?|lecturers?|hosts?|"
    r"faculty|experts?|panell?ists?|tutors?|educators?|moderators?|teachers?|convenors?|"
    r"conveners?|keynotes?|course\s+leaders?|workshop\s+leaders?|session\s+leaders?|"
    r"programme\s+leaders?|program\s+leaders?|discussants?"
)
_PARTICIPLE = _grouped(PARTICIPLES)
_NOUN = _grouped(NOUNS)
_VERB = r"is|was|are|were|will\s+be|include|includes|included|including"
# a determiner that makes the role noun a title: "our", "your", "the", "today's", "this
# year's"; up to two words between it and the noun ("our invited keynote speaker")
_TITLE = (
    r"(?:our|your|the|today['’]s|this\s+(?:year|week|month|session)['’]s)\s+(?:[a-z-]+\s+){0,2}?"
)
AGENT_PATTERN = (
    rf"(?:\b(?:{_PARTICIPLE})\s+by|\bfeaturing|\bwith|\bjoin|\bfrom|\bby|\bwelcome"
    rf"|\b{_TITLE}(?:{_NOUN})\s*(?:,|:|[–—]|\s-)"
    rf"|\b(?:{_NOUN})\b[^.]{{0,50}}?\b(?:{_VERB})"
    # "include" further on: "The invited speakers and resource persons at the first CNE
    # organised by X included Prof A, …" (R-PE-14)
    rf"|\b(?:{_NOUN})\b[^.]{{50,110}}?\b(?:include|includes|included))"
    r"[\s:]+"
)
AGENT = lazy_compile(AGENT_PATTERN, re.IGNORECASE)
