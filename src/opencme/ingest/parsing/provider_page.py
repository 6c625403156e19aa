"""The page's owner read from its layout when no statement, cue or sentence names the provider
(R-PV-25, R-PV-26): a masthead among the first lines giving a company's name and a slogan
naming continuing education; an organisation's name written twice at the top (a logo's caption
and its heading); a name alone at the top that the page names again as an organisation
(R-PV-51: "X’s ...", "President of X"); the organisation the page speaks for ("At X, we ...",
R-PV-20). Apart from providers.py: the page's chrome and voice, not its prose about others."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import HEAD_NOUN as _HEAD_NOUN
from opencme.ingest.parsing.org_names import ORG_WORD as _ORG_WORD
from opencme.ingest.parsing.org_names import PERSON as _PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.vocab import is_accreditor

# "X - Continuing Education Online", "X: A Continuing Medical Education Company", "X    The
# Psychologist's Source for C.E. Credits Online": a name, a separator (a dash, a colon, a bar,
# a wide gap, or none before a slogan opening with an article: the rules read the text with its
# spaces collapsed) and a slogan that spells continuing education out and says what the company
# is (a company, a source, a provider, a leader) or where it teaches (online)
_MASTHEAD = lazy_compile(
    r"^(?P<org>[A-Z][\w&.'’-]*(?:\s(?:(?:of|for|and|the|&)\s)*(?!(?:The|A|An|Your)\s)[A-Z][\w&.'’-]*)"
    r"{0,5})(?:\s*[:|]\s+|\s+[-–—]\s+|\s{3,}|\s(?=(?:The|A|An|Your)\s))"
    r"(?P<slogan>.{0,60}\b(?:[Cc]ontinuing\s+(?:[Mm]edical\s+|[Nn]ursing\s+|[Pp]rofessional\s+)?"
    r"[Ee]ducation\b|\bC\.E\.).{0,40})$"
)
_SLOGAN_NOUN = lazy_compile(r"\b(?:Company|Source|Provider|Leader|Online)\b", re.IGNORECASE)


def masthead_owner(doc: Doc) -> tuple[str, int, str] | None:
    """(the company, its line's number and text) of a masthead among the first five lines."""
    texts = [ln for ln in doc.lines if ln.text.strip()][:5]
    for ln in texts:
        if len(ln.text) > 120 or ("ontinuing" not in ln.text and "C.E." not in ln.text):
            continue
        line = ln.text.strip()
        m = _MASTHEAD.match(line)
        if not m or not _SLOGAN_NOUN.search(m.group("slogan")):
            continue
        org = m.group("org").strip()
        if not _PERSON.search(org) and not is_accreditor(org):
            return org, ln.no, ln.text
    return None


# an organisation's name alone: capitalised words, particles between
_NAME = lazy_compile(
    r"(?:[A-Z][\w&.'’-]*|(?:of|for|and|the|&|at|in|on))(?:\s(?:[A-Z][\w&.'’-]*|of|for|and|the|&"
    r"|at|in|on)){1,9}"
)


def repeated_owner(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of a name written twice among the first
    five lines: on two lines (a name with an organisation's head noun: "X Association"), or
    glued into one line ("X Dental EducationX Dental Education", with an organisation word)."""
    texts = [ln for ln in doc.lines if ln.text.strip()][:5]
    seen: set[str] = set()
    for ln in texts:
        line = ln.text.strip()
        half = len(line) // 2
        if len(line) % 2 == 0 and line[:half] == line[half:]:
            name = line[:half].strip()
            if _NAME.fullmatch(name) and _ORG_WORD.search(name) and _owner_ok(name):
                return name, ln.no, ln.text
        elif line in seen and _NAME.fullmatch(line) and _HEAD_NOUN.search(line) and _owner_ok(line):
            return line, ln.no, ln.text
        seen.add(line)
    return None


def _owner_ok(name: str) -> bool:
    return len(name) <= 90 and not _PERSON.search(name) and not is_accreditor(name)


# the people who head an organisation ("President of X", "Chief Executive Officer, X")
_ROLES = (
    r"(?:President|Director|Officer|Chair|Chairman|Chairperson|Manager|Executive|Head|Founder|"
    r"Trustee|CEO)"
)
_ACT_WORDS = lazy_compile(
    r"\b(?i:course|webinar|conference|programme|program|training|workshop|seminar|module|"
    r"symposium|series|summit|education|learning objectives)\b"
)


def named_again_owner(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of a name alone on one of the first eight
    lines (a logo's caption, a site's name) that another line writes as an organisation: its
    possessive ("X’s ...") or the body a person heads ("President of X", "CEO, X")."""
    texts = [ln for ln in doc.lines if ln.text.strip()]
    for ln in texts[:8]:
        name = ln.text.strip()
        if not 4 <= len(name) <= 60 or any(c.isdigit() for c in name) or " " not in name:
            continue
        if not _NAME.fullmatch(name) or not name[0].isupper() or not _owner_ok(name):
            continue
        if _ACT_WORDS.search(name):  # a course's title, not its owner
            continue
        again = lazy_compile(
            rf"(?<![\w-]){re.escape(name)}['’]s?\s|{_ROLES}(?:\s+of\s+(?:the\s+)?|,\s+)"
            rf"{re.escape(name)}(?![\w-])"
        )
        if any(x is not ln and name in x.text and again.search(x.text) for x in texts):
            return name, ln.no, ln.text
    return None


# --- the organisation the page speaks for: "At X, we are dedicated to ..." (R-PV-20) ---------
_AT_WE = lazy_compile(
    r"\b[Aa]t\s+(?:the\s+)?(?P<org>[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&.-]*){0,6}),"
    r"?\s+(?:we|our)\b(?!['’])"
)


def own_voice(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of the first "At X, we ..."."""
    if ", we " not in doc.low and ", our " not in doc.low:
        return None
    for ln in doc.lines:
        if ", we " not in ln.text and ", our " not in ln.text:
            continue
        m = _AT_WE.search(ln.text)
        org = _clean_org(m.group("org")) if m else ""
        if not org or _PERSON.search(org) or is_accreditor(org) or not _good_org(org, False):
            continue
        # an organisation's word or acronym, else a name the page gives again ("At Week 12,
        # we found" in a trial's abstract is a time, no organisation)
        if _good_org(org, True) or (doc.flat.count(org) > 1 and not any(c.isdigit() for c in org)):
            return org, ln.no, ln.text
    return None
