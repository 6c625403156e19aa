"""Lines that name people or a journal's issue, never an activity (R-TI-7, R-TI-2): a person
and their post-nominal letters with no comma ("Jorla Mennick RDH"), a run of names wrapped
after its "and" ("Pell Arnavy, Quint Osterlo, and"), a journal's volume and issue line
("Volume 41 No. 2 Page 17"), a body of professionals ("Coalition of Registered Nurses")."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_clean import SECTION_WORDS
from opencme.ingest.parsing.vocab import CREDENTIALS, DESCRIPTION_KEYS, PEOPLE_ROLES, TITLE_NOISE

# post-nominal letters the vocabularies know (a known list, not any run of capitals: "CME",
# "CPD" and acronyms of topics are capitals too)
_LETTERS = frozenset(CREDENTIALS) | frozenset(PEOPLE_ROLES["credentials"]["tokens"])
# a word of a given or family name: a capital and lower-case letters, maybe a hyphen or an
# apostrophe and a second part ("Oakvale-Reed", "O’Neill")
_NAME_WORD = r"[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?"
_PERSON = rf"(?:(?:Dr|Prof)\.?\s+)?{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{_NAME_WORD}){{1,2}}"
_BARE = lazy_compile(rf"^(?P<name>{_PERSON})(?P<letters>(?:,?\s+[A-Z][\w/-]{{1,8}}){{1,3}})$")
# names in a list, the line ending in "and" (the last name on the next line)
_NAME_RUN = lazy_compile(rf"^{_PERSON}(?:,\s+{_PERSON})+,?\s+(?:and|&)$")
# the words of an activity's or a section's name: "Advanced Practice RN" is a name, not a person
_NAME_WORDS = (
    SECTION_WORDS
    | frozenset(DESCRIPTION_KEYS["activity_nouns"])
    | frozenset(TITLE_NOISE["category_labels"])
    | frozenset({"care", "practice", "health", "clinical", "advanced", "review", "update"})
)
# a journal's volume with its issue or page ("Volume 33 No. 4 Page 80", "Vol. 9, Issue 3")
_ISSUE = lazy_compile(
    r"^(?:.{0,30}\s)?Vol(?:ume|\.)?\s*\d+\b[,.]?\s+(?:No\.?|Issue|Iss\.|Number|Page|pp?\.)\s*\d",
    re.IGNORECASE,
)

# a body of professionals: a collective noun, "of", then professionals ("Texas Coalition of
# periOperative Registered Nurses", "Guild of Hospital Pharmacists")
_BODY = lazy_compile(
    r"^(?:[A-Z][\w’'&.-]*\s+){0,4}(?:Collaboration|Coalition|Consortium|Alliance|Association|"
    r"Society|Federation|Council|Union|Network|Organi[sz]ation|Guild|Chapter|Academy|College)"
    r"\s+of\s+(?:the\s+)?(?:[A-Za-z][\w’'-]*\s+){0,3}(?:Nurses|Pharmacists|Physicians|"
    r"Surgeons|Dentists|Therapists|Midwives|Practitioners|Hygienists|Technicians|Assistants|"
    r"Paramedics|Psychologists|Optometrists|Educators)$"
)


def person_or_issue(t: str) -> bool:
    """A person with letters and no comma, names wrapped after "and", a journal's issue line."""
    if len(t) > 80:
        return False
    if t.endswith(("and", "&")) and "," in t and _NAME_RUN.match(t):
        return True
    if "ol" in t and _ISSUE.match(t):
        return True
    if " of " in t and t.endswith("s") and _BODY.match(t):
        return True  # a body of professionals, not an activity
    m = _BARE.match(t) if t[-1:].isupper() else None
    if m is None:
        return False
    letters = [w for w in re.split(r"[,\s]+", m["letters"]) if w]
    return all(w in _LETTERS for w in letters) and not any(
        w.lower() in _NAME_WORDS for w in m["name"].split()
    )


# a sentence's end inside the line: where a heading stops and its speakers begin
_STOP = lazy_compile(r"[?.!]\s+(?=[A-Z])")


def before_speakers(t: str) -> str | None:
    """A heading run into the list of its speakers, each with their letters, split by
    semicolons ("Wound Care Today: What Works? Pat Doe MD; Lee Roe RN"): the heading alone."""
    if "; " not in t:
        return None
    for m in _STOP.finditer(t):
        people = [p.strip(" ,.") for p in t[m.end() :].split(";")]
        if len(people) >= 2 and all(
            p and p.split()[-1].strip(",.") in _LETTERS for p in people if p
        ):
            return t[: m.start() + 1]
    return None
