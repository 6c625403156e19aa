"""Credit designations: which credit systems an activity offers, how much, in what unit.

Reads every line (MOC lines excluded) for a credit-system name with an amount next to it,
in either order (`1.25 CME Credits`, `IPCE Credits: 1.5 hours`, `a maximum of 1.50 AMA PRA
Category 1 Credits™`). Credit-list lines (`Credit Designations Available: ...`) and
designation sentences add the systems they name even without an amount (amount null).
Numbers in conversion tables, rates, requirements and caps are refused (rules.md, R-CR-*).
Shared pieces live in `credit_text.py`, credit with no named system in `credit_generic.py`,
boards, colleges and approvers' acronyms in `credit_boards.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from opencme.ingest.parsing.credit_approvals import (
    accredited_for,
    acronym_approved,
    approved_for,
)
from opencme.ingest.parsing.credit_boards import (
    acronym_credits,
    approving_board,
    board_approvals,
    board_key_value,
    board_named,
    body_approvals,
    following_heading,
    listed_approver,
    org_row,
    short_list,
)
from opencme.ingest.parsing.credit_generic import GENERIC_CE as _GENERIC_CE_ANY
from opencme.ingest.parsing.credit_generic import OTHER_PROFESSION_WORDS as _OTHER_PROFESSION_WORDS
from opencme.ingest.parsing.credit_generic import generic_ce as _generic_ce
from opencme.ingest.parsing.credit_lists import (
    CREDIT_KEY,
    acronym_items,
    approved_list,
    read_list,
    read_runs,
)
from opencme.ingest.parsing.credit_tables import read_tables
from opencme.ingest.parsing.credit_text import ACPE_NAMED as _ACPE_NAMED
from opencme.ingest.parsing.credit_text import CONTEXT_CODES as _CONTEXT_CODES
from opencme.ingest.parsing.credit_text import GENERIC_NAMES as _GENERIC
from opencme.ingest.parsing.credit_text import NAME_NUMBER as _NAME_NUMBER
from opencme.ingest.parsing.credit_text import NURSE_CTX as _NURSE_CTX
from opencme.ingest.parsing.credit_text import NURSING_ACCREDITOR as _NURSING_ACCREDITOR
from opencme.ingest.parsing.credit_text import PER as _PER
from opencme.ingest.parsing.credit_text import PHARM_CTX as _PHARM_CTX
from opencme.ingest.parsing.credit_text import RATE as _RATE
from opencme.ingest.parsing.credit_text import STRONG_NEG as _STRONG_NEG
from opencme.ingest.parsing.credit_text import WEAK_NEG as _WEAK_NEG
from opencme.ingest.parsing.credit_text import WORD_NUM as _WORD_NUM
from opencme.ingest.parsing.credit_text import Ctx as _Ctx
from opencme.ingest.parsing.credit_text import Mention as _Mention
from opencme.ingest.parsing.credit_text import neg as _neg
from opencme.ingest.parsing.credit_text import number as _number
from opencme.ingest.parsing.credit_text import sentences as _sentences
from opencme.ingest.parsing.credit_text import unit_of as _unit
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.vocab import (
    BOARD_CODE_RE,
    CREDIT_NAME_ANY,
    CREDIT_NAME_RE,
    CREDIT_NAMES,
    CREDIT_WORDS,
    body_named,
    led_by,
)

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_UNIT = r"contact[\s-]*hours?|clock[\s-]*hours?|hours?|hrs?\b|credits?|points?"
# words that may stand between an amount and the system's name (data/credit_words.json)
_MODIFIER = "|".join(r"[\s-]+".join(map(re.escape, w.split())) for w in CREDIT_WORDS["modifiers"])
_NUMBER_WORD = "|".join(CREDIT_WORDS["number_words"])
_BEFORE = re.compile(
    # "One (1) ADA CERP": the figure in parentheses after a spelled number
    rf"(?P<num>{_NUM}|{_WORD_NUM})(?:(?<=\(\d)\)|(?<=\(\d\d)\)|(?<=\(\d\.\d)\)|(?<=\(\d\.\d\d)\))?"
    rf"\s*(?:\(s\)\s*)?(?:\((?:{_NUMBER_WORD})\)\s*)?(?:total\s+)?(?:continuing\s+education\s+)?(?:(?P<unit>{_UNIT})\s*(?:\(s\)\s*)?"
    rf"(?:of\s+)?)?(?:(?:{_MODIFIER})\s+){{0,3}}(?:\(\s*)?$",
    re.IGNORECASE,
)
# a row of a credit table, "1.00 / AMA PRA Category 1 Credit™" (the amount first in the row)
_ROW_BEFORE = re.compile(rf"^\s*(?:[-•*|]\s*)?(?P<num>{_NUM})\s*/\s*(?P<unit>(?!))?$")
# a unit written after the system's name ("1.5 ACPE contact hours")
_UNIT_AFTER_NAME = re.compile(
    r"\s*(?:CE\s+|CPE\s+|CME\s+)?(?P<unit>"
    + "|".join(r"[\s-]+".join(map(re.escape, u.split())) for u in CREDIT_WORDS["units_after_name"])
    + r")\b",
    re.IGNORECASE,
)
# R-CR-49: the amount in parentheses after the name, "(CME) credits (1.5) are available"
_AFTER_PAREN = re.compile(
    rf"\)?\s*(?P<unit>credits?|hours?)?\s*\(\s*(?P<num>{_NUM})\s*\)", re.IGNORECASE
)
# "Contact Hours Awarded: 2.5": a participle of offering between the name and its amount
_AFTER = re.compile(
    r"\s*(?:\(s\))?\s*(?:™|®|\(TM\)|TM\b)?\s*(?:(?:awarded|offered|available|earned|granted)\b\s*)?"
    r"(?:[:=–|-]\s*)*(?:a\s+maximum\s+of\s+|up\s+to\s+)?"
    rf"(?P<num>{_NUM})(?![\d/-]|\.\d)\s*(?P<unit>{_UNIT})?",
    re.IGNORECASE,
)
_GENERIC_HOURS = led_by(
    r"\d",
    rf"(?<![\d.,])(?P<num>{_NUM})\s*(?P<unit>contact\s+hours?|hours?)\s*(?:\([^)]{{0,30}}\)\s*)?"
    r"of\s+(?P<words>(?:(?-i:[A-Z][a-z]+)\s+(?:and\s+)?){0,3}"
    r"(?:continuing\s+(?P<field>medical\s+|nursing\s+|pharmacy\s+)?education)"
    r"(?:\s+(?:credit|units?|training)\b)?|credit\b)(?:\s*\((?P<paren>[A-Z][A-Z&]{1,9})\))?",
    re.IGNORECASE,
)
_OFFER = led_by(
    "acdeor",
    r"\b(?:designat\w*|offer(?:s|ed|ing)?\b|award\w*|approved\s+for|accredited\s+for|eligible\s+for|"
    r"claim\w*|receive\s+(?:CE|CME|credit)|(?:obtain|earn)\s+(?:[\w-]+\s+)?(?:CE|CME|CPE|credit))\b",
    re.IGNORECASE,
)
# "... for a maximum of 40.0" ending a line, the system's name on the next one
_ENDS_WITH_AMOUNT = re.compile(r"\b(?:of|for|up\s+to|earn|receive)\s+\d{1,3}(?:\.\d{1,2})?\s*$")
# a spelled-out numeral and up to four words ending where a credit word starts
_WORD_BEFORE = re.compile(rf"(?=[efnost]){_WORD_NUM}[ \t]+(?:[\w-]+[ \t]+){{0,4}}$")
_WORD_WINDOW = 60
# the credit words a spelled amount stands before, found by plain substring search (fast);
# "hour" and "point" alone are left out: spelled durations ("a one hour webinar") are common
_WORD_ANCHORS = ("credit", "contact", "cme", "ceu", "continuing education")


def _worded_lines(doc: Doc) -> set[int]:
    """R-CR-40: the numbers of the lines where a spelled-out numeral stands before a credit
    word; the regex runs only just before each credit word, found by substring search."""
    found: set[int] = set()
    low = doc.low
    for key in _WORD_ANCHORS:
        at = low.find(key)
        while at >= 0:
            if _WORD_BEFORE.search(low, max(0, at - _WORD_WINDOW), at):
                found.add(doc.line_at(at).no)
            at = low.find(key, at + len(key))
    return found


# cheap guards: an acronym credit ends in one of these words; a table row has a dash
_ACRONYM_UNITS = ("credit", "hour", "point", "unit", "ceu")


# R-CR-52: names that are only a profession's word ("Nursing", "Pharmacy", "Social Work")
_PROFESSION_WORD = re.compile(r"(?:nursing|pharmacy|social[\s-]*work)$", re.IGNORECASE)
_RUN_LINE = 80  # a line of a run of credit lines (R-CR-44) is short
_UNIT_IN_NAME = re.compile(r"credit|hour|unit|point|CEU", re.IGNORECASE)
# what may follow a bare "CME" / "CE" counted by a spelled numeral: a verb or the clause's end
_COUNT_END = re.compile(
    r"\s*(?:[.,;:)]|$)|\s+(?:is|are|was|were|will|may|can|provided|available|awarded|offered)\b",
    re.IGNORECASE,
)


def _counts_credit(
    sentence: str, name: re.Match[str], unit: str | None, after: re.Match[str] | None
) -> bool:
    """R-CR-40: a spelled numeral counts credit, not activities: a unit word in or after the
    name ("one nursing contact hour"), or a bare "CME" ending its clause ("one CME is provided")."""
    if unit or after or _UNIT_IN_NAME.search(name.group(0)):
        return True
    return _COUNT_END.match(sentence, name.end()) is not None


def _has_dash(text: str) -> bool:
    return "–" in text or "—" in text or " - " in text


# every credit name contains one of these (cheap pre-filter before the big alternation)
_NAME_HINTS = (
    "credit",
    "cme",
    "hour",
    "ipce",
    "nurs",
    "pharm",
    "social",
    "aswb",
    "acpe",
    "ancc",
    "ecmec",
    "mainpro",
    "cpeu",
    "cpd",
    "cope",
    "aafp",
    "aoa",
    "aapa",
    "ama",
    "cpd",
    "apa",
    "interprof",
    "ada",
    "agd",
    "cne",
    "cech",
)
_ORG_BEFORE = re.compile(
    r"(?:School|College|Department|Faculty|Board|Council|Association|Society|Center|Centre|"
    r"Institute|Academy|Division)s?\s+(?:of\s+|for\s+|on\s+)?(?:the\s+)?$"
)
# R-CR-13: a provider "approved to offer" a system's credit designates nothing by itself
_OFFER_NEG = re.compile(
    r"\bbasis\b|no\s+longer|\bconvert|\bequivalent\b|=|\baccepts?\b|"
    r"\bapproved\s+(?:as\s+an?\s+[\w\s]{0,30}?provider\s+)?to\s+(?:offer|provide|award)\b",
    re.IGNORECASE,
)
_AMA_IN_TEXT = led_by("a", CREDIT_NAMES[0][0], re.IGNORECASE)  # "AMA PRA Category 1 ..."
_ANCC_IN_TEXT = led_by("a", r"\bANCC\b|American\s+Nurses\s+Credentialing\s+Center", re.IGNORECASE)
_RN = led_by("ALR", r"\b(?:RNs?|LPNs?|APRNs?)\b")
_CHES_CTX = re.compile(r"\bCHES\b|\bCECH\b", re.IGNORECASE)
_TBD_DESIGNATION = led_by("d", r"designates?\b[^.]*?\bTBD\b", re.IGNORECASE)
# `1.5 CME / CE credits`, `25.50 contact hours (BPS and ACPE)`: one amount for both names
_SLASH_JOIN = re.compile(r"^\s*(?:/|and|&)\s*$")


_APA_SHORT = re.compile(r"\bAPA\b")


def _approver(sentence: str) -> tuple[str, str | None] | None:
    """R-CR-12: hours approved by a named body (data/accreditors.json) take its credit type."""
    body = body_named(sentence)
    if body and body.credit not in _CONTEXT_CODES:
        return body.credit, body.label
    if _APA_SHORT.search(sentence):
        return "APA", None
    return None


def _resolve(code: str, sentence: str, ctx: _Ctx, name: str = "") -> tuple[str, str | None]:
    """Map generic names to codes (R-CR-4..R-CR-7); `name` is the text's words for it."""
    if code == "CME":
        if ctx.ama:
            return "AMA_PRA_1", None
        return ctx.cme_authority() or ("CME", None)
    if code in ("CONTACT", "HOURS"):
        approver = _approver(sentence)
        if approver:
            return approver
        board = board_named(sentence)
        if board:
            return "OTHER", board  # a state board's approval (docs/corpus.md)
        if _CHES_CTX.search(sentence):
            return "OTHER", "CECH"
        if _PHARM_CTX.search(sentence) and not _NURSE_CTX.search(sentence):
            return "ACPE", None
        if (ctx.pharmacy_only or ctx.acpe_alone) and not _NURSE_CTX.search(sentence):
            return "ACPE", None  # R-CR-6, R-CR-45: a pharmacy listing's contact hours
        if ctx.board and not ctx.ancc:
            return "OTHER", ctx.board  # the state board that approved the provider
        if not (ctx.ancc or ctx.nurses):
            only = ctx.only_approver()
            if only:
                return only  # the one approver the page names ("AOTA CEUs" ... "7 Contact Hours")
            # no nurse anywhere: credit with no named system, in the text's own words
            return "OTHER", " ".join(re.sub(r"\s*\(s\)", "", name).split())
        return ("ANCC" if ctx.ancc else "NURSING_CE"), None
    if code == "NURSING":
        if ctx.board and not ctx.ancc:
            return "OTHER", ctx.board
        return ("ANCC" if ctx.ancc else "NURSING_CE"), None
    return code, None


