"""R-CR-42: a credit key's value that lists several amounts, each followed by its own name
("Total Credits: 3 NYSED LMSW CEs/Contact Hours, 2.5 ASWB ACE approved continuing education,
3 UBSW - NYS OASAS"). Each item is read on its own: a system the credit-name table knows keeps
its reading; any other item is `OTHER` labelled with its words as written (the corpus'
convention for credit with no known system, docs/corpus.md)."""

from __future__ import annotations

import re
from collections.abc import Callable

from opencme.ingest.parsing.credit_text import Mention, neg, number, unit_of
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.text import split_list
from opencme.ingest.parsing.vocab import body_named

# a key of the credit family: a credit word in the key ("Total Credits", "CE Hours Offered")
CREDIT_KEY = lazy_compile(r"\bcredits?\b|\bCEs?\b|\bCEUs?\b|\bcontact\s+hours?\b", re.IGNORECASE)
_ITEM = lazy_compile(r"^(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+(?P<label>[A-Za-z].{1,120}?)\s*$")
# the unit is the last unit word of the label ("CEs/Contact Hours" -> contact hours)
_UNIT_WORD = lazy_compile(
    r"(contact\s+hours?|clock\s+hours?|hours?|points?|credits?)\W*$", re.IGNORECASE
)
_UNITS = {"contact": "contact_hour", "clock": "hour", "hour": "hour", "point": "point"}
_MIN_ITEMS = 2

# reads one item's text as the named-system scanner would; returns what it found
Scan = Callable[[str], list[Mention]]


def items(value: str) -> list[str]:
    """The value's comma items, a piece that starts with no amount joined back to the item
    before it ("3 NYSED ... Laws, Rules, and Regulations" is one item)."""
    out: list[str] = []
    for part in split_list(value):
        if out and not part[:1].isdigit():
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
    return out


def read_list(value: str, line_no: int, text: str, scan: Scan) -> list[Mention] | None:
    """The mentions of a listed value, or None when the value is no list of amounts."""
    parts = items(value)
    if len(parts) < _MIN_ITEMS or not all(_ITEM.match(p) for p in parts):
        return None
    out: list[Mention] = []
    for part in parts:
        if neg(part, 0):
            continue
        known = [m for m in scan(part) if m.amount is not None]
        if known:
            out.extend(known)
            continue
        m = _ITEM.match(part)
        assert m is not None  # every part matched above
        label = " ".join(m.group("label").split())
        u = _UNIT_WORD.search(label)
        unit = _UNITS.get(u.group(1).split()[0].lower().rstrip("s"), "credit") if u else "credit"
        out.append(Mention("OTHER", label, number(m.group("num")), unit, line_no, text))
    return out


# R-CR-44: a line that is only an amount and a name ending in a unit word ("8 Educational
# activity hours"), a bullet allowed; "CEUs" alone too as one of alternatives ("1.2 CEUs or":
# a CEU is a unit of credit of its own, IACET's; without "or" it may be a conversion, R-CR-27)
_LINE_ITEM = lazy_compile(
    r"^\s*(?:[-•*]\s*)?(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+(?P<label>(?-i:CEUs?)(?=\s+or\s*$)|"
    r"[A-Za-z][A-Za-z &/–-]{0,60}?"
    r"\b(?:contact\s+hours?|clock\s+hours?|hours?|points?|credits?|CEUs?|CEs))"
    r"(?:\s+(?:or|and))?\s*$",  # "1.2 CEUs or": one of alternatives listed
    re.IGNORECASE,
)


def read_runs(lines: list[tuple[int, str]], scan: Scan) -> list[Mention]:
    """R-CR-44: two or more consecutive lines, each an amount and a name ending in a unit
    word, list one credit each; a line naming a known system is left to the scanner, any
    other is `OTHER` labelled with its words as written."""
    out: list[Mention] = []
    run: list[tuple[int, str, re.Match[str] | None]] = []
    for no, text in [*lines, (-1, "")]:
        m = _LINE_ITEM.match(text) if text else None
        if m and not neg(text, 0):
            run.append((no, text, m))
            continue
        if run and text and any(x.amount is not None for x in scan(text)):
            # a known system's line with more words after its unit ("12 Category 1 CECHs for
            # CHES") goes on the run, read where it stands
            run.append((no, text, None))
            continue
        if len(run) >= _MIN_ITEMS:
            for r_no, r_text, r_m in run:
                if r_m is None or any(x.amount is not None for x in scan(r_text)):
                    continue  # a known system's line, read where it stands
                label = " ".join(r_m.group("label").split())
                u = _UNIT_WORD.search(label)
                unit = (
                    _UNITS.get(u.group(1).split()[0].lower().rstrip("s"), "credit")
                    if u
                    else "credit"
                )
                out.append(Mention("OTHER", label, number(r_m.group("num")), unit, r_no, r_text))
        run = []
    return out


# R-CR-71: a credit table's row, amount first ("1.00 / CE for Nurse Practitioners")
_SLASH_ROW = lazy_compile(
    r"^\s*(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*/\s*(?P<label>[A-Za-z][^()/]{1,60}?)\s*"
    r"(?:\([^)]*\))?\s*$"
)
_CREDIT_WORD = lazy_compile(r"\b(?:CE|CME|CNE|credits?|hours?|points?|units?)\b", re.IGNORECASE)
_MOC = lazy_compile(r"\bMOC\b|\bPart\s+(?:I|II|III|IV|[1-4])\b")


