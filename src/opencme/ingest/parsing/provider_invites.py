"""The organisation that invites the reader to its activity, and the keys other sites write
before the provider or the organiser (R-PV-59, R-PV-60). Each finder gives (name, line
number, line text) or None; providers.py asks them."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import GENERIC_BODY, HEAD_NOUN, PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.provider_cues import _CAP_RUN, ACT_NOUNS
from opencme.ingest.parsing.vocab import is_accreditor

# R-PV-59: the organisation inviting the reader to its own activity: "X invites you to (attend)
# its annual conference", "X welcomes you to the spring workshop", "X cordially invites members
# to a webinar", "Join X for its annual meeting", "Join X at the X Congress", "Welcome to the X
# Annual Scientific Meeting". The activity follows within a few words (a possessive "its/their"
# or an article), the subject is an organisation's name (a person "invites you" to a talk).
_DET = r"(?:its|their|our|the|this|a|an)"
_INVITE = lazy_compile(
    rf"(?:^|(?<=[.;!?]\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN})\s+(?:(?:cordially|warmly)\s+)?"
    r"(?:invites?|welcomes?)\s+(?:you|all|everyone|members|[a-z]+s)\s+(?:to\s+)?"
    rf"(?:(?:attend|join|register\s+for|take\s+part\s+in)\s+)?{_DET}\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?{ACT_NOUNS}\b"
    rf"|\bJoin\s+(?:the\s+)?(?P<org2>{_CAP_RUN})\s+(?:for|at|in)\s+{_DET}\s+"
    rf"(?:[\w’'-]+\s+){{0,4}}?{ACT_NOUNS}\b"
    # a welcome letter: "On behalf of X, it is my pleasure to invite you to our conference"
    rf"|\b[Oo]n\s+behalf\s+of\s+(?:the\s+)?(?P<org4>{_CAP_RUN}),\s+(?:[^.;]{{0,80}}?\s)?"
    rf"(?:invite|welcome)\w*\s+(?:[^.;]{{0,80}}?\s)?{ACT_NOUNS}\b"
    rf"|(?:^|(?<=[.;!?]\s))Welcome\s+to\s+(?:the\s+)?(?P<org3>{_CAP_RUN}?)\s+"
    r"(?:(?:\d+(?:st|nd|rd|th)\s+)?(?:Annual|Biennial|Spring|Autumn|Fall|Winter|Summer|"
    r"National|Regional|International)\s+)"
)


def _org_name(org: str, head: bool) -> bool:
    if not org or not _good_org(org, True) or PERSON.search(org) or is_accreditor(org):
        return False
    if GENERIC_BODY.match(org):
        return False  # "The Organising Committee invites you": a role, no name
    return not head or (" " in org and HEAD_NOUN.search(org) is not None)


def inviting_org(doc: Doc) -> tuple[str, int, str] | None:
    """The first organisation a line shows inviting the reader to its activity."""
    low = doc.low
    if "invite" not in low and "welcome" not in low and "join " not in low:
        return None  # (a welcome letter "on behalf of X" invites or welcomes too)
    for ln in doc.lines:
        tl = ln.text.lower()
        if ("invite" not in tl and "welcome" not in tl and "join " not in tl) or len(tl) > 3000:
            continue
        for m in _INVITE.finditer(ln.text):
            raw = m.group("org") or m.group("org2") or m.group("org3") or m.group("org4") or ""
            org = _clean_org(raw)
            # "Welcome to the X Annual Meeting": the run before the event's words, X with a head
            # noun (a site's name alone before "Annual" may be the meeting's)
            if _org_name(org, head=m.group("org3") is not None):
                return org, ln.no, ln.text
    return None


# R-PV-60: a key before the provider or the organiser besides "Provider" (layouts.py): "Course
# provider:", "Accredited provider:", "CME provider:", "Training provider:", "Learning
# provider:", "Workshop provider:" name the provider;
# "Event organiser:", "Organising body:", "Organising committee:", "Host organisation:",
# "Convenor:", "Hosting institution:" name the organiser, read after the statements (an
# accredited provider stated elsewhere answers for the activity, docs/corpus.md 'Provider')
_KIND = (
    r"(?:course|activity|event|program(?:me)?|training|education(?:al)?|learning|teaching|"
    r"workshop|seminar|webinar|conference|CME|CPD|CE|CNE|CPE)"
)
_PROVIDER_KEY = lazy_compile(
    rf"^\s*(?i:(?:{_KIND}|accredited|education)\s+provider|provided\s+by)\s*[:–—-]\s*"
    r"(?:the\s+)?(?P<org>[A-Z][^:;\n]{1,110}?)\s*\.?\s*$"
)
_ORGANISER_KEY = lazy_compile(
    rf"^\s*(?i:(?:{_KIND}\s+)?(?:organi[sz]er|organi[sz]ers|convenor|convener|host)|"
    r"organi[sz]ing\s+(?:body|committee|institution|organi[sz]ation|society)|"
    r"host(?:ing)?\s+(?:organi[sz]ation|institution|society|body))\s*[:–—-]\s*"
    r"(?:the\s+)?(?P<org>[A-Z][^:;\n]{1,110}?)\s*\.?\s*$"
)


# a key's value still to come ("Organiser: TBC", "Provider: N/A"): no name
PLACEHOLDER = lazy_compile(r"^\s*(?i:TB[ACD]|N/?A|none|to\s+be\s+(?:confirmed|announced))\W*$")


def _keyed(doc: Doc, pat: re.Pattern[str], words: tuple[str, ...]) -> tuple[str, int, str] | None:
    if not any(w in doc.low for w in words):
        return None
    for ln in doc.lines:
        if len(ln.text) > 160 or not any(w in ln.text.lower() for w in words):
            continue
        m = pat.match(ln.text)
        org = _clean_org(m.group("org")) if m else ""
        if _org_name(org, head=False) and not PLACEHOLDER.match(org):
            return org, ln.no, ln.text
    return None


def provider_key(doc: Doc) -> tuple[str, int, str] | None:
    """The organisation after a provider key of its own kind ("Course provider: X")."""
    return _keyed(doc, _PROVIDER_KEY, ("provider", "provided by"))


def organiser_key(doc: Doc) -> tuple[str, int, str] | None:
    """The organisation after an organiser's or host's key ("Event organiser: X")."""
    return _keyed(doc, _ORGANISER_KEY, ("organi", "conven", "host"))


# R-PV-61: the provider stated by its role: "The accredited provider for this activity is X",
# "X is the accredited provider of this course", "X serves as the CME provider for this
# program" (a provider "for" the activity; "of" a field is R-PV-1's statement)
_ROLE = r"(?:(?:accredited|CME|CE|CPD|CNE|continuing\s+education|education(?:al)?)\s+)?provider"
_THIS = (
    r"(?:for|of)\s+this\s+(?:[\w-]+\s+){0,2}?(?:activity|course|program(?:me)?|event|webinar|"
    r"conference|workshop|module|series|session|symposium)"
)
_STATED = lazy_compile(
    rf"\b(?:[Tt]he\s+)?{_ROLE}\s+{_THIS}\s+is\s+(?:the\s+)?(?P<org>{_CAP_RUN})"
    rf"|(?:^|(?<=[.;!?]\s))(?:[Tt]he\s+)?(?P<org2>{_CAP_RUN})\s+(?:is|serves\s+as|acts\s+as)\s+"
    rf"the\s+{_ROLE}\s+{_THIS}"
)


def stated_provider(doc: Doc) -> tuple[str, int, str] | None:
    """The organisation a sentence states is the provider for this activity."""
    if "provider for this" not in doc.low and "provider of this" not in doc.low:
        return None
    for ln in doc.lines:
        if "provider for this" not in ln.text and "provider of this" not in ln.text:
            continue
        m = _STATED.search(ln.text)
        org = _clean_org(re.sub(r"\.$", "", (m.group("org") or m.group("org2")))) if m else ""
        if _org_name(org, head=False) and not PLACEHOLDER.match(org):
            return org, ln.no, ln.text
    return None
