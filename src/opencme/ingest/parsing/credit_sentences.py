"""The designation-statement reader: a credit system's name in a sentence with its amount
before or after it (`1.25 CME Credits`, `IPCE Credits: 1.5 hours`), a name offered without an
amount, hours of continuing education with no system named, and a line that is only a
system's name. Numbers in conversion tables, rates, requirements and caps are refused
(R-CR-2, R-CR-3)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_points import is_german_points
from opencme.ingest.parsing.credit_resolve import approver_of, clause_of, resolve_code
from opencme.ingest.parsing.credit_text import CE_BEFORE, EARN_VERB, PENDING, pending
from opencme.ingest.parsing.credit_text import GENERIC_NAMES as _GENERIC
from opencme.ingest.parsing.credit_text import MODIFIER as _MODIFIER
from opencme.ingest.parsing.credit_text import NAME_NUMBER as _NAME_NUMBER
from opencme.ingest.parsing.credit_text import NURSE_CTX as _NURSE_CTX
from opencme.ingest.parsing.credit_text import PHARM_CTX as _PHARM_CTX
from opencme.ingest.parsing.credit_text import RATE as _RATE
from opencme.ingest.parsing.credit_text import WEAK_NEG as _WEAK_NEG
from opencme.ingest.parsing.credit_text import WORD_NUM as _WORD_NUM
from opencme.ingest.parsing.credit_text import Ctx as _Ctx
from opencme.ingest.parsing.credit_text import Mention as _Mention
from opencme.ingest.parsing.credit_text import neg as _neg
from opencme.ingest.parsing.credit_text import number as _number
from opencme.ingest.parsing.credit_text import unit_of as _unit
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import (
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
_NUMBER_WORD = "|".join(CREDIT_WORDS["number_words"])
_BEFORE = lazy_compile(
    # "One (1) ADA CERP": the figure in parentheses after a spelled number
    rf"(?P<num>{_NUM}|{_WORD_NUM})(?:(?<=\(\d)\)|(?<=\(\d\d)\)|(?<=\(\d\.\d)\)|(?<=\(\d\.\d\d)\))?"
    rf"\s*(?:\(s\)\s*)?(?:\((?:{_NUMBER_WORD})\)\s*)?(?:total\s+)?"
    # R-CR-130: the education written out before the unit ("12 Continuing Nursing Education
    # contact hours"), not a count of sessions with the name's acronym after it
    r"(?:continuing\s+education\s+|continuing\s+(?:nursing|medical|pharmacy)\s+education\s+(?!\())?"
    rf"(?:(?P<unit>{_UNIT})\s*(?:\(s\)\s*)?"
    # R-CR-128: the hours' conversion to CEUs in parentheses before the name ("20 hours (2.0
    # CEUs) of ACPE continuing education credit"): the hours are the amount
    rf"(?:\(\s*{_NUM}\s*CEUs?\s*\)\s*)?"
    # R-CR-121: the education written out after the unit, its acronym the name ("1.25 hours
    # continuing nursing education (CNE)")
    rf"(?:of\s+)?(?:continuing\s+(?:nursing\s+|medical\s+|pharmacy\s+)?education\s+(?=\())?)?"
    # R-CR-134: the category before the name ("5 category 1 CME credits")
    rf"(?:category\s+(?:1|one|I)\s+)?(?:(?:{_MODIFIER})\s+){{0,3}}(?:\(\s*)?$",
    re.IGNORECASE,
)
# a row of a credit table, "1.00 / AMA PRA Category 1 Credit™" (the amount first in the row)
# R-CR-102: a table row whose cells are joined by bars, the amount in the cell before the name
# ("Physicians | 2.0 | AMA PRA Category 1 Credits™"), a profession's cell possibly first
_ROW_BEFORE = lazy_compile(
    rf"^\s*(?:[-•*|]\s*)?(?:(?-i:[A-Z])[\w ,&/()-]{{1,40}}?\s*\|\s*)?(?P<num>{_NUM})\s*"
    r"(?:/|(?<=\s)\||\|(?=\s))\s*(?P<unit>(?!))?$"
)
# a unit written after the system's name ("1.5 ACPE contact hours")
# R-CR-99: words of the credit's kind between the name and the unit ("6 ACPE knowledge-based
# contact hours", "6.0 ANCC nursing contact hours"): R-CR-16's closed class, the profession's
# education ("nursing", "continuing education")
_UNIT_AFTER_NAME = lazy_compile(
    r"\s*(?:(?:(?-i:CE|CPE|CME|CNE)|nursing|pharmacy|continuing\s+(?:nursing\s+|pharmacy\s+)?"
    rf"education|{_MODIFIER})[\s-]+){{0,2}}(?P<unit>"
    + "|".join(r"[\s-]+".join(map(re.escape, u.split())) for u in CREDIT_WORDS["units_after_name"])
    + r")\b",
    re.IGNORECASE,
)
# R-CR-67: a unit after the words of the name's education ("Nursing continuing professional
# development contact hours are awarded"), for a name offered without an amount
_UNIT_AFTER_EDUCATION = lazy_compile(
    r"\s+continuing\s+(?:professional\s+development|(?:nursing\s+|medical\s+|pharmacy\s+)?"
    r"education)\s+(?P<unit>contact\s+hours?|clock\s+hours?)\b",
    re.IGNORECASE,
)
# R-CR-49: the amount in parentheses after the name, "(CME) credits (1.5) are available"
_AFTER_PAREN = lazy_compile(
    rf"\)?\s*(?P<unit>credits?|hours?)?\s*\(\s*(?P<num>{_NUM})\s*\)", re.IGNORECASE
)
# "Contact Hours Awarded: 2.5": a participle of offering between the name and its amount
_AFTER = lazy_compile(
    r"\s*(?:\(s\))?\s*(?:™|®|\(TM\)|TM\b)?\s*(?:(?:awarded|offered|available|earned|granted)\b\s*)?"
    # R-CR-135: a second name of the key after a slash ("Contact Hours/Total Clock Hours: 2")
    r"(?:/\s*[A-Za-z][A-Za-z ]{0,30}?(?=\s*:))?"
    # R-CR-102: dot leaders of a printed table ("ANCC Contact Hours ......... 3.25")
    r"(?:[:=–|-]\s*|\.{3,}\s*|…+\s*)*(?:a\s+maximum\s+of\s+|up\s+to\s+)?"
    rf"(?P<num>{_NUM})(?![\d/-]|\.\d)\s*(?P<unit>{_UNIT})?",
    re.IGNORECASE,
)
_GENERIC_HOURS = led_by(
    r"\d",
    # R-CR-124: credits, units and clock hours of it too ("3 credits of continuing education
    # credit", "6 clock hours of continuing education")
    rf"(?<![\d.,])(?P<num>{_NUM})\s*(?P<unit>contact\s+hours?|clock\s+hours?|hours?|credits?|"
    r"units?)\s*(?:\([^)]{0,30}\)\s*)?"
    # R-CR-84: a word of the closed class of R-CR-16 may stand after "of" ("13 hours of
    # accredited continuing medical education"); it is no word of the label
    rf"of\s+(?:(?:{_MODIFIER})\s+){{0,2}}"
    # R-CR-133: an approver's acronym before the education in lower case ("27 hours of ABC
    # continuing education credits"); before a capitalised name ("16 hours of EMT Continuing
    # Education Hours") it is the name's own word
    r"(?:(?P<acr>(?-i:(?!CE\b|CME\b|CNE\b|CPD\b)[A-Z]{2,6}))\s+(?=(?-i:continuing)\s))?"
    r"(?P<words>(?:(?-i:[A-Z][a-z]+)\s+(?:and\s+)?){0,3}"
    # R-CR-79: "CE" abbreviates continuing education ("40 hours of CE training")
    r"(?:continuing\s+(?P<field>medical\s+|nursing\s+|pharmacy\s+)?education|(?P<ce>(?-i:CE))|"
    # R-CR-85: CPD spelled out ("3 hours of Professional Development time"), R-CR-24's CPD
    r"(?P<pd>(?:continuing\s+)?professional\s+development))"
    r"(?:\s+(?:credit|units?|training|time)\b)?|credit\b)(?:\s*\((?P<paren>[A-Z][A-Z&]{1,9})\))?",
    re.IGNORECASE,
)
OFFER = led_by(
    "acdefgor",
    r"\b(?:designat\w*|offer(?:s|ed|ing)?\b|award\w*|approved\s+for|accredited\s+for|eligible\s+for|"
    r"claim\w*|(?<!not\s)(?<!longer\s)available\s+for|"
    # R-CR-121: a word or two between the verb and the credit ("receive free CME credits")
    rf"{EARN_VERB}(?:CE|CME|CPE|credit|continuing)|"
    # R-CR-122: CME said to be free ("This free, online CME program", "with free CME units")
    r"free,?(?:\s+online)?(?=\s+(?-i:CME|CE)\b))\b",
    re.IGNORECASE,
)


# R-CR-52: names that are only a profession's word ("Nursing", "Pharmacy", "Social Work")
_PROFESSION_WORD = lazy_compile(r"(?:nursing|pharmacy|social[\s-]*work)$", re.IGNORECASE)


_UNIT_IN_NAME = lazy_compile(r"credit|hour|unit|point|CEU", re.IGNORECASE)
# what may follow a bare "CME" / "CE" counted by a spelled numeral: a verb or the clause's end
_COUNT_END = lazy_compile(
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


_ORG_BEFORE = lazy_compile(
    r"(?:School|College|Department|Faculty|Board|Council|Association|Society|Center|Centre|"
    r"Institute|Academy|Division)s?\s+(?:of\s+|for\s+|on\s+)?(?:the\s+)?"
    # a word of the name between ("Board of Registered Nursing", "College of Practical Nursing")
    r"(?:(?<=of\s)[A-Z][a-z]+\s+|(?<=of\sthe\s)[A-Z][a-z]+\s+)?$"
)
# R-CR-13: a provider "approved to offer" a system's credit designates nothing by itself
_OFFER_NEG = lazy_compile(
    r"\bbasis\b|no\s+longer|\bconvert|\bequivalent\b|=|\baccepts?\b|\bdeemed\b|"
    r"\bapproved\s+(?:as\s+an?\s+[\w\s]{0,30}?provider\s+)?to\s+(?:offer|provide|award)\b",
    re.IGNORECASE,
)


_TBD_DESIGNATION = led_by("d", r"designates?\b[^.]*?\bTBD\b", re.IGNORECASE)
# `1.5 CME / CE credits`, `25.50 contact hours (BPS and ACPE)`: one amount for both names
_SLASH_JOIN = lazy_compile(r"^\s*(?:/|and|&)\s*$")


# R-CR-65: "CPD points are available", "CME credit through the AAFP is available": the name is
# the subject of "is/are available" (a certificate, "not available" or "no longer" is none)
_AVAILABLE = lazy_compile(
    # "CME/CEU credits are provided": a second credit word after a slash belongs to the name
    r"(?:\s*/\s*(?:CEU|CE|CNE|CPE)s?\b)?(?:\s+credits?\b)?"
    r"\s*(?:(?:through|from)\s+(?P<body>[^.;:]{2,100}?)\s+)?"
    r"(?:(?:is|are)\s+(?:now\s+|also\s+)?(?:available|provided)|"
    # R-CR-121: a headline's "CME credits available" without the verb, its sentence ending
    r"(?:(?<=credit\s)|(?<=credits\s))available\s*(?:[.!]|$))",
    re.IGNORECASE,
)


def available(sentence: str, name_end: int) -> tuple[bool, tuple[str, str | None] | None]:
    """R-CR-65: the name is offered as available; the credit of a body it comes "through"
    (data/accreditors.json), when one is named."""
    if "available" not in sentence and "provided" not in sentence:
        return False, None
    a = _AVAILABLE.match(sentence, name_end)
    if not a:
        return False, None
    body = body_named(a.group("body")) if a.group("body") else None
    return True, ((body.credit, body.label) if body else None)


_EARN = lazy_compile(r"\b(?:earn|obtain|receive|claim)\b", re.IGNORECASE)


def _required(sentence: str, name_at: int) -> bool:
    """R-CR-62: a requirement word before a name offered without an amount makes the sentence a
    requirement, not an offer ("Sessions must be designated for CME credit"), unless it is the
    condition to earn the credit ("Requires 80% ... to earn CME credit")."""
    w = _WEAK_NEG.search(sentence, 0, name_at)
    return w is not None and _EARN.search(sentence, w.end(), name_at) is None


# R-CR-99: the approver's acronym between the amount and the name of its own credit ("6.0 ANCC
# nursing contact hours", "2 ACPE CPE credits")
_ACRONYM_END = lazy_compile(r"(?<![\w-])(?P<acr>(?-i:[A-Z]{2,6}))\s+$")


def _before_approver(before: str, code: str) -> re.Match[str] | None:
    """R-CR-99: `_BEFORE` read with the acronym just before the name left out, when the
    acronym is a body of data/accreditors.json whose credit is the name's."""
    a = _ACRONYM_END.search(before)
    if a is None:
        return None
    body = body_named(a.group("acr"))
    if body is None or body.credit != code:
        return None
    # the offsets of the match stay those of `before`: the acronym is replaced by spaces
    return _BEFORE.search(before[: a.start()] + " " * (len(before) - a.start()))


