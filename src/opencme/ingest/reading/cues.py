"""Word classes the reader uses as features: classes of words, never phrases of one listing.

Each class is a general category with its source:
- PAGE_CONTROLS: labels of web page controls and navigation (WAI-ARIA Authoring Practices,
  "landmark regions" and common site navigation: menus, search, cart, account, sharing).
- ACCREDITORS: continuing-education accreditors and credit systems (ACCME, ANCC, ACPE, Joint
  Accreditation, AAFP, AOA, AAPA, ASWB, APA, ADA CERP, CDR, COPE, EACCME/UEMS, RCPSC, CFPC).
- APPROVAL_VERBS: the verbs accreditation and designation statements use (ACCME
  "Accreditation and designation statements" templates: accredited, designates, approved).
- PROVIDER_CUES: phrases that introduce the organisation offering an activity (docs/corpus.md,
  "Provider": provided, presented, sponsored, offered, hosted, developed by).
- ORG_WORDS: head nouns of organisation names (university, society, association, ...).
- PROFESSIONS: health professions as audiences are written (docs/corpus.md, "Audience").
- OBJECTIVE_VERBS: action verbs of Bloom's revised taxonomy (Anderson & Krathwohl, 2001), the
  verbs learning objectives start with.
- SPECIALTIES: medical specialties (ABMS member boards' specialty names, common forms).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.objective_items import OBJECTIVE_VERBS as OBJECTIVE_VERBS


def _words(block: str) -> frozenset[str]:
    return frozenset(w.strip() for w in block.split("|") if w.strip())


PAGE_CONTROLS = _words(
    "register|register now|registration|login|log in|log out|sign in|sign up|sign out|"
    "add to cart|cart|checkout|buy now|purchase|enroll|enroll now|start|start activity|"
    "begin|begin now|start course|launch|claim credit|my account|account|menu|search|home|back|"
    "next|previous|view all|learn more|read more|more info|share|print|email|tweet|facebook|"
    "linkedin|twitter|contact us|about us|help|faq|subscribe|privacy|privacy policy|terms|"
    "terms of use|cookie|cookies|accept|skip to content|skip to main content|close|"
    "download|apply|submit|continue|go back|return|details|overview|join|follow us|sitemap"
)
ACCREDITORS = _words(
    "accme|ancc|acpe|aafp|aoa|aapa|aswb|apa|ada cerp|cdr|cope|ipce|eaccme|uems|rcpsc|cfpc|"
    "joint accreditation|accreditation council|american nurses credentialing center|"
    "american medical association|ama"
)
APPROVAL_VERBS = _words(
    "accredited|designates|designated|approved|approves|awards|certifies|recognized|"
    "accreditation|designation|approval"
)
PROVIDER_CUES = _words(
    "provided by|jointly provided by|presented by|sponsored by|co-sponsored by|offered by|"
    "hosted by|developed by|produced by|organized by|organised by|brought to you by|"
    "in partnership with|in collaboration with|supported by"
)
ORG_WORDS = _words(
    "university|college|society|association|academy|institute|hospital|center|centre|"
    "foundation|school|board|council|clinic|federation|group|inc|llc|ltd|network|alliance|"
    "health|healthcare|medical|medicine|department|faculty|trust|consortium|organization"
)
PROFESSIONS = _words(
    "physicians|physician|nurses|nurse|pharmacists|pharmacist|nurse practitioners|"
    "physician assistants|pharmacy technicians|dentists|dental hygienists|psychologists|"
    "social workers|counselors|therapists|dietitians|optometrists|residents|fellows|"
    "clinicians|surgeons|students|healthcare professionals|health care professionals|"
    "providers|practitioners|midwives|paramedics|technicians|technologists|specialists|"
    "gps|general practitioners|doctors|team members|primary care"
)
SPECIALTIES = _words(
    "allergy|immunology|anesthesiology|cardiology|dermatology|emergency medicine|"
    "endocrinology|family medicine|gastroenterology|geriatrics|hematology|hospital medicine|"
    "infectious disease|infectious diseases|internal medicine|nephrology|neurology|"
    "obstetrics|gynecology|oncology|ophthalmology|orthopedics|orthopaedics|otolaryngology|"
    "pathology|pediatrics|paediatrics|psychiatry|pulmonology|radiology|rheumatology|surgery|"
    "urology|critical care|primary care|palliative care|sleep medicine|sports medicine|"
    "nuclear medicine|physical medicine|rehabilitation|preventive medicine|optometry|"
    "dentistry|pharmacy|nursing|genetics|neonatology|hepatology|vascular surgery"
)


TOKEN = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")
CLASSES: dict[str, frozenset[str]] = {
    "accreditor": ACCREDITORS,
    "approval": APPROVAL_VERBS,
    "provcue": PROVIDER_CUES,
    "org": ORG_WORDS,
    "profession": PROFESSIONS,
    "specialty": SPECIALTIES,
}
# the phrases of every class; per first word of a phrase of several words, their lengths in
# words: only there, and only of those lengths, can such a phrase start
_ALL = frozenset().union(*CLASSES.values())
_LENGTHS: dict[str, tuple[int, ...]] = {}
for _p in sorted(_ALL):
    if " " in _p:
        _n = len(_p.split())
        _LENGTHS[_p.split()[0]] = tuple(sorted({*_LENGTHS.get(_p.split()[0], ()), _n}))


def classes_in(low: str) -> list[str]:
    """The word classes with a phrase in `low` (lower-case text), in `CLASSES` order. Only
    the class phrases among its words and word runs are kept (runs built only from a phrase's
    first word, of that phrase's length): the same answer as every run of every length."""
    toks = TOKEN.findall(low)
    found = set(_ALL.intersection(toks))
    if not _LENGTHS.keys().isdisjoint(toks):
        for i, tok in enumerate(toks):
            for n in _LENGTHS.get(tok, ()):
                run = " ".join(toks[i : i + n])
                if run in _ALL:
                    found.add(run)
    if not found:
        return []
    return [name for name, words in CLASSES.items() if not found.isdisjoint(words)]


def _phrase_re(words: frozenset[str]) -> re.Pattern[str]:
    alts = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in alts) + r")\b", re.IGNORECASE)


ORG_RE = _phrase_re(ORG_WORDS)
