"""The people a page says attend or attended the activity (R-AU-2, docs/corpus.md "Audience"):
a report or an announcement names them as the subject of a verb of attending ("Nearly 300
podiatrists are due to attend this meeting", "Physicians, scientists and
other providers convened to discuss ...", "Some 1,500 midwives will be gathering for the
workshops", "Dietitians can participate in the congress") or as the object of the activity
drawing them ("The symposium brought together cardiologists, surgeons and nurses", "The
summit attracted more than 400 paramedics"). A count before the people ("nearly 300",
"dozens of"), an abbreviation in brackets after them ("(PAs)") and a place after the last
of them ("from across the country") are no part of an item; "other X" keeps its place as its
clause (R-AU-3). Whoever comes by name only ("delegates", "participants"), members (a price
tier: "Members can attend for free") and people there for another part than learning
("speakers", "exhibitors") name no audience. A verb in a relative clause ("physicians who
attend") or a subordinate one ("If nurses attend ...") is not the sentence's. Read only when
nothing else names the audience; kept apart from audience.py, which decides when.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience_heads import names_people
from opencme.ingest.parsing.audience_items import clause_items
from opencme.ingest.parsing.lazyre import lazy_compile

# a verb of attending after its subject: an auxiliary or a phrase of expecting or being able
# before it ("are expected to", "will be gathering to", "were able to"), then the verb
_ATTEND = lazy_compile(
    r"\s+(?:(?:will|can|may|could|would|also|now|all|each\s+year|again|then)\s+)*"
    r"(?:(?:(?:are|were|is|was)\s+(?:all\s+)?(?:expected|set|due|able|eligible|likely|"
    r"scheduled)\s+to\s+|plan(?:ned)?\s+to\s+)?"
    r"(?:attend(?:ed|s)?(?!\s+to\b)|participate[ds]?\s+in|take\s+part|took\s+part|"
    r"convene[ds]?|gathered|gather\s+(?:in|at|for)|came\s+together|come\s+together|"
    r"flock(?:ed)?\s+to)"
    r"|(?:will\s+be|are|were)\s+(?:gathering|convening|coming\s+together)"
    r"|were\s+in\s+attendance)\b",
    re.IGNORECASE,
)
# the activity drawing its attendees: "The summit brought together / attracted / drew X"
_DREW = lazy_compile(
    r"\b(?:conference|symposium|congress|summit|meeting|workshop|event|course|forum|seminar|"
    r"convention|day|session)s?\s+(?:(?:has|have|had|will|also|again)\s+)*"
    r"(?:brought\s+together|brings\s+together|bring\s+together|attracted|attracts|drew|draws|"
    r"welcomed|welcomes|gathered|gathers|united|unites)\s+(?P<obj>[^.;:!?]{3,200})",
    re.IGNORECASE,
)
# a count before the people: "nearly 300", "some 6,000", "more than 1,200", "dozens of"
_COUNT = lazy_compile(
    r"^(?:(?:nearly|some|about|around|approximately|almost|over|more\s+than|up\s+to|close\s+to|"
    r"roughly|an\s+estimated|upwards\s+of|at\s+least)\s+)?(?:\d[\d,.]*\+?|a\s+record)\s+"
    r"|^(?:dozens|hundreds|thousands|scores|many|numerous)\s+(?:of\s+)?",
    re.IGNORECASE,
)
# a word or clause before the subject that is no part of it: an adverbial ended by a comma
# ("This year, ", "On Saturday morning, ") or a reporting clause ("Dr. A said")
_LEAD_IN = lazy_compile(
    r"^(?:(?:in|on|at|this|last|next|each|every|during|earlier|later|today|yesterday|"
    r"overall|altogether|in\s+total|in\s+all)\b(?:\s+[\w’'-]+){0,4},\s+"
    r"|.*\b(?:said|says|noted|added)(?:\s+that)?\s+)",
    re.IGNORECASE,
)
# a sentence opened by a subordinating word: its verb is not the main clause's
_SUBORDINATE = frozenset(
    (
        "if",
        "when",
        "while",
        "once",
        "although",
        "though",
        "because",
        "as",
        "before",
        "after",
        "unless",
        "whether",
        "where",
        "since",
        "until",
        "how",
        "why",
        "what",
        "only",
    )
)
# an abbreviation in brackets after a profession ("physician assistants (PAs)")
_ABBREVIATION = lazy_compile(r"\s*\([A-Za-z&/-]{2,8}\)")
# a place after the last item ("from across the United States", "from around the region")
_PLACE = lazy_compile(
    r"\s+(?:from\s+(?:around|across|all\s+over|throughout|all\s+parts\s+of)|across|"
    r"nationwide|statewide)\b.*$",
    re.IGNORECASE,
)
# whoever comes, members (a price tier) and people there for another part than learning
_NOT_AUDIENCE = lazy_compile(
    r"\b(?:delegates|participants|attendees|registrants|learners|members|non-members|people|"
    r"everyone|visitors|guests|patients|families|public|sponsors?|exhibitors?|vendors?|"
    r"speakers?|presenters?|panell?ists?|volunteers?|media|press|organi[sz]ers|leaders|"
    r"experts|dignitaries|officials|representatives|you|we|they|us)\b",
    re.IGNORECASE,
)
# a person's name or title in the subject: one named person attends, not a profession
# ("Health Minister the Hon. Ana Roe will attend", "Dr Lee and colleagues attended"; two
# capitalised words, the second no plural: "Ana Roe", not "Nurse Practitioners")
_NAMED = lazy_compile(
    r"\b(?:Minister|Hon|Dr|Prof|Professor|President|Mr|Mrs|Ms|Sir|Dame|Senator|Governor|Mayor|"
    r"CEO|Chair|Chairman|Director)\b|\b[A-Z][a-z]+\s+[A-Z][a-z]*[a-rt-z]\b"
)
_SENTENCE = lazy_compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
# a relative pronoun: the verb after it is the clause's, not the subject's
_RELATIVE = lazy_compile(r"\b(?:who|whom|that|which|whose)\b", re.IGNORECASE)
_HINTS = (
    "attend",
    "particip",
    "part",
    "conven",
    "gather",
    "together",
    "flock",
    "drew",
    "draws",
    "attract",
    "welcom",
    "unite",
)


def attendees(text: str) -> list[str]:
    """The people a sentence of `text` says attend (or attended) the activity."""
    low = text.lower()
    if len(text) > 2000 or not any(h in low for h in _HINTS):
        return []
    for sentence in _SENTENCE.split(text):
        found = _subject_attends(sentence) or _activity_drew(sentence)
        if found:
            return found
    return []


def _subject_attends(sentence: str) -> list[str]:
    for m in _ATTEND.finditer(sentence):
        if m.start() == 0:
            return []
        subject = sentence[: m.start()]
        lead = _LEAD_IN.match(subject)
        if lead:
            subject = subject[lead.end() :]
        first = subject.split(maxsplit=1)[0].lower() if subject.strip() else ""
        if not first or first in _SUBORDINATE or not (lead or subject[:1].isupper()):
            return []
        return _people(subject)
    return []


def _activity_drew(sentence: str) -> list[str]:
    m = _DREW.search(sentence)
    return _people(m["obj"]) if m else []


def _people(phrase: str) -> list[str]:
    """The items of a subject or object naming attendees, or none when any names no one."""
    phrase = _COUNT.sub("", phrase.strip())
    phrase = _ABBREVIATION.sub("", phrase)
    if len(phrase) > 200 or _RELATIVE.search(phrase) or _NAMED.search(_PLACE.sub("", phrase)):
        return []
    if _NOT_AUDIENCE.search(phrase):
        return []
    tail = re.split(r",|\band\b|\bor\b", phrase)[-1].strip().lower()
    if not tail.startswith(("other", "others", "all ")):
        phrase = _PLACE.sub("", phrase)
    items = [_COUNT.sub("", i) for i in clause_items(phrase)]
    if items and all(i and names_people(i) for i in items):
        return items
    return []
