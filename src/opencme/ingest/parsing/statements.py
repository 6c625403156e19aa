"""Which statements a listing carries (R-ST-1) and their text as found (R-ST-2).

The record only flags each statement; the activity keeps the text, so the parser returns
the text of every statement it flags: the logical line(s) that made the flag, or, where
that line is only a heading ("Disclaimer"), the paragraph under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from opencme.ingest.parsing.commercial import company_support
from opencme.ingest.parsing.draft import STATEMENT_KEYS
from opencme.ingest.parsing.fields import _COMMERCIAL_NO
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.statement_approved import approved_by_body
from opencme.ingest.parsing.statement_classes import (
    accreditation_sentence,
    disclaimer_sentence,
    funding_sentence,
)
from opencme.ingest.parsing.vocab import STATEMENT_WORDS, led_by, word_class


def _alt(words: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len)[::-1])


# "recognised" is praise as often as approval ("is widely recognized as one of …"): it makes
# the statement only with a provider after it (_RECOGNISED)
_APPROVAL_WORD = _alt([w for w in STATEMENT_WORDS["approval_words"] if not w.startswith("recogni")])
_RECOGNISED = led_by(
    "ahiw",
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"recogni[sz]ed\s+(?:providers?\b|(?:by\b[^.]{0,80}?\s)?as\s+an?\s+(?:[\w-]+\s+){0,3}?"
    r"providers?\b)",
    re.IGNORECASE,
)
# an accreditor named before "accredited"/"approved" (case matters: its initials): "This course
# is HPCSA accredited for 7 CPD points", "is NCLE approved for 1.0 hour", "This RCGP accredited
# resource", "As an ACCME accredited provider"; a line opening "Accredited by <Name>"
_NAMED_APPROVAL = lazy_compile(
    r"\b(?:is|are|was|were|been)\s+(?:an?\s+)?[A-Z]{2,}[A-Za-z-]*\s+(?:[Aa]ccredited|[Aa]pproved)"
    r"\s+for\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?\d"
    r"|\b(?:[Tt]his|[Tt]he)\s+[A-Z]{2,}[A-Za-z-]*[\s-](?:[Aa]ccredited|[Aa]pproved)\s+"
    r"(?:course|activity|resource|program|programme|event|module|webinar)\b"
    r"|\b[Aa]s\s+an?\s+[A-Z]{2,}[A-Za-z-]*[\s-](?:[Aa]ccredited|[Aa]pproved)\s+provider"
    r"|^\s*(?:Jointly\s+)?Accredited\s+by\s+(?:the\s+)?[A-Z]"
    # R-ST-16: the accreditor's approval as a modifier of the credit or the activity ("110 ACPE
    # approved contact hours", "a 20-hour ACPE-approved program", "hours of ACPE-accredited
    # CE"), in brackets after a name ("(OCP Approved)") or alone on its line ("EMDRIA APPROVED")
    r"|\b(?!(?:CPD|CME|CE|CEU|CNE|CPE)\b)[A-Z]{2,}[A-Za-z]*[\s-](?:[Aa]ccredited|[Aa]pproved)\s+"
    r"(?:(?:contact|credit|CE|CME|"
    r"CPD)\s+)?(?:hours?|credits?|CEs?|CME|CPD|CEUs?|points?|program|programme|course|"
    r"activity|module|training)\b"
    r"|\(\s*[A-Z]{2,}[A-Za-z]*\s+[Aa]pproved\s*\)|^\s*[A-Z]{2,}\s+APPROVED\s*$"
)
# "X is approved as a provider …", "was approved by …", "is an AOTA Approved Provider",
# "RCPCH has approved this activity", "EBAP has granted 40 CME credits"
_APPROVAL = led_by(
    "ahiw",
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{_APPROVAL_WORD})\s+(?:{_alt(STATEMENT_WORDS['approval_objects'])})\b"
    r"|\bhas\s+(?:approved|accredited)\s+this\b|\bhas\s+granted\s+\d",
    re.IGNORECASE,
)

_ACCREDITATION = led_by(
    "adhip",
    r"\b(?:is|has\s+been)\s+approved\s+by\b[^.]{0,80}?\b(?:to\s+sponsor|for\s+\d|as\s+an?\s+"
    r"approved)|\b(?:is|are)\s+(?:jointly\s+)?accredited\s+(?:by|as|with)\b|\bdesignates\s+this\b"
    r"|has\s+been\s+accredited\s+by"
    # the ACCME's template: "This activity has been planned and implemented in accordance with
    # the accreditation requirements and policies (the Essential Areas and Policies) of …"
    r"|planned\s+and\s+implemented\s+in\s+accordance\s+with\s+the\s+"
    r"(?:accreditation\s+requirements|essential\s+areas)",
    re.IGNORECASE,
)
_FUNDING = word_class(STATEMENT_WORDS["funding"])
# a grant of any kind given for the activity: "The rounds are supported by a three-year grant
# from …", "made possible through a grant" (R-ST-4)
_GRANT_GIVEN = lazy_compile(
    r"\b(?:supported|funded|made\s+possible)\s+(?:in\s+part\s+)?(?:by|through)\s+(?:an?|the)\s+"
    r"(?:[\w-]+\s+){0,3}?grants?\b",
    re.IGNORECASE,
)
_DISCLAIMER = led_by(
    "dnov",
    r"\bdisclaimer\b|not\s+(?:be\s+used\s+for|a\s+substitute\s+for)\s+"
    r"medical\s+advice|do\s+not\s+necessarily\s+reflect"
    # an accreditor's required wording ("The assignment of AOTA CEUs does not imply
    # endorsement of specific course content …"; ANCC: "Approval … does not imply endorsement")
    r"|not\s+(?:imply|infer|constitute)\s+(?:an?\s+)?endorsement"
    # the speakers' views are their own ("Opinions expressed by authors are their own and may
    # not reflect those of …", "The views and opinions expressed … do not represent …")
    r"|(?:views|opinions)\b[^.]{0,80}\b(?:are\s+(?:their|his|her)\s+own|do\s+not\s+"
    r"(?:necessarily\s+)?(?:represent|reflect)|may\s+not\s+reflect)",
    re.IGNORECASE,
)
# R-ST-12: a site's documents named together ("the site's terms and conditions, legal disclaimer
# and cookie policy", "Privacy Policy | Terms of Use | Disclaimer"): the word names a
# page of the site, no statement about the activity
_SITE_DOCUMENTS = lazy_compile(
    r"\bprivacy\s+(?:policy|notice|statement)|\bterms\s+(?:of\s+(?:use|service|sale)|"
    r"and\s+conditions)|\bcookie\s+(?:policy|notice)",
    re.IGNORECASE,
)


def _disclaimer(text: str) -> re.Match[str] | None:
    """A disclaimer statement on the line; the bare word among a site's documents is none."""
    for m in _DISCLAIMER.finditer(text):
        if m.group(0).lower() != "disclaimer" or not _SITE_DOCUMENTS.search(text):
            return m
    return None


