"""Credit designations: which credit systems an activity offers, how much, in what unit.

Reads every line (MOC lines excluded) for a credit-system name with an amount next to it,
in either order (`1.25 CME Credits`, `IPCE Credits: 1.5 hours`, `a maximum of 1.50 AMA PRA
Category 1 Credits™`). Credit-list lines (`Credit Designations Available: ...`) and
designation sentences add the systems they name even without an amount (amount null).
Numbers in conversion tables, rates, requirements and caps are refused (rules.md, R-CR-*).
This module is the orchestration: which reader reads which line. The sentence reader is in
`credit_sentences.py`, what a generic name resolves to in `credit_resolve.py`, the line readers
(acronym credit, board and college rows, spelled amounts) in `credit_lines.py`, the merging of
mentions into designations in `credit_merge.py`. Shared pieces live in `credit_text.py`, credit
with no named system in `credit_generic.py`, boards, colleges and approvers' acronyms in
`credit_boards.py`.
"""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing.credit_aafp import aafp_prescribed
from opencme.ingest.parsing.credit_approvals import (
    accredited_for,
    acronym_approved,
    approved_for,
)
from opencme.ingest.parsing.credit_approver_ceus import approver_ceus
from opencme.ingest.parsing.credit_banner import banner_hours
from opencme.ingest.parsing.credit_boards import (
    approving_board,
    board_key_value,
    body_approvals,
)
from opencme.ingest.parsing.credit_bodies import (
    activity_approvers,
    activity_body,
    boards_share,
    unnamed_bodies,
)
from opencme.ingest.parsing.credit_cells import acronym_rows
from opencme.ingest.parsing.credit_cerp import cerp_lines
from opencme.ingest.parsing.credit_cpd import qualified_cpd
from opencme.ingest.parsing.credit_eaccme import european_hours
from opencme.ingest.parsing.credit_expansions import read_expanded
from opencme.ingest.parsing.credit_footnotes import pending_footnotes
from opencme.ingest.parsing.credit_generic import OTHER_PROFESSION_WORDS as _OTHER_PROFESSION_WORDS
from opencme.ingest.parsing.credit_generic import earned_ce
from opencme.ingest.parsing.credit_generic import generic_ce as _generic_ce
from opencme.ingest.parsing.credit_hours_ce import hours_ce
from opencme.ingest.parsing.credit_indicated import indicated_hours
from opencme.ingest.parsing.credit_keys import key_credits
from opencme.ingest.parsing.credit_lines import (
    is_credit_name,
    part_reader,
    read_acronyms,
    read_boards,
    read_org_row,
    worded_lines,
)
from opencme.ingest.parsing.credit_lists import (
    CREDIT_KEY,
    acronym_items,
    read_list,
    read_runs,
    slash_rows,
)
from opencme.ingest.parsing.credit_mainpro import mainpro_categories
from opencme.ingest.parsing.credit_merge import listed_approvals, merge_mentions, shared_amount
from opencme.ingest.parsing.credit_owner import own_cpd
from opencme.ingest.parsing.credit_paragraph import paragraph_credits
from opencme.ingest.parsing.credit_points import read_ecm, read_points
from opencme.ingest.parsing.credit_professions import profession_rows, system_items
from opencme.ingest.parsing.credit_programmes import programme_credits
from opencme.ingest.parsing.credit_resolve import approver_of
from opencme.ingest.parsing.credit_sections import moc_sections
from opencme.ingest.parsing.credit_sentences import OFFER, name_alone, scan_sentence
from opencme.ingest.parsing.credit_tables import read_tables
from opencme.ingest.parsing.credit_text import ACPE_NAMED as _ACPE_NAMED
from opencme.ingest.parsing.credit_text import NURSING_ACCREDITOR as _NURSING_ACCREDITOR
from opencme.ingest.parsing.credit_text import PHARM_CTX as _PHARM_CTX
from opencme.ingest.parsing.credit_text import STRONG_NEG as _STRONG_NEG
from opencme.ingest.parsing.credit_text import Ctx as _Ctx
from opencme.ingest.parsing.credit_text import Mention as _Mention
from opencme.ingest.parsing.credit_text import number as _number
from opencme.ingest.parsing.credit_text import sentences as _sentences
from opencme.ingest.parsing.credit_text import unit_of as _unit
from opencme.ingest.parsing.credit_total import stated_totals
from opencme.ingest.parsing.credit_uan import uan_acpe
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import (
    CREDIT_NAME_ANY,
    CREDIT_NAMES,
    led_by,
)

# "... for a maximum of 40.0" ending a line, the system's name on the next one
_ENDS_WITH_AMOUNT = lazy_compile(r"\b(?:of|for|up\s+to|earn|receive)\s+\d{1,3}(?:\.\d{1,2})?\s*$")


# cheap guards: an acronym credit ends in one of these words; a table row has a dash
_ACRONYM_UNITS = ("credit", "hour", "point", "unit", "ceu")


