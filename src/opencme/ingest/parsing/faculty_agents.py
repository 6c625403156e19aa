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

_PARTICIPLE = (
    r"presented|led|co-led|hosted|co-hosted|moderated|co-moderated|facilitated|co-facilitated|"
    r"taught|co-taught|delivered|given|written|authored|created|developed|convened|run"
)
_NOUN = (
    r"speakers?|presenters?|trainers?|instructors?|authors?|facilitators?|lecturers?|hosts?|"
    r"faculty|experts?|panell?ists?|tutors?|educators?|moderators?|teachers?|convenors?|"
    r"conveners?|keynotes?|(?:course|workshop|session|programme|program)\s+leaders?|discussants?"
)
_VERB = r"is|was|are|were|will\s+be|include|includes|included|including"
# a determiner that makes the role noun a title: "our", "your", "the", "today's", "this
# year's"; up to two words between it and the noun ("our invited keynote speaker")
_TITLE = (
    r"(?:our|your|the|today['’]s|this\s+(?:year|week|month|session)['’]s)\s+(?:[a-z-]+\s+){0,2}?"
)
AGENT = re.compile(
    rf"(?:\b(?:{_PARTICIPLE})\s+by|\bfeaturing|\bwith|\bjoin|\bfrom|\bby|\bwelcome"
    rf"|\b{_TITLE}(?:{_NOUN})\s*(?:,|:|[–—]|\s-)"
    rf"|\b(?:{_NOUN})\b[^.]{{0,50}}?\b(?:{_VERB}))"
    r"[\s:]+",
    re.IGNORECASE,
)