def _clause(sentence: str, name: re.Match[str]) -> str:
    """R-CR-53: the clause between semicolons that holds the name; its profession decides
    unnamed hours ("1.5 hours of CME for physicians; 1.5 contact hours for pharmacists")."""
    if ";" not in sentence:
        return sentence
    start = sentence.rfind(";", 0, name.start()) + 1
    end = sentence.find(";", name.end())
    return sentence[start : end if end >= 0 else len(sentence)]


_EARN = re.compile(r"\b(?:earn|obtain|receive|claim)\b", re.IGNORECASE)


def _required(sentence: str, name_at: int) -> bool:
    """R-CR-62: a requirement word before a name offered without an amount makes the sentence a
    requirement, not an offer ("Sessions must be designated for CME credit"), unless it is the
    condition to earn the credit ("Requires 80% ... to earn CME credit")."""
    w = _WEAK_NEG.search(sentence, 0, name_at)
    return w is not None and _EARN.search(sentence, w.end(), name_at) is None


def _has_ama_designation(doc: Doc) -> bool:
    """An AMA PRA name anywhere outside a conversion/rate sentence (R-CR-4)."""
    for m in _AMA_IN_TEXT.finditer(doc.flat):
        line = doc.line_at(m.start()).text
        for sentence in _sentences(line):
            if _AMA_IN_TEXT.search(sentence) and not _STRONG_NEG.search(sentence):
                return True
    return False


