"""Lines that head or state another field, whole, and so are never a title: an element ACCME
requires an enduring material to state, the credit procedure, professions, an identifier and
its code, an institution's name (R-TI-2, data/title_noise.json)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience import PROFESSION_HEAD
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_clean import DIGIT, TAIL_SEP
from opencme.ingest.parsing.title_people import person_or_issue
from opencme.ingest.parsing.vocab import (
    CREDIT_NAME_ANY,
    DESCRIPTION_KEYS,
    TITLE_NOISE,
    _table,
    word_class,
)

_PROFESSIONS_ONLY = lazy_compile(
    r"^(?:registered\s+)?(?:physicians?|nurses?|pharmacists?|physician[’']?s?\s+assistants?|"
    r"nurse\s+practitioners?|nurse,\s+registered|social\s+workers?|psychologists?|dentists?)"
    r"(?:\s+\([^()]{1,24}\))?$",  # their degrees or a state: "Physicians (MD or DO)"
    re.IGNORECASE,
)
IDENTIFIER_HEADS = frozenset(TITLE_NOISE["identifier_heads"])


_ELEMENT_LEAD = lazy_compile(
    r"^\W*(?:" + "|".join(map(re.escape, TITLE_NOISE["required_elements"])) + r")\b",
    re.IGNORECASE,
)
_ELEMENT_ANY = word_class(TITLE_NOISE["required_elements"])
_CREDIT_PROCEDURE = lazy_compile(
    r"^(?:(?:how|guidelines?|instructions?|steps?|procedures?)\s+(?:to|on|for)\s+)?"
    r"(?:" + "|".join(TITLE_NOISE["credit_verbs"]) + r")\s+(?:for\s+)?"
    # R-TI-30: the object may be an amount ("Earn 1.5 CE Hours"), its conversion after it in
    # parentheses ("Earn 0.1 CEU (1 contact hour)")
    r"(?:your\s+|the\s+|a\s+)?(?:[\w./+-]+\s+){0,2}?"
    r"(?:credits?|cpd|cme|ce|cne|ceus?|points?|units?|hours?|certificates?)(?:\(s\))?"
    r"(?:\s+(?:forms?|survey|procedures?|process|instructions))?(?:\s*\([^()]{1,60}\))?$",
    re.IGNORECASE,
)
_PARENS = lazy_compile(r"\s*\([^()]*\)")


def _identifier_dash(t: str) -> bool:
    """An identifier's label, a dash and its code ("Universal Activity Number (UAN) - 0000-…")."""
    parts = TAIL_SEP.split(t, maxsplit=1)
    if len(parts) < 2 or " " in parts[1].strip() or not DIGIT.search(parts[1]):
        return False
    label = _PARENS.sub("", parts[0]).split()
    return bool(label) and label[-1].lower().strip(".") in IDENTIFIER_HEADS


_LIST_SEP = lazy_compile(r"\s*[,;/]\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_RELATION = lazy_compile(r"\b(?:for|in|of|to|with|on|at|from|by|about)\b", re.IGNORECASE)


def _professions(t: str) -> bool:
    """A line that only lists professions ("Pharmacist, Pharmacy Technician, Nurse", "Other
    Healthcare Professionals"): each item a short capitalised noun phrase headed by a profession
    noun (audience.PROFESSION_HEAD, singular or plural), none related to anything by a
    preposition ("Wound Care for Practice Nurses" is a title)."""
    if len(t) > 100 or _RELATION.search(t):
        return False
    items = [i for i in _LIST_SEP.split(t) if i]
    for item in items:
        words = item.split()
        if not 1 <= len(words) <= 4 or not item[:1].isupper():
            return False
        head = words[-1].lower().strip(".")
        if not PROFESSION_HEAD.search(head if head.endswith("s") else head + "s"):
            return False
    return bool(items)


# head nouns of an institution's name (data/org_classes.json, its academic, society and
# institute classes) that never head an activity's name
_ORG_HEADS = (
    frozenset(
        w
        for cls in ("academic", "society", "institute")
        for w in _table("org_classes.json")["classes"][cls]
    )
    - {w.capitalize() for w in DESCRIPTION_KEYS["activity_nouns"]}
    - {"Congress", "Academic"}
) | {"Department", "Division"}  # a university's units: "Department of Clinical Pharmacy"
_ACTIVITY_WORD = lazy_compile(
    r"\b(?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r")s?\b", re.IGNORECASE
)
_ORG_NAME = lazy_compile(
    r"^(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){0,4}(?P<head>[A-Z][a-z]+)"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,5}){0,2}"
    r"(?:\s+and\s+(?:[A-Z][\w’'&-]*\s*){1,3})?"  # "School of Medicine and School of Nursing"
    r"(?:\s+(?:of|for|in)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,5})?"
    r"(?:,\s+(?:[A-Z][\w-]*\s*){1,3})?$"  # its place: "University of X, San Diego"
)

