"""Lines that name a person, never the activity (docs/corpus.md "Title": not a speaker, not a
person's line; R-TI-7):

- a byline alone on its line: "by", maybe a verb before it ("Written by", "Posted by",
  "Reported by"), then a person's name and maybe their letters ("by Ana Pell MRPharmS",
  "Written by Dr Lee Roe, PhD"); "By the Numbers: …" is a name (no person after "by");
- a photograph's caption or a speaker's card: a person's name, a comma and their post ("Ana
  Pell, Associate Professor in Midwifery at X", "Dr Lee Roe, a national nursing adviser for
  Y", "Tam Quint, Director of Nursing, Z"): a name of two or three capitalised words, then
  within a few words a job title (data/title_noise.json 'position_heads' and
  'academic_ranks', and the posts below).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_clean import SECTION_WORDS
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS, TITLE_NOISE

_NAME_WORD = r"[A-Z][a-z]+(?:[-’'][A-Z][a-z]+)?"
_HONORIFIC = r"(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?\s+)"
_PERSON = rf"{_HONORIFIC}?{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+{_NAME_WORD}){{1,2}}"
# the verbs that may stand before "by" in a byline
_BY_VERBS = (
    r"(?:(?:Written|Posted|Reported|Published|Authored|Words|Story|Article|Text|Presented|Hosted"
    r"|Facilitated|Led|Taught|Delivered|Moderated|Chaired|Compiled)\s+)?"
)
_LETTERS = r"(?:,?\s+[A-Z][A-Za-z/.()-]{1,10}){0,4}"
_BYLINE = lazy_compile(rf"^{_BY_VERBS}[Bb]y:?\s+{_PERSON}{_LETTERS}\s*\Z")
# "Featuring Dr Ana Pell", "With Prof. Lee Roe": an honorific makes the name a person's ("With
# Love Comes Healing" is a name)
_FEATURING = lazy_compile(
    rf"^(?:Featuring|With|Speaker|Presenter|Facilitator):?\s+{_HONORIFIC}{_PERSON}{_LETTERS}\s*\Z"
)
# posts a caption or a card gives after a person's name, besides the vocabulary's job titles
_POSTS = frozenset(
    {
        "adviser",
        "advisor",
        "lead",
        "fellow",
        "founder",
        "co-founder",
        "specialist",
        "consultant",
        "researcher",
        "registrar",
        "educator",
        "lecturer",
        "executive",
        "owner",
        "partner",
        "principal",
        "secretary",
        "treasurer",
        "superintendent",
        "supervisor",
    }
)
_POST_WORDS = _POSTS | frozenset(
    w for p in (*TITLE_NOISE["position_heads"], *TITLE_NOISE["academic_ranks"]) for w in p.split()
) - frozenset({"medical", "program", "course", "dept", "department", "vice", "associate"})
# words of an activity's or a section's name, never of a person's
_NAME_WORDS = (
    SECTION_WORDS
    | frozenset(DESCRIPTION_KEYS["activity_nouns"])
    | frozenset(TITLE_NOISE["category_labels"])
    | frozenset({"care", "practice", "health", "clinical", "advanced", "review", "update"})
)
_NAME_COMMA = lazy_compile(rf"^{_PERSON}(?:,\s*[A-Z][A-Za-z]{{1,6}})*,\s+")
_POST_REACH = 6  # words after the comma a post is looked for in
_SPLIT = re.compile(r"[\s,/]+")


def person_line(t: str) -> bool:
    """A byline alone, or a person's name with their post after a comma (the module's doc)."""
    c = t[:1]
    if c in "bBWPRASTHFLDMC" and " " in t and "y" in t[:16] and _BYLINE.match(t):
        return True
    if c in "FWSP" and _FEATURING.match(t):
        return True
    if "," not in t or len(t) > 160 or not c.isupper():
        return False
    m = _NAME_COMMA.match(t)
    if m is None or any(w.strip(",").lower() in _NAME_WORDS for w in t[: m.end()].split()):
        return False  # "Wound Care, Lead Nurse Update": the words of a subject, no person
    after = [w.lower() for w in _SPLIT.split(t[m.end() :]) if w][:_POST_REACH]
    return any(w in _POST_WORDS for w in after)


_NAME_ALONE = lazy_compile(rf"^{_PERSON}\Z")


def person_name(t: str) -> bool:
    """A person's name alone ("Dr. Ana Pell", "Lee Roe"): capitalised words, no word of an
    activity's or a section's name."""
    t = t.strip().replace("Dr. ", "Dr ").replace("Prof. ", "Prof ")
    return _NAME_ALONE.match(t) is not None and not any(w.lower() in _NAME_WORDS for w in t.split())