def extract_credits(
    doc: Doc, skip_lines: set[int], diags: list[Diagnostic]
) -> list[dict[str, Any]]:
    ctx = _Ctx(
        ama=_has_ama_designation(doc),
        ancc=("ancc" in doc.low or "center" in doc.low)  # one is in every match
        and _ANCC_IN_TEXT.search(doc.flat) is not None,
        pharmacy_only=("pharmac" in doc.low or "acpe" in doc.low) and "nurs" not in doc.low,
        nurses="nurs" in doc.low or _RN.search(doc.flat) is not None,
        flat=doc.flat,
    )
    if "board of" in doc.low:
        ctx.board = approving_board(doc.flat)
    ctx.acpe_alone = (
        ("acpe" in doc.low or "pharmacy education" in doc.low)
        and _ACPE_NAMED.search(doc.flat) is not None
        and _NURSING_ACCREDITOR.search(doc.flat) is None
    )
    ctx.others = (
        "physician" not in doc.low
        and not ctx.ama
        and not ctx.nurses
        and any(w in doc.low for w in _OTHER_PROFESSION_WORDS)
    )
    mentions: list[_Mention] = []
    worded = _worded_lines(doc)
    for i, ln in enumerate(doc.lines):
        if id(ln) in skip_lines or not ln.text:
            continue
        is_list = ln.key == "credits"
        if _name_alone(ln.text, ctx, ln.no, mentions):
            continue
        if not (
            ln.digit or is_list or ln.no in worded or _OFFER.search(ln.text) or "TBD" in ln.text
        ):
            if "approved" in ln.text or "Approved" in ln.text:
                _boards(ln.text, ln.no, mentions)
                acronym_approved(ln.text, ln.no, mentions)
            continue
        if ln.digit and _has_dash(ln.text) and _org_row(ln.text, ln.no, mentions):
            continue
        if ln.raw_key and ln.value and ln.digit and CREDIT_KEY.search(ln.raw_key):
            listed = read_list(ln.value, ln.no, ln.text, _part_reader(ln.no, ctx, diags))
            if listed is not None:
                mentions.extend(listed)  # R-CR-42
                continue
        if ln.raw_key and ln.value and ln.digit:
            keyed = board_key_value(ln.raw_key, ln.value)
            if keyed:
                board, num, unit = keyed
                mentions.append(_Mention("OTHER", board, _number(num), _unit(unit), ln.no, ln.text))
                continue
        context = doc.lines  # neighbours, for conversion tables spread over lines
        idx = doc.lines.index(ln) if "|" in ln.text else -1
        table_neg = False
        if idx >= 0:
            near = " ".join(x.text for x in context[max(0, idx - 2) : idx + 3])
            table_neg = bool(_STRONG_NEG.search(near))
        text = ln.text
        if ln.digit and _ENDS_WITH_AMOUNT.search(text) and i + 1 < len(doc.lines):
            nxt = doc.lines[i + 1].text
            if CREDIT_NAME_ANY.match(nxt.lstrip()):
                text = f"{text} {nxt}"  # a designation wrapped before the system's name
        for sentence in _sentences(text):
            low = sentence.lower()
            accredited = (
                accredited_for(sentence, ln.no, mentions) if "accredited for" in low else []
            )
            if "approved" in low:
                approved_for(sentence, ln.no, mentions)
                acronym_approved(sentence, ln.no, mentions)
                _boards(sentence, ln.no, mentions)
            if "approved by" in low or "accredited by" in low:
                for code, label in body_approvals(sentence):  # R-CR-36
                    mentions.append(_Mention(code, label, None, None, ln.no, sentence))
            taken = (
                _acronyms(sentence, ln.no, mentions)
                if ln.digit and any(k in low for k in _ACRONYM_UNITS)
                else []
            ) + accredited
            if not any(k in low for k in _NAME_HINTS):
                continue
            _scan_sentence(sentence, ln.no, is_list, table_neg, ctx, mentions, diags, taken)
    # R-CR-44: runs of short lines with a figure (any other line breaks a run)
    short = [(ln.no, ln.text if ln.digit and len(ln.text) <= _RUN_LINE else "") for ln in doc.lines]
    mentions.extend(read_runs(short, _part_reader(0, ctx, diags)))
    if "credit" in doc.low:  # R-CR-60: "• 25.00 NASW" under "Available credit:"
        every = [(ln.no, ln.text) for ln in doc.lines]
        mentions.extend(acronym_items(every, _approver, _is_credit_name))
    if "awarded" in doc.low:  # R-CR-48: a flattened table's heading says "... Awarded"
        cells = [(ln.no, ln.text) for ln in doc.lines]
        mentions.extend(read_tables(cells, _part_reader(0, ctx, diags)))
    if not mentions and ("ce" in doc.low or "continuing" in doc.low or "credit" in doc.low):
        _generic_ce(doc, ctx, mentions, worded)
    _shared_amount(doc, mentions)
    _listed_approvals(doc, mentions)
    return _merge(mentions, diags)