_RUN_LINE = 80  # a line of a run of credit lines (R-CR-44) is short


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
    "units of continuing",  # R-CR-124: "7 units of continuing education"
)


_AMA_IN_TEXT = led_by("a", CREDIT_NAMES[0][0], re.IGNORECASE)  # "AMA PRA Category 1 ..."
_ANCC_IN_TEXT = led_by("a", r"\bANCC\b|American\s+Nurses\s+Credentialing\s+Center", re.IGNORECASE)
_RN = led_by("ALR", r"\b(?:RNs?|LPNs?|APRNs?)\b")


def _has_ama_designation(doc: Doc) -> bool:
    """An AMA PRA name anywhere outside a conversion/rate sentence (R-CR-4)."""
    for m in _AMA_IN_TEXT.finditer(doc.flat):
        line = doc.line_at(m.start()).text
        for sentence in _sentences(line):
            if _AMA_IN_TEXT.search(sentence) and not _STRONG_NEG.search(sentence):
                return True
    return False


def _sections(doc: Doc) -> list[_Mention]:
    found: list[_Mention] = []
    moc_sections([(ln.no, ln.text) for ln in doc.lines], found)
    return found


def _unnamed(m: _Mention) -> bool:
    """Unnamed credit read in the text's words ("2 hours of Ethics continuing education")."""
    return m.code == "OTHER" and m.label is not None and "continuing education" in m.label.lower()


