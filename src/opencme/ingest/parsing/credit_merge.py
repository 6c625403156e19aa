"""Mentions into designations: the page's one unnamed amount shared by the approvers it
lists (R-CR-38, R-CR-58), then one designation per credit type in order of first mention
(R-CR-8)."""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing.credit_boards import (
    following_heading,
    listed_approver,
    short_list,
)
from opencme.ingest.parsing.credit_generic import GENERIC_CE as _GENERIC_CE_ANY
from opencme.ingest.parsing.credit_lists import (
    approved_list,
)
from opencme.ingest.parsing.credit_resolve import approver_of
from opencme.ingest.parsing.credit_text import Mention as _Mention
from opencme.ingest.parsing.credit_text import number as _number
from opencme.ingest.parsing.credit_text import sentences as _sentences
from opencme.ingest.parsing.credit_text import unit_of as _unit
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile


def listed_approvals(doc: Doc, mentions: list[_Mention]) -> None:
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
            for code, label, unit in approved_list(sentence, approver_of):
                mentions.append(_Mention(code, label, amount, unit, ln.no, sentence))


# a label of credit words only ("CE Credits", "continuing education"): no system named
_CREDIT_WORDS_ONLY = lazy_compile(
    r"^(?:\s|/|CEs?\b|CEUs?\b|continuing\b|education\b|credits?\b|(?:contact|clock)\b|"
    r"hours?\b)+$",
    re.IGNORECASE,
)


# a line of a name ("The California Consortium of ...: ... Provider # 1N-16"): its words of four
# letters or more are capitalised
_NAME_LINE = lazy_compile(
    r"^\s*(?:[-*•]\s*)?(?:[^a-z\s]\S*|[a-z]{1,3})(?:\s+(?:[^a-z\s]\S*|[a-z]{1,3}))*\s*$"
)


def shared_amount(doc: Doc, mentions: list[_Mention]) -> None:
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
    if not listed and "types of credit" in doc.low:
        listed = [(c, lb, first.unit) for c, lb in _types_listed(doc)]
    if not listed:
        return
    generic = {m.label for m in stated}
    mentions[:] = [m for m in mentions if not (m.code == "OTHER" and m.label in generic)]
    for code, label, unit in listed:
        mentions.append(_Mention(code, label, first.amount, unit, first.line, first.text))


# "This activity offers the following types of credit: APA, NBCC": the approvers the page's
# one unnamed amount is for, listed before it (R-CR-38)
_TYPES_OF_CREDIT = lazy_compile(
    r"\btypes?\s+of\s+credits?\s*:\s*(?P<items>[A-Z][A-Za-z&-]{1,11}"
    r"(?:\s*(?:,|\band\b)\s*[A-Z][A-Za-z&-]{1,11})*)\s*\.?\s*$"
)


def _types_listed(doc: Doc) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for ln in doc.lines:
        m = _TYPES_OF_CREDIT.search(ln.text) if "types of credit" in ln.text.lower() else None
        if not m:
            continue
        for item in re.split(r"\s*(?:,|\band\b)\s*", m.group("items")):
            if not item or not item.isupper():
                return []  # a word, not an approver's acronym: no such list
            out.append(approver_of(item) or ("OTHER", item))
    return out


def merge_mentions(mentions: list[_Mention], diags: list[Diagnostic]) -> list[dict[str, Any]]:
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
    if any(e["amount"] is not None for e in merged.values()) or any(
        k[0] == "AMA_PRA_1" for k in merged
    ):
        # a bare "CME" with no amount beside a system stated with its amount adds nothing; nor
        # beside AMA PRA Category 1 Credit, the physicians' CME the page names (R-CR-108)
        merged = {k: e for k, e in merged.items() if not (k[0] == "CME" and e["amount"] is None)}
    for key, entry in merged.items():
        entry["unit"] = units[key] or "credit"
        if isinstance(entry["amount"], float) and entry["amount"].is_integer():
            entry["amount"] = entry["amount"]
    return list(merged.values())