_TUMOR_BOARD = lazy_compile(r"\bTumou?r\s+Board\b", re.IGNORECASE)


def _org_name(t: str) -> bool:
    """An institution's name alone ("Canadian Wound Nurses Association", "School of Nursing",
    "Royal College of Wound Nurses"): capitalised words headed by an institution's head noun,
    with no activity noun (R-TI-2: the provider's name, not the activity's)."""
    if t.endswith(")"):
        t = _PARENS.sub("", t)  # its acronym or a note: "Royal College of X (RCX)"
    m = _ORG_NAME.match(t)
    if m is None or _ACTIVITY_WORD.search(t):
        return False
    words = t.split()
    if m["head"] == "Board" and _TUMOR_BOARD.search(t):
        return False  # a tumor board is a meeting of a hospital's clinicians, not a body
    return m["head"] in _ORG_HEADS and (words[-1] == m["head"] or m["head"] in words[:6])


_OBJECTIVE_VERB = frozenset(TITLE_NOISE["objective_verbs"])
_RANK = lazy_compile(
    r"^(?:"
    + "|".join(
        r"\s+".join(map(re.escape, r.split()))
        for r in sorted(TITLE_NOISE["academic_ranks"], key=len, reverse=True)
    )
    + r")\b\.?(?:\s+|,|$)",
    re.IGNORECASE,
)


def is_objective_verb(word: str) -> bool:
    """An action verb of measurable learning objectives (data/title_noise.json)."""
    return word.lower() in _OBJECTIVE_VERB


def _objective(t: str) -> bool:
    """A learning objective ("Describe the role of …"): an objective verb in the imperative,
    then a lower-case word as in a sentence (a name is capitalised: "Explain Pain Today")."""
    words = t.split()
    return len(words) >= 3 and words[0].lower() in _OBJECTIVE_VERB and words[1][:1].islower()


_POST = lazy_compile(
    r"^(?:"
    + "|".join(
        r"\s+".join(map(re.escape, r.split()))
        for r in sorted(TITLE_NOISE["position_heads"], key=len, reverse=True)
    )
    + r")\.?\s*(?:,|\bof\b)",
    re.IGNORECASE,
)


def _position(t: str) -> bool:
    """A faculty member's position or name with a rank ("Associate Professor of Medicine",
    "Prof. Jane Doe", "Professor, University of Lakeside"): a short line opening with an
    academic rank and naming no activity."""
    return (
        len(t.split()) <= 16
        and (_RANK.match(t) is not None or _POST.match(t) is not None)
        and not _ACTIVITY_WORD.search(t)
    )


# a price stated on its own line: a word or two, then an amount ("Tuition $2395 (…)")
_CURRENCY = frozenset("$€£")
_PRICE_LINE = lazy_compile(r"^(?:[A-Za-z]+\s+){0,2}[A-Za-z]*:?\s*[$€£]\s?\d")