def extract_credits(
    doc: Doc, skip_lines: set[int], diags: list[Diagnostic]
) -> list[dict[str, Any]]:
    ctx = _Ctx(
        ama=_has_ama_designation(doc),
        ancc=("ancc" in doc.low or "center" in doc.low)  # one is in every match
        and _ANCC_IN_TEXT.search(doc.flat) is not None,
        pharmacy_only=("pharmac" in doc.low or "acpe" in doc.low)
        and "nurs" not in doc.low
        and _PHARM_CTX.search(doc.flat) is not None,  # "pharmacology" alone is no pharmacy
        nurses="nurs" in doc.low or _RN.search(doc.flat) is not None,
        flat=doc.flat,
    )
    if "board of" in doc.low or "boards of" in doc.low:
        ctx.board = approving_board(doc.flat)
    if ctx.board is None and "approved by" in doc.low:
        ctx.board = activity_body(doc.flat)  # R-CR-83: "This course is approved by ... (ODA)"
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
    worded = worded_lines(doc)
    for i, ln in enumerate(doc.lines):
        if id(ln) in skip_lines or not ln.text:
            continue
        is_list = ln.key == "credits"
        if name_alone(ln.text, ctx, ln.no, mentions):
            continue
        if not (
            ln.digit
            or is_list
            or ln.no in worded
            or OFFER.search(ln.text)
            or "TBD" in ln.text
            or " available" in ln.text  # R-CR-65
            or " provided" in ln.text
        ):
            if "approved" in ln.text or "Approved" in ln.text:
                read_boards(ln.text, ln.no, mentions)
                acronym_approved(ln.text, ln.no, mentions)
            continue
        if ln.digit and _has_dash(ln.text) and read_org_row(ln.text, ln.no, mentions):
            continue
        if ln.raw_key and ln.value and ln.digit and CREDIT_KEY.search(ln.raw_key):
            listed = read_list(ln.value, ln.no, ln.text, part_reader(ln.no, ctx, diags))
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
                read_boards(sentence, ln.no, mentions)
            elif "accredited by" in low:  # R-CR-17: "accredited by CAPCE for 24 CE hours"
                approved_for(sentence, ln.no, mentions)
            if (
                "approved by" in low
                or "accredited by" in low
                or (  # R-CR-36: "ASWB accreditation for this course"
                    ("accreditation " in low or "approval " in low)
                    and (" for this" in low or " of this" in low)
                )
            ):
                for code, label in body_approvals(sentence):  # R-CR-36
                    mentions.append(_Mention(code, label, None, None, ln.no, sentence))
            taken = (
                read_acronyms(sentence, ln.no, mentions)
                if ln.digit and any(k in low for k in _ACRONYM_UNITS)
                else []
            ) + accredited
            if ln.digit and "(" in sentence:
                read_expanded(sentence, ln.no, mentions)  # R-CR-86: "15 CSH (... Hours)"
            if not any(k in low for k in _NAME_HINTS):
                continue
            scan_sentence(sentence, ln.no, is_list, table_neg, ctx, mentions, diags, taken)
    # R-CR-44: runs of short lines with a figure (any other line breaks a run)
    short = [(ln.no, ln.text if ln.digit and len(ln.text) <= _RUN_LINE else "") for ln in doc.lines]
    mentions.extend(read_runs(short, part_reader(0, ctx, diags)))
    if " / " in doc.flat:  # R-CR-71: "1.00 / CE for Nurse Practitioners"
        rows = [(ln.no, ln.text) for ln in doc.lines]
        mentions.extend(slash_rows(rows, part_reader(0, ctx, diags)))
    if "credit" in doc.low:  # R-CR-60: "• 25.00 NASW" under "Available credit:"
        every = [(ln.no, ln.text) for ln in doc.lines]
        mentions.extend(acronym_items(every, approver_of, is_credit_name))
    if "hour" in doc.low or "credit" in doc.low:  # R-CR-66: "Physicians, PAs: 1" rows
        mentions.extend(profession_rows(doc, ctx))
    if "credit" in doc.low and " for:" in doc.low:  # R-CR-69: "offers CE credit for:" lists
        mentions.extend(system_items(doc, ctx))
    if "awarded" in doc.low:  # R-CR-48: a flattened table's heading says "... Awarded"
        cells = [(ln.no, ln.text) for ln in doc.lines]
        mentions.extend(read_tables(cells, part_reader(0, ctx, diags)))
    if "Section" in doc.flat:  # R-CR-78: "under Section 1 of the MOC Program"
        mentions.extend(_sections(doc))
    banner_hours(doc, mentions)  # R-CR-98: "2.5" / "ANCC" / "CONTACT HOURS"
    if "CERP" in doc.flat:  # R-CR-80: "CERP A 1.25"
        cerp_lines([(ln.no, ln.text) for ln in doc.lines if ln.digit], mentions)
    # R-CR-18: no system named; unnamed hours in the text's words (R-CR-50) name none either
    if all(_unnamed(m) for m in mentions) and (
        "ce" in doc.low or "continuing" in doc.low or "credit" in doc.low or "cpd unit" in doc.low
    ):
        _generic_ce(doc, ctx, mentions, worded)
        if not mentions:
            offered = hours_ce(doc) or earned_ce(doc)  # R-CR-107 "3 hours CE", R-CR-73
            mentions.extend([offered] if offered else [])
    approver_ceus(doc, ctx, mentions)  # R-CR-93: "offered at 0.125 CEUs" ... "AOTA CEUs"
    paragraph_credits(doc, mentions)  # R-CR-103: "... by the ASWB ... receive 1.5 ... credits"
    if "unkt" in doc.low:  # R-CR-87: "6 CME-Punkte/Kategorie B"
        read_points(doc, mentions)
    if "ECM" in doc.flat:  # R-CR-92: "12 crediti ECM"
        read_ecm(doc, mentions)
    if "European" in doc.flat:  # R-CR-101: "14 hours of European external CME credits"
        european_hours(doc, mentions)
    if "Prescribed" in doc.flat:  # R-CR-104: "2.00 Online Only, ... AAFP Prescribed credit"
        aafp_prescribed(doc, mentions)
    if "CPD" in doc.flat or "Council" in doc.flat:  # R-CR-105: "6 category 1 (external) CPD"
        qualified_cpd(doc, mentions)
    if "credit" in doc.low or "hour" in doc.low:  # R-CR-106: a table row "ANCC | 1.00"
        acronym_rows(doc, mentions)
    if "ainpro" in doc.flat:  # R-CR-110: "20 Certified Self-Learning Mainpro+ credits"
        mainpro_categories(doc, mentions)
    if "rogram" in doc.flat:  # R-CR-120: "accredited with the ACRRM PDP program"
        programme_credits(doc, mentions)
    own_cpd(doc, mentions)  # R-CR-63
    key_credits(doc, ctx, mentions)  # R-CR-75: "Credits: 1" of a CME activity
    shared_amount(doc, mentions)
    listed_approvals(doc, mentions)
    if " by " in doc.flat and "(" in doc.flat:  # R-CR-91: "... approved by the X (ACR)"
        activity_approvers([(ln.no, ln.text) for ln in doc.lines], mentions)
    indicated_hours(doc, mentions)  # R-CR-95: "the number of contact hours indicated"
    unnamed_bodies(mentions)  # R-CR-82
    boards_share(mentions)  # R-CR-88
    uan_acpe(doc, mentions)  # R-CR-74
    stated_totals(doc, mentions)  # R-CR-76
    pending_footnotes(doc, mentions)  # R-CR-94: "*7.5 CME points" ... "*to be confirmed"
    if "requirement" in doc.low:  # R-CR-109: a board's certification requirements are MOC
        mentions = [m for m in mentions if not _board_requirement(m)]
    return merge_mentions(mentions, diags)


# R-CR-109: "earn credit toward the CME and Self-Assessment requirements of the American Board
# of Surgery's Continuous Certification program": the board's MOC, no credit of a system
_BOARD_REQUIREMENT = lazy_compile(
    r"\bcredit\s+towards?\s+(?:the\s+)?[^.]{0,80}?\brequirements?\s+(?:of|for)\s+(?:the\s+)?"
    r"American\s+Board\s+of\b",
    re.IGNORECASE,
)


def _board_requirement(m: _Mention) -> bool:
    """R-CR-109: a bare "CME" read from a board's requirements sentence."""
    return m.code == "CME" and m.amount is None and bool(_BOARD_REQUIREMENT.search(m.text))
