"""The provider (R-PV-1..39) and the providership of a listing. Apart from people.py
(faculty, audience): an organisation,
not a person, read by its own rules and tables (data/provider_cues.json). What a name is
lives in org_names.py, the cue patterns in provider_cues.py, the joint providers in
joint_providers.py."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.joint_providers import collaboration_lead, jointly_offering
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import GLUED_PREFIX as _GLUED_PREFIX
from opencme.ingest.parsing.org_names import HEADING_GLUE, NAME_SLASH, name_run, spelled_out
from opencme.ingest.parsing.org_names import NOT_ORG as _NOT_ORG
from opencme.ingest.parsing.org_names import PERSON as _PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.provider_anaphora import named_again
from opencme.ingest.parsing.provider_apposition import apposition_provider
from opencme.ingest.parsing.provider_credit_from import credit_from
from opencme.ingest.parsing.provider_cues import ACT_CHEAP as _ACT_CHEAP
from opencme.ingest.parsing.provider_cues import ACT_VERBS as _ACT_VERBS
from opencme.ingest.parsing.provider_cues import FRONTED as _FRONTED
from opencme.ingest.parsing.provider_cues import PLEASED_CHEAP as _PLEASED_CHEAP
from opencme.ingest.parsing.provider_cues import acting_org as _acting_org
from opencme.ingest.parsing.provider_cues import credit_awarder, cued_agents, defined_term
from opencme.ingest.parsing.provider_holds import holds_its
from opencme.ingest.parsing.provider_invites import PLACEHOLDER as _PLACEHOLDER
from opencme.ingest.parsing.provider_invites import (
    inviting_org,
    organiser_key,
    provider_key,
    stated_provider,
)
from opencme.ingest.parsing.provider_news import (
    chosen_owner,
    headline_orgs,
    meeting_owner,
    offering_org,
    title_offerers,
)
from opencme.ingest.parsing.provider_offers import offering_sentence, starting_orgs
from opencme.ingest.parsing.provider_owned import (
    footer_notice,
    owned_activity,
    presenting_heading,
)
from opencme.ingest.parsing.provider_page import (
    masthead_owner,
    named_again_owner,
    own_voice,
    repeated_owner,
)
from opencme.ingest.parsing.provider_templates import (
    TEMPLATE_WORDS,
    policy_owner,
    template_subject,
)
from opencme.ingest.parsing.provider_templates import subject_match as _subject
from opencme.ingest.parsing.vocab import PROVIDER_CUES, is_accreditor

# a statement's subject: a name (dashes inside, a slash between two words of a field
# ("Hematology/Oncology"), "Acme Seminars, LLC" with its company suffix)
# at a line's start (after a bullet), a sentence's start, or after the Joint Accreditation
# statement's lead-in "In support of improving patient care, the X ..."
_SUBJECT = (
    r"(?:^(?:[-•*–]\s+)?|(?<=[.;?!]\s)|(?<=care,\s)|(?<=[™®])|(?<=[A-Za-z0-9]\s)(?=The\s+[A-Z]))"
    r"(?:[Tt]he\s+)?"
    rf"(?P<org>[A-Z](?:[\w&.'’()\-–— ]|{NAME_SLASH}){{2,110}}?"
    r"(?:,\s+(?:Inc\.?|LLC|Ltd\.?|L\.L\.C\.))?)"
)
_DESIGNATES = lazy_compile(
    _SUBJECT + r"(?:\s+"
    r"(?:designates|(?P<are>is|are)\s+(?:jointly\s+)?accredited\s+(?:by|as)|awards|"
    # an amount of credit given to the activity: "X has assigned 10 minutes of CPD credit to
    # this module", "X allocates up to 6 CPD points to this course" (R-PV-1's designation)
    r"(?:has\s+|have\s+)?(?:assign|allocat|award)(?:s|es|ed)?\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?"
    r"\d+(?:[.,]\d+)?\s+(?:[\w/+™®-]+\s+){0,5}?(?:credits?|hours?|points?|minutes?|CEUs?|units?)"
    r"\b[^.]{0,60}?\bto\s+(?:this|the|each)\b|"
    r"is\s+approved\s+by\s+the\s+American\s+Psychological|"
    # "X is an AOTA Approved Provider of ...", "X is the sole provider and sponsor of ..."
    # (a provider "of", "under" or "and": "a primary care provider for" names a person's job)
    # or "in" a field of education ("a leading provider in continuing professional development")
    r"is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:education\s+)?[Pp]rovider(?=\s+(?:under|of|and)\b"
    r"|\s+in\s+(?:continuing|professional|medical|nursing|CPD|CME|CE|education|training)\b)|"
    # a status in title case ends the sentence: "X, LLC is an ADA CERP Recognized Provider."
    r"is\s+an?\s+(?:[\w-]+\s+){0,3}Provider(?=[.,]))"
    # the apposition "X, the provider of this continuing education, is ..."
    r"|,\s+the\s+(?:[\w-]+\s+){0,2}provider\s+of)\b"
)
# the accredited provider resolves its planners' conflicts of interest (ACCME Standards for
# Integrity and Independence, Standard 3, https://accme.org/standards: "the accredited
# provider must ... mitigate relevant financial relationships"): "X has identified and
# resolved all ... conflicts", "Neither X nor any authors, planners ... have"
_RESOLVER = lazy_compile(
    r"(?:^|(?<=[.;?!]\s))(?:Neither\s+(?:the\s+)?(?P<nor>[A-Z][\w&.'’()\-–— ]{2,110}?)\s+nor\b"
    r"|(?:The\s+)?(?P<org>[A-Z][\w&.'’()\-–— ]{2,110}?(?:,\s+(?:Inc\.?|LLC|Ltd\.?))?),?\s+has\s+"
    r"(?:identified\s+and\s+)?(?:resolved|mitigated)\s+all\b)"
)
# "As an ACCME accredited provider of CME, X complies with ...": the provider after the clause
_AS_PROVIDER = lazy_compile(
    r"\bAs\s+an?\s+(?:[\w-]+\s+){0,4}[Pp]rovider\b[^,]{0,100},\s+(?:[Tt]he\s+)?"
    r"(?P<org>[A-Z][\w&.'’()\-–— ]{1,110}?(?:,\s+(?:Inc\.?|LLC|Ltd\.?|L\.L\.C\.))?)\s+(?=[a-z])"
)
_ACCREDITED_BY_WHICH = lazy_compile(
    r"activity\s+is\s+accredited\s+by\s+(?:the\s+)?(?P<org>[A-Z][^.]{2,150}?),\s+which\s+is\s+"
    r"accredited"
)
_COMPANY_HEAD = lazy_compile(
    r"^(?P<org>[A-Z][\w&.'’\- ]{1,60}?,?\s+(?:Inc\.|LLC|Ltd\.?|L\.L\.C\.|Corporation))"
)
_DOMAIN = lazy_compile(r"^[\w.-]+\.(?:org|com|net|edu|gov|ca|uk|eu)$", re.IGNORECASE)


def extract_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The provider (R-PV-1..5), its name spelled out when the page gives it (R-PV-6)."""
    org = _extract_provider(doc, diags)
    if org:
        org = name_run(org) or None  # R-PV-75
    return spelled_out(org, doc.flat) if org else org


