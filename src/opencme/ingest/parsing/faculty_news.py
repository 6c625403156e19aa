"""Faculty in a news item's prose (R-PE-5): people named without credentials, each by the
act of teaching the sentence gives them.

News items and announcements name speakers as a reporter writes, with a role before the name
and no post-nominal letters: "NZ Nurses President Ana Roe and Chaplain Tui Marsh will present
on …", "The expert, Ana Roe, will speak with families …", "X University's Ana Roe gave the
keynote address", "Also speaking is Professor Ana Roe", "One guest speaker will be Ana Roe, …".
Two shapes, both a class of sentence, not of phrase:
- a subject of names (each maybe after a role or a possessive, maybe with an appositive
  between commas) before a verb of teaching in the future ("will present", "will speak",
  "will facilitate", "will guide", "will moderate") or a talk given ("gave the keynote
  address");
- a speaker noun or "speaking" with its verb ("speakers include", "speaking is", "Speaking
  at the conference will be") before the names.
A name is two to four capitalised words; the role words before it (a job title, an acronym, a
third word before a first and last name) go, an honorific stays. A run after a preposition or
an article ("served on Te Poari", "of the National Unit") names a body, not a person.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.faculty import _people_at, people_at
from opencme.ingest.parsing.faculty_titles import HON
from opencme.ingest.parsing.faculty_titles import NOT_NAME as _NOT_NAME
from opencme.ingest.parsing.fastre import Folded
from opencme.ingest.parsing.lazyre import lazy_compile

# a verb of teaching after its subject
_VERB = lazy_compile(
    r"\b(?:will|shall)\s+(?:also\s+|later\s+|then\s+|each\s+|both\s+|jointly\s+)?"
    r"(?:present(?!\s+(?:the\s+|an?\s+)?(?:awards?|certificates?|prizes?))|speak|facilitate|moderate|guide|teach|be\s+(?:presenting|speaking|"
    r"facilitating|moderating|teaching|guiding)|"  # "will be present" is attendance
    # what a teacher does with a subject: explains, demonstrates, breaks it down (R-PE-11)
    r"(?:explain|demonstrate|discuss|outline|examine|explore|introduce|break\s+down|"
    r"walk\s+(?:you|participants|attendees|delegates|learners)\s+through)(?=\s+(?:and\s+\w+\s+)?"
    r"(?:the|how|why|what|key|current|new|recent|their|his|her|its|a|an)\b)|"
    r"be\s+(?:the|our|this\s+year['’]s)\s+(?:opening\s+|closing\s+|guest\s+|featured\s+|main\s+)?"
    r"(?:key\s*noter?|key\s*note\s+speaker|speaker|presenter|lecturer|instructor|facilitator)\b|"
    r"(?:be\s+)?lead(?:ing)?\s+(?:the|a|an)\s+(?:discussion|session|workshop|training|course|panel)|"
    r"(?:give|deliver)\s+(?:the|a|an)\s+(?:opening\s+|closing\s+)?(?:key\s*note|plenary|"
    r"lecture|talk|address|presentation))\b"
    r"|\b(?:gave|delivered)\s+(?:the|a|an|his|her|their)\s+(?:opening\s+|closing\s+)?"
    r"(?:key\s*note|plenary|lecture|talk|address|presentation)\b"
)
# a speaker noun or "speaking" and its verb: the names follow
_SPEAKERS_ARE = lazy_compile(
    r"\b(?:speakers?|presenters?|keynotes?|facilitators?|panell?ists?)\b[^.;:]{0,50}?"
    r"\b(?:will\s+be|include|includes|included|are|is|were|was)\s+"
    # a report, in the past too: "Also speaking were A and B", "Giving keynote speeches were
    # A and B", "Delivering the plenary lecture was Dr C"
    r"|\b(?:speaking|(?:giving|delivering)\s+(?:the\s+|a\s+)?(?:opening\s+|closing\s+|"
    r"keynote\s+|plenary\s+|guest\s+|invited\s+)?(?:speech(?:es)?|talks?|lectures?|"
    r"presentations?|addresses|address))\b[^.;:]{0,50}?\b(?:is|are|will\s+be|were|was)\s+",
    re.IGNORECASE,
)
_SPEAKERS_FOLDED = Folded(_SPEAKERS_ARE)
_SPEAKER_STEMS = (
    "speak",
    "presenter",
    "keynote",
    "facilitator",
    "panel",
    "moderator",
    "giving",
    "delivering",
)
# a speaker noun as a title right before a name ("keynote speaker Ana Roe", "Moderator Bo Li")
_TITLED = lazy_compile(
    r"\b(?:[Ss]peaker|[Pp]resenter|[Ff]acilitator|[Mm]oderator|[Pp]anell?ist)\s+"
    r"(?=(?:Dr\.?\s|Prof\.?\s|Professor\s)?[A-Z][a-z])"
)
_SENTENCE = lazy_compile(r"(?<!\bDr)(?<!\bDrs)(?<!\bProf)(?<!\bSt)(?<!\b[A-Z])[.!?]\s+(?=[A-Z“\"])")
# a run of capitalised words (initials, particles, possessives among them)
_RUN = lazy_compile(
    rf"{HON}?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|la|le|bin|al))*"
)
_HON = lazy_compile(HON)  # Dr, Prof, Mr, Ms, Associate Professor, A/Prof (R-PE-9)
_INITIAL = lazy_compile(r"^[A-Z]\.$")
_WORD = lazy_compile(
    r"^[A-Z][a-zà-ÿ'’-]*[a-zà-ÿ](?:-[A-Z][a-zà-ÿ]+)?$|^(?:Mc|Mac|De|Di|Le|La|O’|O')[A-Z][a-z]+$"
)
# a job title or a role before a name: it goes ("Case Manager", "Chief Executive")
_ROLE = lazy_compile(
    r"^(?:President|Vice-President|Manager|Director|Chief|Officer|Chair|Chairman|Chairperson|"
    r"Co-chair|Dean|Minister|Secretary|Chaplain|Coordinator|Co-ordinator|Consultant|Lecturer|"
    r"Head|Leader|Founder|Editor|Member|Representative|Nurse|Surgeon|Physician|Pharmacist|"
    r"Therapist|Counsel+or|Expert|Specialist|Researcher|Scientist|Advis[eo]r|Executive|"
    r"General|Senior|Principal|Mayor|Councillor|Superintendent|Matron|Midwife|Educator|"
    # an elected office's title before a name ("Sen. Ana Roe", "Rep. Bo Li", "Gov. Cy Ng")
    r"Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|Assemblymember|MP|MLA|MPP)$"
)
# words after which a capitalised run names a body, a place or a date, not a person
_FUNCTION = lazy_compile(
    r"(?:the|of|on|at|in|from|to|for|with|by|a|an|into|our|their|his|her|its|this|that|these|"
    r"those|during|about|under|over|through|between|across|within|via|per)"
)
# a word before the first name that makes the names no object of the speaker phrase
_NOT_OBJECT = lazy_compile(
    r"to|asked|please|contact|email|call|should|must|can|may|will|encouraged|invited|required"
)
# a clause word: the subject of the verb starts after it
_CLAUSE = lazy_compile(r".*\b(?:that|while|whereas|when|where|which|who|said|says|because)\b\s*")


def _name(run: str, before: str, whole: bool = False) -> str | None:
    """The person a capitalised run names (its role words dropped), or None."""
    prev = before.rstrip()
    last = prev.rsplit(None, 1)[-1].lower() if prev else ""
    if _FUNCTION.fullmatch(last):
        return None
    words = run.rstrip(".").split()
    for i in range(len(words) - 1, -1, -1):  # "Technology’s Ana Roe": after the possessive
        if words[i].endswith(("’s", "'s", "s’", "s'")):
            words = words[i + 1 :]
            break
    title = _HON.match(" ".join(words) + " ")
    hon = [title.group().strip()] if title else []
    words = words[len(hon[0].split()) :] if hon else words
    for i in range(len(words) - 1, -1, -1):  # "NZNO President Ana Roe": after the role
        if _ROLE.match(words[i]) or (
            words[i].isalpha() and words[i].isupper() and len(words[i]) > 1
        ):
            words = words[i + 1 :]
            break
    if not 2 <= len(words) <= 4 or _NOT_NAME.search(" ".join(words)):
        return None
    if not all(_WORD.match(w) or _INITIAL.match(w) for w in words):
        return None
    if len(words) >= 3 and not (hon or whole) and not any(_INITIAL.match(w) for w in words):
        words = words[-2:]  # "Chaplain Tui Marsh": a role word of its own before the name
    return " ".join(hon + words)


def _names(region: str) -> list[tuple[str, int]]:
    """The people of a region of a sentence, each with where its run ends."""
    out: list[tuple[str, int]] = []
    for m in _RUN.finditer(region):
        name = _name(m.group(), region[: m.start()])
        if name:
            out.append((name, m.end()))
    return out


# an affiliation or a post in brackets after a name ("Ana Roe (Elm Hospital)")
_BRACKETED = lazy_compile(r"\s*\([^()]{1,80}\)\s*,?")
# what ends a list of names: a clause giving their posts in turn ("A and B from Elm Trust, as
# the Clinical Director and HR Partner respectively"), after which capitalised words are posts
_LIST_END = lazy_compile(r"\bas\s+(?:the|a|an|our|their)\s|\brespectively\b")


def _listed(rest: str, found: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The names of `found` before the list's end (above)."""
    end = _LIST_END.search(rest)
    return [f for f in found if end is None or f[1] <= end.start()]