def scan_sentence(
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
        if raw_code == "CME" and is_german_points(sentence, m.end()):
            continue  # R-CR-87: "6 CME-Punkte", read by credit_points.py
        words = m.group(0)
        if raw_code == "CONTACT":  # R-CR-114: the CE words before it are the name's own
            ce = CE_BEFORE.search(sentence, max(0, m.start() - 30), m.start())
            words = (ce.group(1) + " " + words) if ce else words
        code, ctx_label = resolve_code(raw_code, clause_of(sentence, m), ctx, words)
        label = label or ctx_label
        amount: float | None = None
        unit: str | None = name_unit
        num_pos = -1
        before = sentence[max(0, m.start() - 48) : m.start()]
        b = _BEFORE.search(before) or (m.start() <= 48 and _ROW_BEFORE.match(before)) or None
        if b is None and " " in before:
            b = _before_approver(before, code)
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
                value_unit = _unit(a.group("unit"))
                # R-CR-135: "Contact Hours: 2 Hours" restates the contact hours it names
                if not (unit == "contact_hour" and value_unit == "hour"):
                    unit = value_unit or unit
                num_pos = a.start("num")
        if amount is None and prev_amount and _SLASH_JOIN.match(sentence[prev_end : m.start()]):
            amount, unit = prev_amount[0], prev_amount[1] or unit
            num_pos = m.start()
        prev_end = m.end()
        if code == "CME" and unit == "point":
            code, label = "OTHER", "CME points"  # points are no US CME unit (docs/corpus.md)
        if amount is not None and pending(sentence) and PENDING.search(clause_of(sentence, m)):
            # R-CR-70: hours applied for are not designated yet: the system, amount null
            if raw_code != "CONTACT":
                mentions.append(_Mention(code, label, None, unit, line_no, sentence))
            prev_amount = None
            continue
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
            if unit is None and "continuing" in sentence:
                ed = _UNIT_AFTER_EDUCATION.match(sentence, m.end())
                unit = _unit(ed.group("unit")) if ed else None
            is_available, through = available(sentence, m.end())
            if through:
                code, label = through  # "CME credit through the AAFP" (R-CR-65)
            offered = (
                is_list
                or is_available
                or _TBD_DESIGNATION.search(sentence)
                or (
                    OFFER.search(sentence)
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
            if not why and pending(sentence) and PENDING.search(sentence):
                why = "applied for (R-CR-70)"
            approver = approver_of(sentence)
            if not why and not approver and not OFFER.search(sentence):
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
            acr = paren if paren and paren not in ("CE", "CME", "CEU", "CPD") else g.group("acr")
            if acr:  # "15 hours of continuing education (NAPNAP)", "27 hours of ABC CE"
                body = body_named(acr)
                code, hours_label = (body.credit, body.label) if body else ("OTHER", acr)
            elif approver:
                code, hours_label = approver
            elif g.group("pd"):  # R-CR-85: no US system's credit, in the text's words
                words = " ".join(sentence[g.start("words") : g.end()].split("(")[0].split())
                # R-CR-24's short name for CPD written in full or with its acronym ("60 hours
                # of Continuing Professional Development (CPD)" -> "CPD")
                cpd = paren == "CPD" or words.lower() == "continuing professional development"
                code, hours_label = "OTHER", "CPD" if cpd else words
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
                # R-CR-79: "CE" is the name itself, the words after it are none of it
                words = sentence[
                    g.start("words") : g.end("ce") if g.group("ce") else g.end("words")
                ]
                code, hours_label = "OTHER", " ".join(words.split())
            else:
                code = "AMA_PRA_1" if ctx.ama else "CME"
            mentions.append(
                _Mention(
                    code,
                    hours_label,
                    _number(g.group("num")),
                    _unit(g.group("unit")) or "credit",  # "units of" (R-CR-124)
                    line_no,
                    sentence,
                )
            )


# "AMA PRA Category 1 Credits™" alone on its line (a table's cell, a list item): offered
_CELL_MARK = lazy_compile(r"^[\s|•*-]+|[\s|.*†‡]+$")  # a footnote mark after the name too
_SYSTEM_WORD = lazy_compile(r"credit|hour|point|\bCE\b|CME", re.IGNORECASE)


def name_alone(text: str, ctx: _Ctx, line_no: int, mentions: list[_Mention]) -> bool:
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
    code, ctx_label = resolve_code(raw_code, cell, ctx, cell)
    mentions.append(_Mention(code, label or ctx_label, None, unit, line_no, cell))
    return True
