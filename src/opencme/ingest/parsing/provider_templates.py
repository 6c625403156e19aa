"""Statement subjects read by the fixed wording of an accreditor's template or of an
application for accreditation (R-PV-22, R-PV-23, R-PV-24), the subject search that retries
after a sentence's end (R-PV-12), and the organisation of the course's policies (R-PV-35).
Apart from providers.py: each reading is one template, and the provider rules ask them with
the designation statements (`_statement_provider`) or last."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import ACRONYM_SHAPE, PERSON, clean_org, good_org
from opencme.ingest.parsing.vocab import is_accreditor

# words one of which the text holds when a template below may match (cheap tests first)
TEMPLATE_WORDS = ("improving patient care", "applied", "applying", "group learning")

# a sentence's end inside a subject the line's start began ("The learner must pass the quiz. CE
# Zenith Seminars, LLC, ... is approved"): two lower-case letters and a stop before a capital
# ("St. Anne", "U.S. Army", "Acme Inc. Foundation" go on); a capitalised "The" inside it opens
# a glued heading's subject ("Expiration Date: February 2031 The X, LLC is ...")
_SENTENCE_END = lazy_compile(
    r"(?<![A-Z])(?<!\bInc)(?<!\bLtd)[a-z]{2}[.!?]\s+(?=[A-Z])|(?<=\w)\s(?=The\s+[A-Z])"
)


def subject_match(pat: re.Pattern[str], text: str) -> re.Match[str] | None:
    """`pat`'s first match whose subject holds no sentence's end: the subject a line's start
    began is tried again after the last stop inside it."""
    pos = 0
    for _ in range(4):
        m = pat.search(text, pos)
        if not m or m.group("org") is None:
            return m
        ends = list(_SENTENCE_END.finditer(m.group("org")))
        if not ends:
            return m
        pos = m.start("org") + ends[-1].end()
    return None


# Joint Accreditation's required statement opens "In support of improving patient care, X is
# jointly accredited by ..." (https://www.jointaccreditation.org): its subject even when the
# excerpt cuts the statement after "is"
_JA_LEAD_IN = lazy_compile(
    r"\bIn\s+support\s+of\s+improving\s+patient\s+care,\s+(?:the\s+)?"
    r"(?P<org>[A-Z][\w&.'’()\-–— ]{2,110}?)\s+is\b"
)
# the applicant for the activity's accreditation: "X applied for CME accreditation from Y",
# "X has applied to Y for accreditation"
_APPLIED = lazy_compile(
    r"(?:^|(?<=[.;?!]\s))(?:The\s+)?(?P<org>[A-Z][\w&.'’()\-–— ]{1,110}?)\s+(?:has\s+|have\s+)?"
    r"(?:applied|is\s+applying)\s+(?:to\s+(?:the\s+)?[^.;]{2,80}?\s+)?for\s+(?:[\w/-]+\s+){0,2}"
    r"accreditation\b"
)
# the Royal College of Physicians and Surgeons of Canada's template: "This event is an
# Accredited Group Learning Activity (Section 1) as defined by the Maintenance of Certification
# Program of the Royal College ..., and approved by X" (https://www.royalcollege.ca, MOC
# Program accreditation statements): X is the accredited CPD provider
_SECTION_APPROVER = lazy_compile(
    r"\b[Aa]ccredited\s+(?:[Gg]roup\s+[Ll]earning|[Ss]elf-[Aa]ssessment|[Ss]imulation)\s+"
    r"(?:[Aa]ctivit(?:y|ies)|[Pp]rograms?)\b[^.]{0,300}?\bapproved\s+by\s+(?:the\s+)?"
    r"(?P<org>[A-Z][^.;()]{2,120}?)(?=\s*(?:[.;(]|$))"
)


def template_subject(text: str) -> re.Match[str] | None:
    """The match of the first template one line's text follows, its subject in group "org"."""
    if "improving patient care," in text:
        m = _JA_LEAD_IN.search(text)
        if m:
            return m
    if "appl" in text:
        m = subject_match(_APPLIED, text)
        if m:
            return m
    if "roup" in text or "ssessment" in text or "imulation" in text:
        return _SECTION_APPROVER.search(text)
    return None


# --- the organisation of the course's policies (R-PV-35) ----------------------------------
_NAME_RUN = r"[A-Z][\w&.'’-]*(?:\s+(?:(?:of|for|and|&|the)\s+)*[A-Z][\w&.'’-]*){0,9}"
# it answers for the course's cancellation ("X is not responsible for airfare", "X reserves the
# right to cancel"; an excerpt may cut "respon|sible") and pays its faculty ("Ann Lo receives
# compensation from X for this course")
_POLICY = lazy_compile(
    rf"(?:^|(?<=[.;?!]\s))(?:The\s+)?(?P<org>{_NAME_RUN})\s+(?:is\s+not\s+respon|will\s+not\s+be\s+"
    r"respon|cannot\s+be\s+held\s+respon|reserves\s+the\s+right\s+to\s+(?:cancel|change|modify|"
    r"postpone|substitute))"
)
# the accredited provider acknowledges its commercial supporters (ACCME Standards for
# Integrity and Independence, Standard 5): "X thanks the companies who support ...", "X
# gratefully acknowledges the following companies for their support"
_THANKS = lazy_compile(
    rf"(?:^|(?<=[.;?!]\s))(?:The\s+)?(?P<org>{_NAME_RUN})\s+(?:(?:gratefully|also)\s+)?"
    r"(?:thanks|acknowledges|recognizes|recognises)\s+(?:the\s+)?(?:following\s+)?"
    r"(?:companies|organi[sz]ations|supporters|sponsors|commercial\s+supporters?|industry)\b"
)
_PAYER = lazy_compile(
    r"\breceives?\s+(?:compensation|royalties|an?\s+honorarium|honoraria)\s+from\s+(?:the\s+)?"
    rf"(?P<org>{_NAME_RUN})\s+for\s+(?:this|the)\s+(?:course|activity|program|programme|"
    r"presentation|webinar|module|session)\b"
)


def policy_owner(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) answering for the course's cancellation
    or paying its faculty; a name with an organisation's word or acronym, or one the page
    gives again."""
    low = doc.low
    if (
        "respon" not in low
        and "reserves the right" not in low
        and " from " not in low
        and ("support" not in low)
    ):
        return None
    for ln in doc.lines:
        text = ln.text
        m = (
            (_POLICY.search(text) if "respon" in text or "reserves the right" in text else None)
            or (_PAYER.search(text) if "receive" in text else None)
            or (_THANKS.search(text) if "support" in text else None)
        )
        org = clean_org(m.group("org")) if m else ""
        if not org or not good_org(org, False) or is_accreditor(org) or PERSON.search(org):
            continue
        # one word alone is a kind ("The School reserves the right") unless named again
        if " " not in org and not ACRONYM_SHAPE.match(org) and doc.flat.count(org) < 2:
            continue
        if good_org(org, True) or doc.flat.count(org) > 1:
            return org, ln.no, ln.text
    return None
