"""Rows of one amount per profession under a credit heading (R-CR-66): "Credit Hours" /
"Physicians, PAs: 1" / "Nurses, NPs: 1.2". Each row is its profession's unnamed credit, as
R-CR-4, R-CR-5 and R-CR-6 resolve it (physicians: AMA PRA Category 1 when the page names it,
else CME; nurses: the ANCC when named, else nursing CE; pharmacists: ACPE); the unit is the
row's, else the heading's. Two rows at least (one may be a count); other professions' rows are
left out (their system is not named).

And professions listed with their system in parentheses under a lead-in that offers credit
(R-CR-69): "This activity offers CE credit for:" / "1. Physicians (CME)" / "2. Pharmacists
(ACPE)": each system the credit names know, amount null."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_resolve import resolve_code
from opencme.ingest.parsing.credit_text import Ctx, Mention, number, unit_of
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import CREDIT_NAME_RE, CREDIT_NAMES

_HEADING = lazy_compile(
    r"^(?:(?:CE|CME|CNE)\s+)?(?P<unit>credit\s+hours?|contact\s+hours?|hours?|credits?)"
    r"(?:\s+(?:available|awarded|offered))?\s*:?$",
    re.IGNORECASE,
)
_ROW = lazy_compile(
    r"^\s*[-•*]?\s*(?P<who>[A-Z][A-Za-z ,/&()]{1,60}?)\s*[:–-]\s*"
    r"(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*(?P<unit>contact\s+hours?|hours?|credits?)?\s*\.?$"
)
# the first profession a row names: its field's unnamed credit
_PHYSICIAN = lazy_compile(r"^(?:physicians?|MDs?|DOs?|doctors)\b", re.IGNORECASE)
_NURSE = lazy_compile(r"^(?:nurses?|RNs?|NPs?|nurse\s+practitioners?)\b", re.IGNORECASE)
_PHARMACIST = lazy_compile(r"^pharmacists?\b", re.IGNORECASE)


def _code(who: str, ctx: Ctx) -> str | None:
    if _PHYSICIAN.match(who):
        return "AMA_PRA_1" if ctx.ama else "CME"
    if _NURSE.match(who):
        return "ANCC" if ctx.ancc else "NURSING_CE"
    if _PHARMACIST.match(who):
        return "ACPE"
    return None


def _unit(words: str | None) -> str | None:
    if not words:
        return None
    low = words.lower()
    return "contact_hour" if "contact" in low else "hour" if "hour" in low else unit_of(low)


def profession_rows(doc: Doc, ctx: Ctx) -> list[Mention]:
    """R-CR-66: the rows under each credit heading, one mention per profession row."""
    out: list[Mention] = []
    lines = doc.lines
    for i, ln in enumerate(lines):
        if ln.digit or not ln.text or len(ln.text) > 40:
            continue
        head = _HEADING.match(ln.text.strip())
        if not head:
            continue
        rows: list[Mention] = []
        count = 0
        for nxt in lines[i + 1 : i + 12]:
            if not nxt.text:
                continue
            row = _ROW.match(nxt.text) if nxt.digit else None
            if not row:
                break
            count += 1
            code = _code(row.group("who"), ctx)
            if code:
                unit = _unit(row.group("unit")) or _unit(head.group("unit"))
                rows.append(Mention(code, None, number(row.group("num")), unit, nxt.no, nxt.text))
        if count >= 2:
            out.extend(rows)
    return out


# R-CR-69: a lead-in offering credit to a list ("This activity offers CE credit for:")
_LEAD_IN = lazy_compile(
    r"\b(?:offers?|provides?|awards?|available|eligible)\b.{0,40}\bcredits?\b.{0,20}\bfor:\s*$",
    re.IGNORECASE,
)
_SYSTEM_ITEM = lazy_compile(
    r"^\s*(?:\d{1,2}[.)]|[-•*])?\s*(?P<who>[A-Z][A-Za-z ]{2,30}?)\s*\((?P<sys>[^()]{2,30})\)\s*$"
)
_LIST_LINES = 8


def system_items(doc: Doc, ctx: Ctx) -> list[Mention]:
    """R-CR-69: the systems of the professions listed under a lead-in offering credit."""
    out: list[Mention] = []
    lines = doc.lines
    for i, ln in enumerate(lines):
        if not ln.text.endswith(":") or not _LEAD_IN.search(ln.text):
            continue
        for nxt in lines[i + 1 : i + 1 + _LIST_LINES]:
            if not nxt.text:
                continue
            item = _SYSTEM_ITEM.match(nxt.text)
            if not item:
                break
            name = CREDIT_NAME_RE.fullmatch(item.group("sys").strip())
            if not name:
                continue
            _pat, raw_code, label, unit = CREDIT_NAMES[(name.lastindex or 1) - 1]
            code, ctx_label = resolve_code(raw_code, nxt.text, ctx, name.group(0))
            out.append(Mention(code, label or ctx_label, None, unit, nxt.no, nxt.text))
    return out