def _is_credit_name(word: str) -> bool:
    return CREDIT_NAME_RE.fullmatch(word) is not None


def _listed_approvals(doc: Doc, mentions: list[_Mention]) -> None:
    """R-CR-58: "approved for APA CE credit, NBCC CE clock hours, ..." with no amount, on a
    page whose one stated amount is unnamed credit ("2 CE Credits"): each listed approver's
    credit with that amount (as R-CR-38 for approvers listed after the amount)."""
    if "approved for" not in doc.low or any(m.amount is not None for m in mentions):
        return
    amounts = {_number(g.group("num")) for g in _GENERIC_CE_ANY.finditer(doc.flat)}
    if len(amounts) != 1:
        return
    amount = amounts.pop()
    for ln in doc.lines:
        if "approved for" not in ln.text.lower():
            continue
        for sentence in _sentences(ln.text):
            for code, label, unit in approved_list(sentence, _approver):
                mentions.append(_Mention(code, label, amount, unit, ln.no, sentence))


# a label of credit words only ("CE Credits", "continuing education"): no system named
_CREDIT_WORDS_ONLY = re.compile(
    r"^(?:\s|/|CEs?\b|CEUs?\b|continuing\b|education\b|credits?\b|(?:contact|clock)\b|"
    r"hours?\b)+$",
    re.IGNORECASE,
)