def _extract_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    for ln in doc.fields("provider"):
        if ln.value and not is_accreditor(ln.value) and not _PLACEHOLDER.match(ln.value):
            diags.append(Diagnostic("provider", ln.no, ln.text, "used"))
            return ln.value.strip()
    keyed = provider_key(doc)  # R-PV-60: "Course provider: X"
    if keyed:
        diags.append(Diagnostic("provider", keyed[1], keyed[2], "used", "a provider's key"))
        return keyed[0]
    cued = cued_agents(doc, max_rank=2)
    if cued:
        diags.append(Diagnostic("provider", cued.line, cued.text, "used", "provided/sponsored by"))
        return cued.orgs[0]
    found = _statement_provider(doc, diags)
    if found:
        return found
    stated = stated_provider(doc)  # R-PV-61: "The accredited provider for this course is X"
    if stated:
        diags.append(Diagnostic("provider", stated[1], stated[2], "used", "the provider for this"))
        return stated[0]
    awarder = credit_awarder(doc)
    if awarder:
        diags.append(Diagnostic("provider", awarder[1], awarder[2], "used", "awards the credit"))
        return awarder[0]
    keyed = organiser_key(doc)  # R-PV-60: "Event organiser: X"
    if keyed:
        diags.append(Diagnostic("provider", keyed[1], keyed[2], "used", "an organiser's key"))
        return keyed[0]
    cued = cued_agents(doc, max_rank=9)
    if cued:
        diags.append(Diagnostic("provider", cued.line, cued.text, "used", "offered/organised by"))
        return cued.orgs[0]
    jointly = jointly_offering(doc)
    if jointly:
        diags.append(Diagnostic("provider", 0, jointly[0], "used", "jointly offers"))
        return jointly[0]
    for ln in doc.lines if _ACT_CHEAP.search(doc.low) or _PLEASED_CHEAP.search(doc.low) else ():
        # an acronym the page defines as a term in lower case ("chronic kidney disease (CKD)"
        # ... "The CKD screening programme") is a subject, no organisation
        acted = [o for o in _acting_org(ln.text) if not defined_term(o, doc.flat)]
        if acted:
            diags.append(Diagnostic("provider", ln.no, ln.text, "used", "offers/owns an activity"))
            return acted[0]
    for find, note, partners in _OWNER_RESORTS:
        hit = find(doc)
        if hit:
            diags.append(Diagnostic("provider", hit[1], hit[2], "used", note))
            if not partners:
                return str(hit[0])
            doc.memo["sentence_partners"] = hit[0][1:]  # joint_providers.py reads them (R-JP-1)
            return str(hit[0][0])
    return _layout_provider(doc, diags)


