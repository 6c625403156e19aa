"""Approvals and accreditations that designate credit: "<body> approved for N hours"
(R-CR-17), "<ACRONYM> accredited for N points" (R-CR-43) and an acronym approving the activity
itself (R-CR-56). Split from credits.py, which calls them per sentence."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import CONTEXT_CODES as _CONTEXT_CODES
from opencme.ingest.parsing.credit_text import GENERIC_NAMES as _GENERIC
from opencme.ingest.parsing.credit_text import MODIFIER as _MODIFIER
from opencme.ingest.parsing.credit_text import Mention as _Mention
from opencme.ingest.parsing.credit_text import neg as _neg
from opencme.ingest.parsing.credit_text import number as _number
from opencme.ingest.parsing.credit_text import unit_of as _unit
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import (
    BODIES,
    CREDIT_NAME_RE,
    CREDIT_NAMES,
    CREDIT_WORDS,
    body_named,
)

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_UNIT = r"contact[\s-]*hours?|clock[\s-]*hours?|hours?|hrs?\b|credits?|points?"
_BODY_ALT = "|".join(b.pattern.pattern for b in BODIES)
# R-CR-99: words of the credit's kind between the amount and its unit ("for 3 ACE continuing
# education credits", "for 2 knowledge-based CE hours"): the closed class of R-CR-16 and the
# abbreviations of continuing education (CE, ACE, CME, CNE, CPE)
_KIND_WORDS = (
    r"(?:(?:(?-i:CE|ACE|CME|CNE|CPE)|continuing\s+(?:medical\s+|nursing\s+|pharmacy\s+)?"
    rf"education|{_MODIFIER})\s+){{0,3}}"
)
_CAP = r"(?:up\s+to\s+|a\s+maximum\s+of\s+|a\s+total\s+of\s+)?"
# "NCLE approved for 1.0 hour", "approved by the NBCC for 3 clock hours", "accredited by CAPCE
# for 24 CE hours" (R-CR-17)
_APPROVED_FOR = lazy_compile(
    rf"(?:(?P<org>(?-i:[A-Z][A-Za-z]{{1,9}})|{_BODY_ALT})\s+(?:has\s+)?approved|"
    rf"(?:approved|accredited)\s+by\s+(?:the\s+)?(?P<org2>{_BODY_ALT}|(?-i:[A-Z]{{2,10}}))(?:\s*\([A-Z]+\))?)"
    rf"\s+(?:this\s+(?:[\w-]+\s+){{0,2}}?)?for\s+{_CAP}"
    rf"(?P<num>{_NUM})\s*{_KIND_WORDS}(?P<unit>{_UNIT}|CEUs?|(?-i:CERPs?))\b",
    re.IGNORECASE,
)
# R-CR-99: the approver after the amount, "approved for 4 clock hours by the National Board for
# Certified Counselors (NBCC)": a body of data/accreditors.json only
_FOR_BY_BODY = lazy_compile(
    rf"\b(?:approved|accredited)\s+for\s+{_CAP}(?P<num>{_NUM})\s*{_KIND_WORDS}"
    rf"(?P<unit>{_UNIT}|CEUs?|(?-i:CERPs?))\s+by\s+(?:the\s+)?(?P<org>{_BODY_ALT})",
    re.IGNORECASE,
)
# R-CR-56: "RCPCH has approved this activity for CPD", "TSBDE Approved Course": an acronym
# approving the activity itself (data/credit_words.json `activity_nouns`), no amount
_ACTIVITY_NOUNS = "|".join(map(re.escape, CREDIT_WORDS["activity_nouns"]))
_ACRONYM_APPROVED = lazy_compile(
    # R-CR-121: the amount joined to its unit before a joined approval ("a 20-hour
    # ACPE-approved program"): the approver's credit of that amount
    rf"(?:(?<![\d.])(?P<num>{_NUM})-(?P<unit>hour|credit|contact[\s-]hour)\s+)?"
    r"(?<![\w-])(?-i:(?P<org>[A-Z]{2,10}))(?:\s+|-)(?:has\s+)?approved\s+(?:this\s+)?"
    rf"(?:{_ACTIVITY_NOUNS})\b(?:\s+for\s+(?P<word>CPD|CME|CE)\b)?",
    re.IGNORECASE,
)
# R-CR-43: "HPCSA accredited for 7 Clinical CPD points": an acronym accrediting the activity
# for an amount, up to three capitalised words between the amount and its unit
_ACCREDITED_FOR = lazy_compile(
    r"(?<![\w-])(?-i:(?P<org>[A-Z]{2,10}))"
    # the programme's own words after the acronym ("WCDH Nursing CPD accredited for")
    r"(?P<words>(?:\s+(?-i:[A-Z][a-z]+)){0,2}\s+(?-i:CPD|CME))?"
    r"\s+(?:has\s+)?accredited\s+(?:this\s+[\w-]+\s+)?for\s+"
    rf"(?:up\s+to\s+|a\s+maximum\s+of\s+)?(?P<num>{_NUM})\s+(?:(?-i:[A-Z][\w-]*)\s+){{0,3}}"
    rf"(?P<unit>{_UNIT}|CEUs?)\b",
    re.IGNORECASE,
)


def accredited_for(sentence: str, line_no: int, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """R-CR-43: "<ACRONYM> accredited for N [words] points": the acronym's credit type
    (data/accreditors.json), else `OTHER` with the acronym and the programme's words after it
    ("WCDH Nursing CPD accredited for"); a credit name ("CPD accredited for") is no body.
    Returns the spans read, where no other name is read."""
    taken: list[tuple[int, int]] = []
    for m in _ACCREDITED_FOR.finditer(sentence):
        org = m.group("org")
        if _neg(sentence, m.start("num")) or CREDIT_NAME_RE.fullmatch(org):
            continue
        body = body_named(org)
        if body and body.credit in _CONTEXT_CODES:
            continue  # ACCME, ANCC: accreditors of providers, their credit named elsewhere
        words = " ".join((m.group("words") or "").split())
        code, label = (body.credit, body.label) if body else ("OTHER", f"{org} {words}".strip())
        unit = _unit(m.group("unit")) or "credit"
        mentions.append(_Mention(code, label, _number(m.group("num")), unit, line_no, sentence))
        taken.append((m.start(), m.end()))
    return taken


def acronym_approved(sentence: str, line_no: int, mentions: list[_Mention]) -> None:
    """R-CR-56: an acronym approving the activity itself: its credit (data/accreditors.json),
    else `OTHER` with the acronym and the credit word after "for" ("RCPCH CPD"), amount null.
    A credit name or a provider accreditor (ACCME, ANCC) is no such approver."""
    for m in _ACRONYM_APPROVED.finditer(sentence):
        org = m.group("org")
        body = body_named(org)
        if m.group("num") and body is None:
            continue  # R-CR-121: an amount only for a known approver
        if CREDIT_NAME_RE.fullmatch(org) and not m.group("num"):
            continue
        if body and body.credit in _CONTEXT_CODES and not m.group("num"):
            continue  # an accreditor of providers, unless it approved this amount (R-CR-121)
        word = m.group("word")
        code, label = (
            (body.credit, body.label) if body else ("OTHER", f"{org} {word}" if word else org)
        )
        amount = _number(m.group("num")) if m.group("num") else None
        unit = _unit(m.group("unit").replace("-", " ")) if m.group("unit") else None
        mentions.append(_Mention(code, label, amount, unit, line_no, sentence))


def approved_for(sentence: str, line_no: int, mentions: list[_Mention]) -> None:
    """R-CR-17: "<body> approved for N hours" / "approved by <body> for N hours"; R-CR-99:
    words of the credit's kind before the unit, a known body after it ("approved for N hours
    by <body>")."""
    if " by " in sentence:
        for m in _FOR_BY_BODY.finditer(sentence):
            body = body_named(m.group("org"))
            if body is None or _neg(sentence, m.start("num")):
                continue
            # the IBLCE's Continuing Education Recognition Points are points (data/accreditors.json)
            word = m.group("unit")
            by_unit = "point" if word.startswith("CERP") else _unit(word) or "credit"
            amount = _number(m.group("num"))
            mentions.append(_Mention(body.credit, body.label, amount, by_unit, line_no, sentence))
    for m in _APPROVED_FOR.finditer(sentence):
        org = (m.group("org") or m.group("org2") or "").strip()
        if _neg(sentence, m.start("num")):
            continue
        body = body_named(org)
        if body:
            code, label = body.credit, body.label
        else:
            named = CREDIT_NAME_RE.fullmatch(org)
            if named and CREDIT_NAMES[(named.lastindex or 1) - 1][1] not in _GENERIC:
                _p, code, label, _u = CREDIT_NAMES[(named.lastindex or 1) - 1]
            elif org.isupper() and not named:
                code, label = "OTHER", org
            else:
                continue
        word = m.group("unit")
        unit = _unit(word) or (
            "credit"
            if word.lower().startswith("ceu")
            else "point"
            if word.startswith("CERP")
            else None
        )
        mentions.append(_Mention(code, label, _number(m.group("num")), unit, line_no, sentence))