# a line of a name ("The California Consortium of ...: ... Provider # 1N-16"): its words of four
# letters or more are capitalised
_NAME_LINE = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:[^a-z\s]\S*|[a-z]{1,3})(?:\s+(?:[^a-z\s]\S*|[a-z]{1,3}))*\s*$"
)


def _shared_amount(doc: Doc, mentions: list[_Mention]) -> None:
    """R-CR-38: the page's one amount of unnamed credit, then the approvers it is for listed
    by their short names on the next line or under a heading "approved by the following ...:",
    is one entry per approver with that amount (docs/corpus.md, several named boards)."""
    stated = [m for m in mentions if m.amount is not None]
    if not stated or len({m.amount for m in stated}) != 1:
        return
    if any(m.code != "OTHER" or not _CREDIT_WORDS_ONLY.match(m.label or "") for m in stated):
        return
    first = stated[0]
    lines = [ln for ln in doc.lines if ln.text.strip()]
    at = next((i for i, ln in enumerate(lines) if ln.no == first.line), -1)
    listed: list[tuple[str, str | None, str | None]] = []
    if 0 <= at < len(lines) - 1:
        listed = [(c, lb, first.unit) for c, lb in short_list(lines[at + 1].text)]
    for i, ln in enumerate(lines if not listed and "following" in doc.low else ()):
        heading = following_heading(ln.text) if ":" in ln.text else None
        if heading is None:
            continue
        unit = _unit(heading) if heading else first.unit
        for nxt in lines[i + 1 :]:
            named = listed_approver(nxt.text)
            if named:
                listed.append((named[0], named[1], unit))
            elif not _NAME_LINE.match(nxt.text):
                break  # the list ends at a line of prose
    if not listed:
        return
    generic = {m.label for m in stated}
    mentions[:] = [m for m in mentions if not (m.code == "OTHER" and m.label in generic)]
    for code, label, unit in listed:
        mentions.append(_Mention(code, label, first.amount, unit, first.line, first.text))