def slash_rows(lines: list[tuple[int, str]], scan: Scan) -> list[Mention]:
    """R-CR-71: two or more consecutive rows "amount / credit name" are a credit table; a row
    a known system's reader reads stays its, a MOC row is moc.py's, any other row whose name
    holds a credit word is `OTHER` labelled with the name as written."""
    out: list[Mention] = []
    run: list[tuple[int, str, re.Match[str]]] = []
    for no, text in [*lines, (-1, "end")]:
        if not text.strip():
            continue  # blank lines do not break a table's rows
        m = _SLASH_ROW.match(text) if "/" in text else None
        if m:
            run.append((no, text, m))
            continue
        if len(run) >= _MIN_ITEMS:
            for r_no, r_text, r_m in run:
                label = " ".join(r_m.group("label").split())
                if _MOC.search(label) or not _CREDIT_WORD.search(label):
                    continue
                if any(x.amount is not None for x in scan(r_text)):
                    continue  # a known system's row, read where it stands
                out.append(
                    Mention("OTHER", label, number(r_m.group("num")), "credit", r_no, r_text)
                )
        run = []
    return out


# R-CR-58: "approved for APA CE credit, NBCC CE clock hours, ASWB Clinical CE clock hours, and
# NYSED CE credit": a list of approvers' acronyms, each with its credit words, no amount
_APPROVED_FOR_LIST = lazy_compile(r"\bapproved\s+for\s+(?P<list>[^.;]{5,300})", re.IGNORECASE)
_LIST_ITEM = lazy_compile(
    r"^(?:and\s+|or\s+)?(?:the\s+)?(?P<acr>[A-Z][A-Z&]{1,9})\s+(?P<words>(?:[A-Za-z-]+\s+){0,3}?"
    r"(?:credits?|(?:clock|contact)\s+hours?|hours?|units?|CEUs?))$"
)
_SPLIT_ITEMS = lazy_compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+and\s+")
_ITEM_UNITS = {"clock": "hour", "contact": "contact_hour", "hour": "hour"}

# the approver of an acronym: (credit type, label) from data/accreditors.json, or None
Approver = Callable[[str], tuple[str, str | None] | None]


def approved_list(sentence: str, approver: Approver) -> list[tuple[str, str | None, str]]:
    """(credit type, label, unit) of each item of an "approved for <list>" whose items are all
    an acronym with credit words; a known approver's type, else `OTHER` with the acronym."""
    m = _APPROVED_FOR_LIST.search(sentence)
    if m is None:
        return []
    parts = [p.strip() for p in _SPLIT_ITEMS.split(m.group("list").strip()) if p.strip()]
    items = [_LIST_ITEM.match(p) for p in parts]
    if len(parts) < _MIN_ITEMS or not all(items):
        return []
    out: list[tuple[str, str | None, str]] = []
    for it in items:
        assert it is not None  # every part matched above
        known = approver(it.group("acr"))
        code, label = known if known else ("OTHER", it.group("acr"))
        first = it.group("words").split()[-2:][0].lower().rstrip("s")
        last = it.group("words").split()[-1].lower().rstrip("s")
        unit = _ITEM_UNITS.get(first if last == "hour" else last, "credit")
        out.append((code, label, unit))
    return out


# R-CR-60: a list item that is only an amount and an approver's acronym ("• 25.00 NASW");
# R-CR-131: its unit may stand between ("17 hours ABC"), several acronyms may share the amount
# ("6 contact hours ABC, DEF and GhI"); an acronym is a word of two or more capitals
_ACR = r"(?=[A-Za-z]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z]{1,9}"
_ACRONYM_ITEM = lazy_compile(
    r"^\s*(?:[-•*]\s*)?(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+"
    r"(?:(?P<unit>contact\s+hours?|clock\s+hours?|hours?|credits?|points?)\s+)?"
    rf"(?P<acrs>{_ACR}(?:\s*(?:,|/|&|\band\b)\s*{_ACR}){{0,7}})\s*$"
)
_ACRONYM_SPLIT = lazy_compile(r"\s*(?:,|/|&|\band\b)\s*")
_HEADING_SPAN = 4  # lines above the item where its credit heading may stand
_HEADING_LINE = 40  # a heading is short


def acronym_items(
    lines: list[tuple[int, str]], approver: Approver, is_name: Callable[[str], bool]
) -> list[Mention]:
    """R-CR-60: an amount and an acronym alone on a line, under a heading with "credit" a few
    lines above ("Available credit:"): the acronym's credit (a known approver's type, else
    `OTHER` with the acronym). A credit name ("2.00 COPE") is left to the scanner. R-CR-131: a
    unit after the amount is the credit's unit; each acronym of a list has the amount."""
    out: list[Mention] = []
    for i, (no, text) in enumerate(lines):
        m = _ACRONYM_ITEM.match(text) if text else None
        if m is None:
            continue
        above = lines[max(0, i - _HEADING_SPAN) : i]
        if not any("credit" in t.lower() and len(t) < _HEADING_LINE for _n, t in above):
            continue
        unit = unit_of(m.group("unit")) or "credit"
        for acr in _ACRONYM_SPLIT.split(m.group("acrs")):
            if is_name(acr):
                continue
            known = approver(acr)
            body = None if known else body_named(acr)
            # an accreditor's acronym with the amount is its credit ("1.00 ANCC")
            code, label = known or ((body.credit, body.label) if body else ("OTHER", acr))
            out.append(Mention(code, label, number(m.group("num")), unit, no, text))
    return out