# (patterns, cheap substrings one of which must be present) per statement
_PATTERNS: dict[str, tuple[tuple[Callable[[str], object], ...], tuple[str, ...]]] = {
    "accreditation": (
        (
            _ACCREDITATION.search,
            _APPROVAL.search,
            _RECOGNISED.search,
            _NAMED_APPROVAL.search,
            accreditation_sentence,  # other countries' wordings (R-ST-8)
            approved_by_body,  # participles, "we're", provider numbers (R-ST-11)
        ),
        (
            "accredit",
            "designates",
            "reviewed",  # R-ST-14
            "approved",
            "recogni",
            "certified",
            "endorse",  # "endorsed", "endorses" (R-ST-13)
            "approves",
            "granted",
            "awarded",
            "allocated",
            "assigned",
            "validated",
            "rated",
            "carr",
            "attract",
            "worth",
        ),
    ),
    "commercial_support": (
        # a grant only from institutions is funding, not commercial support (R-ST-7)
        (company_support, _COMMERCIAL_NO.search),
        # "support from pharmaceutical companies" names no grant and no "commercial"
        ("grant", "commercial", "support", "sponsor"),
    ),
    "funding": (
        (_FUNDING.search, _GRANT_GIVEN.search, funding_sentence),
        (
            "fund",
            "grant",
            "cooperative",
            "support",
            "financ",
            "underwrit",
            "possible",
            "bursar",
            "sponsorship",
        ),
    ),
    "disclaimer": (
        (_disclaimer, disclaimer_sentence),
        (
            *("disclaim", "advice", "necessarily", "endorse", "opinions", "views", "purposes only"),
            *("substitute", "certification", "licensure", "credential"),
        ),
    ),
}
# A statement may run over several lines (accreditation + designation); others are one block.
_MAX_LINES = {"accreditation": 4}
_HEADING_MAX = 40
_SENTENCE_WORDS = 4


def _statement_lines(doc: Doc) -> list[Line]:
    # a bare `Commercial Support: No` field is data, not a statement (R-ST-1); a sentence as its
    # value ("Commercial Support: This activity received no commercial support.") is one
    return [ln for ln in doc.lines if ln.text and (ln.key != "commercial_support" or _said(ln))]


def _said(ln: Line) -> bool:
    """The keyed line's value is a sentence (four words or more)."""
    return ln.value is not None and len(ln.value.split()) >= _SENTENCE_WORDS


def extract_statements(doc: Doc) -> tuple[dict[str, bool], dict[str, str]]:
    """Flags for every statement and the text of each flagged one."""
    lines = _statement_lines(doc)
    low = "\n".join(ln.text for ln in lines).lower()
    flags = {key: False for key in STATEMENT_KEYS}
    texts: dict[str, str] = {}
    line_lows: list[str] | None = None  # each line in lower case, made once when needed
    for key in STATEMENT_KEYS:
        patterns, needles = _PATTERNS[key]
        if not any(n in low for n in needles):
            continue
        if line_lows is None:
            line_lows = [ln.text.lower() for ln in lines]
        hits = [
            i
            for i, ln in enumerate(lines)
            if any(n in line_lows[i] for n in needles) and any(found(ln.text) for found in patterns)
        ]
        if not hits:
            continue
        flags[key] = True
        texts[key] = _text_of(doc, lines, hits[: _MAX_LINES.get(key, 1)])
    return flags, texts


def _text_of(doc: Doc, lines: list[Line], hits: list[int]) -> str:
    parts: list[str] = []
    for i in hits:
        text = lines[i].text.strip()
        if len(text) <= _HEADING_MAX and not text.endswith("."):
            # a heading such as "Disclaimer": the statement is the paragraph below it
            body = _paragraph_after(doc, lines[i])
            text = body or text
        if text not in parts:
            parts.append(text)
    return "\n\n".join(parts)


def _paragraph_after(doc: Doc, heading: Line) -> str:
    out: list[str] = []
    started = False
    for ln in doc.lines:
        if ln.no <= heading.no:
            continue
        if not ln.text:
            if started:
                break
            continue
        started = True
        out.append(ln.text.strip())
        if len(out) >= 6:
            break
    return " ".join(out)