def _scan_sentence(
    sentence: str,
    line_no: int,
    is_list: bool,
    table_neg: bool,
    ctx: _Ctx,
    mentions: list[_Mention],
    diags: list[Diagnostic],
    taken: list[tuple[int, int]] | None = None,
) -> None:
    prev_end = -1
    prev_amount: tuple[float, str | None] | None = None
    found = False
    for m in CREDIT_NAME_RE.finditer(sentence):
        idx = (m.lastindex or 1) - 1
        _pat, raw_code, label, name_unit = CREDIT_NAMES[idx]
        if taken and any(a <= m.start() < b for a, b in taken):
            continue  # read as an approver's acronym credit
        if _ORG_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # R-CR-11: "School of Nursing", "Council for Pharmacy Education"
        code, ctx_label = _resolve(raw_code, _clause(sentence, m), ctx, m.group(0))
        label = label or ctx_label
        amount: float | None = None
        unit: str | None = name_unit
        num_pos = -1
        before = sentence[max(0, m.start() - 48) : m.start()]
        b = _BEFORE.search(before) or (m.start() <= 48 and _ROW_BEFORE.match(before)) or None
        if b:
            abs_start = m.start() - len(before) + b.start("num")
            if (
                abs_start == 0
                or not (sentence[abs_start - 1].isdigit() or sentence[abs_start - 1] in ".,$€£")
            ) and not _NAME_NUMBER.search(sentence, max(0, abs_start - 12), abs_start):
                amount = _number(b.group("num"))
                unit = _unit(b.group("unit")) or unit
                num_pos = abs_start
                after = _UNIT_AFTER_NAME.match(sentence, m.end())
                if unit is None and after and not m.group(0).lower().rstrip("s").endswith("credit"):
                    unit = _unit(after.group("unit"))
                # "Two CPD accredited activities" (R-CR-40); "43 nursing workforce entities"
                # (R-CR-52): the number counts what the noun after a bare name is
                counted = b.group("num").isalpha() or _PROFESSION_WORD.match(m.group(0))
                if counted and not _counts_credit(sentence, m, b.group("unit"), after):
                    amount, num_pos = None, -1
        if amount is None:
            a = _AFTER.match(sentence, m.end()) or _AFTER_PAREN.match(sentence, m.end())
            if a:
                amount = _number(a.group("num"))
                unit = _unit(a.group("unit")) or unit
                num_pos = a.start("num")
        if amount is None and prev_amount and _SLASH_JOIN.match(sentence[prev_end : m.start()]):
            amount, unit = prev_amount[0], prev_amount[1] or unit
            num_pos = m.start()
        prev_end = m.end()
        if code == "CME" and unit == "point":
            code, label = "OTHER", "CME points"  # points are no US CME unit (docs/corpus.md)
        if amount is not None:
            why = "conversion table" if table_neg else _neg(sentence, num_pos)
            if why or amount <= 0 or amount > 500:
                diags.append(
                    Diagnostic(
                        "credits",
                        line_no,
                        sentence,
                        "not_understood",
                        f"number beside {m.group(0).strip()!r} refused: {why}",
                    )
                )
                prev_amount = None
                if not table_neg and _RATE.search(sentence):
                    mentions.append(_Mention(code, label, None, unit, line_no, sentence))
                    found = True
                continue
            prev_amount = (amount, unit)
            mentions.append(_Mention(code, label, amount, unit, line_no, sentence))
            found = True
        else:
            prev_amount = None
            offered = (
                is_list
                or _TBD_DESIGNATION.search(sentence)
                or (
                    _OFFER.search(sentence)
                    and not _OFFER_NEG.search(sentence)
                    and not _required(sentence, m.start())
                )
            )
            # "CPD" alone names the activity kind, not a system, unless an amount stands by it
            if offered and raw_code not in ("CONTACT",) and label != "CPD":
                # a name offered without an amount leaves the sentence's unnamed hours to be
                # read ("approved for 1.0 hours of continuing pharmacy education", R-CR-59)
                mentions.append(_Mention(code, label, None, unit, line_no, sentence))
    if not found:
        for g in _GENERIC_HOURS.finditer(sentence):
            # no system named: a requirement word anywhere refuses the hours unless the
            # sentence offers them ("claim up to 8 hours ... to meet the requirements", R-CR-3)
            why = _neg(sentence, g.start("num"))
            approver = _approver(sentence)
            if not why and not approver and not _OFFER.search(sentence):
                w = _WEAK_NEG.search(sentence)
                why = w.group(0) if w else None
            if why:
                diags.append(
                    Diagnostic(
                        "credits",
                        line_no,
                        sentence,
                        "not_understood",
                        f"hours of credit refused: {why}",
                    )
                )
                continue
            hours_label: str | None = None
            field = (g.group("field") or "").strip().lower()
            paren = g.group("paren")
            if paren and paren not in ("CE", "CME", "CEU", "CPD"):
                body = body_named(paren)  # "15 hours of continuing education (NAPNAP)"
                code, hours_label = (body.credit, body.label) if body else ("OTHER", paren)
            elif approver:
                code, hours_label = approver
            elif field == "medical":
                code = "AMA_PRA_1" if ctx.ama else "CME"
            elif field == "nursing":
                code = "ANCC" if ctx.ancc else "NURSING_CE"
            elif field == "pharmacy" or _PHARM_CTX.search(sentence) or ctx.pharmacy_only:
                code = "ACPE"
            elif _NURSE_CTX.search(sentence):
                code = "ANCC" if ctx.ancc else "NURSING_CE"
            elif ctx.others:
                # dentists, psychologists, ...: their unnamed credit in the text's words
                code, hours_label = "OTHER", " ".join(g.group("words").split())
            else:
                code = "AMA_PRA_1" if ctx.ama else "CME"
            mentions.append(
                _Mention(
                    code,
                    hours_label,
                    _number(g.group("num")),
                    _unit(g.group("unit")),
                    line_no,
                    sentence,
                )
            )