def _credit_name(t: str) -> bool:
    """A credit's name alone ("AMA PRA Category 1", "AAFP Prescribed credit(s)"): a credit
    name (vocab's credit names) covering most of the line."""
    m = CREDIT_NAME_ANY.search(t)
    return m is not None and len(m.group(0)) >= 6 and len(m.group(0)) * 5 >= len(t) * 3


# the heading of the disclosure statement: "Disclosure of Conflicts of Interest and Relevant
# Financial Relationships" (a course on disclosing errors is named otherwise)
_DISCLOSURE_HEAD = lazy_compile(
    r"^disclosures?\s+of\s+(?:[\w-]+\s+){0,3}?(?:conflicts?|interests?|relationships?|"
    r"financial)\b",
    re.IGNORECASE,
)
# a credit's label: acronyms of boards and credit systems and a credit unit ("ABIM MOC Points",
# "ANCC Contact Hours"): no words of a name
_UNITS = frozenset({"credit", "credits", "point", "points", "hour", "hours", "unit", "units"})
_ACRONYM = lazy_compile(r"^[A-Z][A-Z&+]{1,5}$")


def _credit_label(t: str) -> bool:
    """Acronyms, then credit-unit words only ("ABIM MOC Points", "ANCC Contact Hours")."""
    words = t.split()
    if not 2 <= len(words) <= 6 or words[-1].lower() not in _UNITS:
        return False
    acronyms = sum(1 for w in words if _ACRONYM.match(w))
    rest = [w.lower() for w in words if not _ACRONYM.match(w)]
    return acronyms >= 1 and all(w in _UNITS or w in ("contact", "ce", "cme") for w in rest)


# a person and their letters: two to four capitalised words, a comma, then credentials only
# ("Ann Lee-Park, MDiv, BCC", "Jo Ruiz, DNP, APRN-CNP"): a token of a capital and up to six
# letters or slashes (two joined by a hyphen), with a second capital ("PhD", "MDiv", "OTR/L",
# "APRN-CNP")
_PERSON = lazy_compile(r"^(?:Dr\.?\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3},\s*(?P<creds>.+)$")
_CRED_TOKEN = lazy_compile(r"^[A-Z][A-Za-z/]{0,6}(?:-[A-Z][A-Za-z/]{0,5})?$")


def _person_line(t: str) -> bool:
    """A person's name and credentials alone (a faculty line), never an activity's name."""
    m = _PERSON.match(t) if "," in t else None
    if m is None:
        return False
    tokens = [w for w in re.split(r"[,\s]+", m["creds"]) if w]
    return bool(tokens) and all(
        _CRED_TOKEN.match(w) and sum(c.isupper() for c in w) >= 2 for w in tokens
    )


def field_statement(t: str) -> bool:
    """A line that heads or states another field, whole: an element ACCME requires an enduring
    material to state ("Method of Physician Participation in the Learning Process"), how to
    claim credit ("Claiming Your Credits"), professions with their degrees ("Physicians (MD or
    DO)"), an identifier and its code, an institution's name, a learning objective, a faculty
    member's position, a price, a credit's name (R-TI-2, R-TI-7, data/title_noise.json)."""
    t = t.strip()
    words = len(t.split())
    return bool(
        _ELEMENT_LEAD.match(t)
        or (words <= 5 and _ELEMENT_ANY.search(t))
        or (words <= 7 and _CREDIT_PROCEDURE.match(t))
        or _PROFESSIONS_ONLY.match(t)
        or _professions(t)
        or _identifier_dash(t)
        or _org_name(t)
        or (words >= 3 and _objective(t))
        or (words <= 16 and _position(t))
        # a price needs a currency sign
        or (not _CURRENCY.isdisjoint(t) and _PRICE_LINE.match(t) is not None)
        or _credit_name(t)
        or _credit_label(t)
        or _person_line(t)
        or person_or_issue(t)
        or _DISCLOSURE_HEAD.match(t) is not None
    )