def news_people(text: str) -> list[str]:
    """The people a line of prose names as teaching (module docstring), in order."""
    verb = ("will " in text or "gave " in text or "delivered " in text) and _VERB.search(text)
    low = text.lower()
    stem = any(w in low for w in _SPEAKER_STEMS)
    speakers = stem and _SPEAKERS_FOLDED.found(text, low)
    titled = stem and _TITLED.search(text) is not None
    if not verb and not speakers and not titled:
        return []
    out: list[str] = []
    for sentence in _SENTENCE.split(text):
        if len(sentence) > 600:
            continue
        for m in _VERB.finditer(sentence):
            head = sentence[: m.start()]
            cut = _CLAUSE.match(head)
            head = head[cut.end() :] if cut else head
            sure, end = _people_at(head.strip(), False)  # "Bo Li MBBS will speak"
            if sure and _BRACKETED.sub("", head.strip()[end:]).strip(" ,") == "":
                out.extend(sure)  # "Dr Ana Roe (Elm University) will present" too
                continue
            found = _names(head)
            # the subject ends at its last name, or at an appositive closed by a comma or set
            # in brackets ("Ana Roe (Elm Hospital) will speak")
            tail = head[found[-1][1] :].strip() if found else ""
            tail = tail if not _BRACKETED.fullmatch(tail) else ""
            if found and (not tail or (tail.startswith(",") and tail.endswith(","))):
                out.extend(n for n, _e in found)
        for m in _SPEAKERS_ARE.finditer(sentence):
            rest = sentence[m.end() :]
            found = _names(rest)
            # the names are the object: the first within a few words, no verb before it
            # ("Speakers are asked to contact Ana Roe" names a contact)
            lead = rest[: found[0][1]].split()[:-2] if found else []
            if len(lead) > 8 or any(_NOT_OBJECT.fullmatch(w) for w in lead):
                found = []
            out.extend(people_at(rest) or [n for n, _e in _listed(rest, found)])
        for m in _TITLED.finditer(sentence):  # "Keynote speaker Ana Roe gave …"
            rest = sentence[m.end() : m.end() + 120]
            run = _RUN.match(rest)  # the name right after the noun, all of it
            name = _name(run.group(), "", whole=True) if run else None
            if name:
                out.extend(people_at(rest)[:1] or [name])
    return out