def _part_reader(
    line_no: int, ctx: _Ctx, diags: list[Diagnostic]
) -> Callable[[str], list[_Mention]]:
    """Reads one item of a credit list (R-CR-42) as a sentence of its own."""

    def read(part: str) -> list[_Mention]:
        found: list[_Mention] = []
        taken = _acronyms(part, line_no, found)
        _scan_sentence(part, line_no, False, False, ctx, found, diags, taken)
        return found

    return read


def _acronyms(sentence: str, line_no: int, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """'12.25 NBCC CE Hours': the approver's credit type (data/accreditors.json), else OTHER
    with the acronym; names the credit-name table knows are read by `_scan_sentence`.
    Returns the spans taken, where `_scan_sentence` reads no name."""
    taken: list[tuple[int, int]] = []
    for acr, num, unit_word, pos, end in acronym_credits(sentence):
        acr_at = sentence.find(acr.split()[0], min(pos, end))
        if (
            CREDIT_NAME_RE.fullmatch(acr)
            or BOARD_CODE_RE.fullmatch(acr.split()[0])
            or (acr_at >= 0 and CREDIT_NAME_RE.match(sentence, acr_at))  # "2 APA CE Credits"
        ):
            continue
        if _neg(sentence, pos):
            continue
        body = body_named(acr.split()[0])
        code, label = (body.credit, body.label) if body else ("OTHER", acr)
        if body and code in _CONTEXT_CODES:
            continue  # ACCME, ANCC, ...: accreditors, whose credit the names state
        low = unit_word.lower()
        unit = "contact_hour" if "contact" in low else "hour" if "hour" in low else _unit(low)
        mentions.append(_Mention(code, label, _number(num), unit or "credit", line_no, sentence))
        taken.append((pos, end))
    return taken


def _org_row(text: str, line_no: int, mentions: list[_Mention]) -> bool:
    """A row of a table of one figure per college or board: `OTHER` with its name; a rate
    ("5 points per year") names the system without an amount (R-CR-2)."""
    row = org_row(text)
    if row is None:
        return False
    org, num, unit, rest = row
    amount = None if _STRONG_NEG.search(rest) or _PER.search(rest) else _number(num)
    mentions.append(_Mention("OTHER", org, amount, _unit(unit), line_no, text))
    return True


def _boards(sentence: str, line_no: int, mentions: list[_Mention]) -> None:
    """A state board approving the activity, with the amount it approved when stated."""
    for board, num, unit in board_approvals(sentence):
        if num is not None and _neg(sentence, sentence.find(num)):
            continue
        amount = _number(num) if num is not None else None
        mentions.append(_Mention("OTHER", board, amount, _unit(unit), line_no, sentence))


# "AMA PRA Category 1 Credits™" alone on its line (a table's cell, a list item): offered
_CELL_MARK = re.compile(r"^[\s|•*-]+|[\s|.*†‡]+$")  # a footnote mark after the name too
_SYSTEM_WORD = re.compile(r"credit|hour|point|\bCE\b|CME", re.IGNORECASE)


def _name_alone(text: str, ctx: _Ctx, line_no: int, mentions: list[_Mention]) -> bool:
    """A line that is only a named system's name designates it, amount null."""
    if len(text) > 60 or not CREDIT_NAME_ANY.match(text.lstrip(" |•*-")):
        return False
    cell = _CELL_MARK.sub("", text).replace("(s)", "")  # "AAFP Prescribed credit(s)"
    m = CREDIT_NAME_RE.fullmatch(cell)
    if not m:
        return False
    _pat, raw_code, label, unit = CREDIT_NAMES[(m.lastindex or 1) - 1]
    if raw_code in _GENERIC or raw_code == "HOURS":
        return False
    if raw_code != "AMA_PRA_1" and not _SYSTEM_WORD.search(cell):
        return False  # "Nursing", "Pharmacy" alone name a profession; "AMA PRA Category 1" not
    code, ctx_label = _resolve(raw_code, cell, ctx, cell)
    mentions.append(_Mention(code, label or ctx_label, None, unit, line_no, cell))
    return True


def _merge(mentions: list[_Mention], diags: list[Diagnostic]) -> list[dict[str, Any]]:
    """One designation per credit type, in order of first mention (R-CR-8)."""
    merged: dict[tuple[str, str | None], dict[str, Any]] = {}
    units: dict[tuple[str, str | None], str | None] = {}
    for mt in mentions:
        key = (mt.code, mt.label)
        if key not in merged:
            entry: dict[str, Any] = {"type": mt.code, "amount": mt.amount, "unit": "credit"}
            if mt.code == "OTHER":
                entry["label"] = mt.label
            merged[key] = entry
            units[key] = None
        entry = merged[key]
        if entry["amount"] is None and mt.amount is not None:
            entry["amount"] = mt.amount
        elif mt.amount is not None and entry["amount"] != mt.amount:
            diags.append(
                Diagnostic(
                    "credits",
                    mt.line,
                    mt.text,
                    "not_understood",
                    f"second amount {mt.amount} for {mt.code} ignored",
                )
            )
            continue
        if mt.unit and mt.unit != "credit" and units[key] is None:
            units[key] = mt.unit
        diags.append(Diagnostic("credits", mt.line, mt.text, "used", mt.code))
    if any(e["amount"] is not None for e in merged.values()):
        # a bare "CME" with no amount beside a system stated with its amount adds nothing
        merged = {k: e for k, e in merged.items() if not (k[0] == "CME" and e["amount"] is None)}
    for key, entry in merged.items():
        entry["unit"] = units[key] or "credit"
        if isinstance(entry["amount"], float) and entry["amount"].is_integer():
            entry["amount"] = entry["amount"]
    return list(merged.values())