def _collaboration_lead(doc: Doc) -> tuple[str, int, str] | None:
    lead = collaboration_lead(doc)
    return (lead, 0, lead) if lead else None


# the page owner's last resorts, in order (R-PV-37..50): a finder of (name, line number, line
# text), or of (names, ...) whose first is the provider and the rest its partners, the note of
# the "used" diagnostic, and whether the finder gives partners
_OWNER_RESORTS: tuple[tuple[Callable[[Doc], Any], str, bool], ...] = (
    (owned_activity, "an activity of X", False),
    (holds_its, "holds its event", False),
    (named_again, "the University held it", False),
    (apposition_provider, "X, as a provider,", False),
    (presenting_heading, "X presents", False),
    (inviting_org, "X invites you", False),
    (headline_orgs, "a news headline", True),
    (title_offerers, "offers a title", True),
    (offering_org, "offers a series", False),
    (chosen_owner, "why choose X", False),
    (own_voice, "the page's own voice", False),
    (offering_sentence, "offers in a sentence", False),
    (starting_orgs, "starts an activity", True),
    (_collaboration_lead, "leads a collaboration", False),
    (policy_owner, "the course's policies", False),
    (meeting_owner, "its meeting", True),
    (credit_from, "credit from X", False),
)


def _statement_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The subject of a designation, accreditation or approval statement (R-PV-1)."""
    has_statement = any(
        w in doc.low
        for w in (
            "designates",
            "accredited",
            "awards",
            "awarded",
            "assign",
            "allocat",
            "approved",
            "provider",
            "resolved",
            "mitigated",
            "neither",
        )
    ) or any(w in doc.low for w in TEMPLATE_WORDS)
    for ln in doc.lines if has_statement else ():
        text = ln.value if ln.raw_key and ln.value else ln.text
        m = (
            (_subject(_DESIGNATES, text) if any(w in text for w in _DESIGNATES_WORDS) else None)
            or (
                _subject(_APPROVED_SUBJECT, text)
                if any(w in text for w in _APPROVAL_WORDS)
                else None
            )
            or (_AS_PROVIDER.search(text) if "As a" in text else None)
            or template_subject(text)
            or (_RESOLVER.search(text) if "Neither" in text or "has " in text else None)
        )
        if m and m.groupdict().get("nor"):
            org = _clean_org(m.group("nor"))
            if org and not is_accreditor(org) and not _PERSON.search(org):
                diags.append(Diagnostic("provider", ln.no, ln.text, "used", "conflict resolver"))
                return org
        elif m and not _NOT_ORG.match(m.group("org")):
            org = _GLUED_PREFIX.sub("", m.group("org").strip().rstrip(","))
            org = HEADING_GLUE.sub("", org)  # "Accreditation" heading run on (R-PV-70)
            parts = _DASHED.split(org)  # "NBCC - Board Approval - X has been approved": X
            if len(parts) > 1 and any(is_accreditor(p.strip()) for p in parts[:-1]):
                org = parts[-1]
            if m.groupdict().get("are") == "are":  # "A and B are accredited by": the first
                org, *partners = org.split(" and ")
                # the others are joint providers (R-JP-1, joint_providers.py asks)
                doc.memo["statement_partners"] = [_clean_org(p) for p in partners]
            org = _clean_org(org)
            # "www.x.com" too, and a brand's lower-case letter before capitals ("iCARE")
            named = org[:1].isupper() or _BRAND.match(org) is not None or _DOMAIN.match(org)
            # an event's name is no subject of a statement, unless the statement gives it a
            # provider's standing ("Elm Health Training is a RACGP Accredited CPD Provider"):
            # only an organisation is one
            event = _EVENT_NAME.search(org) and "rovider" not in m.group(0)
            if not named or is_accreditor(org) or event:
                continue
            diags.append(Diagnostic("provider", ln.no, ln.text, "used", "designation statement"))
            return org
    m = _ACCREDITED_BY_WHICH.search(doc.flat)
    if m:
        diags.append(Diagnostic("provider", doc.line_at(m.start()).no, m.group(0), "used"))
        return m.group("org").strip()
    return None


_DASHED = lazy_compile(r"\s[-–—]\s")
_BRAND = lazy_compile(r"[a-z][A-Z]{2}")


# an event's name, not an organisation's: it ends in an activity noun (data/provider_cues.json),
# a year or edition after it ("The X World Congress 2021 is approved by ..."; its owner X may
# still be read by R-PV-7); "Congress of Obstetricians" goes on past the noun and stays a
# name, and so does a company named for its product ("X Seminars", an organisation word)
_ORG_WORDS_LOW = {w.lower() for w in PROVIDER_CUES["org_words"]}
_EVENT_NAME = lazy_compile(
    r"\b(?:(?i:"
    + "|".join(
        r"\s+".join(map(re.escape, n.split()))
        for n in PROVIDER_CUES["activity_nouns"]
        if n.lower() not in _ORG_WORDS_LOW  # "X Seminars"
    )
    # a noun that also names a company ("X Program", "X Seminars") only in lower case: "the X
    # training program"
    + r")|"
    + "|".join(
        re.escape(n.lower()) for n in PROVIDER_CUES["activity_nouns"] if n.lower() in _ORG_WORDS_LOW
    )
    + r")(?:\s+(?:\d{4}|\d+(?:st|nd|rd|th)?))?$"
)


def _layout_provider(doc: Doc, diags: list[Diagnostic]) -> str | None:
    # R-PV-2: a footer block `Name` followed by its own domain (`PCSS-MOUD` / `PCSS-MOUD.org`)
    texts = [ln for ln in doc.lines if ln.text]
    for a, b in itertools.pairwise(texts):
        name = a.text.strip()
        nxt = b.text.strip()
        if 2 <= len(name) <= 60 and _DOMAIN.match(nxt) and nxt.lower().startswith(name.lower()):
            diags.append(Diagnostic("provider", a.no, a.text, "used", "footer name + domain"))
            return name
    first = texts[0].text if texts else ""
    m = _COMPANY_HEAD.match(first)
    if m and " by " not in m.group("org"):  # "Supported by a grant from X, Inc." names a funder
        diags.append(Diagnostic("provider", texts[0].no, first, "used", "company heading"))
        return m.group("org").strip()
    mast = masthead_owner(doc) or repeated_owner(doc) or named_again_owner(doc)
    if mast:
        diags.append(Diagnostic("provider", mast[1], mast[2], "used", "masthead"))
        return mast[0]
    return _copyright_owner(doc, diags)


# the holder of the page's copyright notice ("Copyright 2025, X. All Rights Reserved."), not
# of quoted material "used/reprinted with permission"
_COPYRIGHT = lazy_compile(
    r"(?:^|(?<=[.;!?]\s))(?i:copyright|©)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
    r"(?:by\s+)?(?:[Tt]he\s+)?(?P<org>[A-Z][^.\n]{1,80}?(?:\.(?:com|org|net|edu))?)\.?\s+"
    r"(?i:all\s+rights\s+reserved)(?!\.?\s+(?i:used|reprinted))"
)


def _copyright_owner(doc: Doc, diags: list[Diagnostic]) -> str | None:
    notice = footer_notice(doc)  # R-PV-58: "© 2025 X", "X – All rights reserved"
    if "rights reserved" not in doc.low:
        if notice:
            diags.append(Diagnostic("provider", notice[1], notice[2], "used", "copyright line"))
        return notice[0] if notice else None
    for ln in doc.lines:
        if "opyright" not in ln.text and "©" not in ln.text:
            continue
        m = _COPYRIGHT.search(ln.text)
        org = _clean_org(m.group("org")) if m else ""
        # a domain is a name however its letters read ("MSW.org" is no social worker)
        if org and (_good_org(org, False) or _DOMAIN.match(org)):
            diags.append(Diagnostic("provider", ln.no, ln.text, "used", "copyright owner"))
            return org
    if notice:
        diags.append(Diagnostic("provider", notice[1], notice[2], "used", "copyright line"))
    return notice[0] if notice else None


_APPROVAL = "|".join(map(re.escape, PROVIDER_CUES["approval_words"]))
# words one of which every match holds (both patterns are case-sensitive): cheap tests first
_DESIGNATES_WORDS = (
    "designates",
    "accredited",
    "awards",
    "approved",
    "provider",
    "Provider",
    "assign",
    "allocat",
    "awarded",
)
_APPROVAL_WORDS = tuple(PROVIDER_CUES["approval_words"])
_APPROVED_SUBJECT = lazy_compile(
    rf"(?:^|(?<=[.;?!]\s)|(?<=[A-Za-z0-9]\s)(?=The\s+[A-Z]))(?:The\s+|{_FRONTED}(?:the\s+)?)?"
    rf"(?P<org>[A-Z](?:[\w&.'’()\-–— ]|{NAME_SLASH}){{1,110}}?"
    r"(?:,\s+(?:Inc\.?|LLC|Ltd\.?|L\.L\.C\.))?)"
    r"(?:,\s+(?:provider\s+)?(?:#|No\.?\s*)\s*\w+,)?\s+(?:is|has\s+been)\s+(?:an?\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_APPROVAL})\s+(?:by|as|provider|to\s+(?:offer|sponsor|provide))\b"
)


# --- providership (data/provider_cues.json "providership") -----------------------------------
def _phrases(words: list[str]) -> str:
    return "|".join(r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", w))) for w in words)


_PS = PROVIDER_CUES["providership"]
_JOINTLY = re.escape(_PS["joint_adverb"])
_JOINT_WORDING = lazy_compile(
    rf"(?<![\w-])(?:{_phrases(_PS['joint'])}|{_JOINTLY}\s+(?:{_ACT_VERBS})\w*)(?![\w-])",
    re.IGNORECASE,
)
_DIRECT_WORDING = lazy_compile(rf"(?<![\w-])(?:{_phrases(_PS['direct'])})(?![\w-])", re.IGNORECASE)


def extract_providership(doc: Doc, found: str | None) -> str | None:
    """`joint` or `direct` as the page words its providership (ACCME's terms; a joint
    wording wins), else what the keyed rule found (`found`)."""
    low = doc.low
    cheap = "joint" in low or "co-" in low or "co " in low or "have planned" in low
    if cheap and _JOINT_WORDING.search(doc.flat):
        return "joint"
    if found is None and ("direct" in low or "sole" in low) and _DIRECT_WORDING.search(doc.flat):
        return "direct"
    return found
