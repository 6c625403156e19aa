"""Which credit type a name or unnamed hours stand for: a generic name ("CME", "contact
hours", "nursing") resolved against the page's professions and approvers (R-CR-4..R-CR-7),
hours approved by a named body (R-CR-12), the clause that decides (R-CR-53)."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_boards import (
    board_named,
)
from opencme.ingest.parsing.credit_text import CONTEXT_CODES as _CONTEXT_CODES
from opencme.ingest.parsing.credit_text import NURSE_CTX as _NURSE_CTX
from opencme.ingest.parsing.credit_text import PHARM_CTX as _PHARM_CTX
from opencme.ingest.parsing.credit_text import Ctx as _Ctx
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import (
    body_named,
)

_CHES_CTX = lazy_compile(r"\bCHES\b|\bCECH\b", re.IGNORECASE)


_APA_SHORT = lazy_compile(r"\bAPA\b")


def approver_of(sentence: str) -> tuple[str, str | None] | None:
    """R-CR-12: hours approved by a named body (data/accreditors.json) take its credit type."""
    body = body_named(sentence)
    if body and body.credit not in _CONTEXT_CODES:
        return body.credit, body.label
    if _APA_SHORT.search(sentence):
        return "APA", None
    return None


def resolve_code(code: str, sentence: str, ctx: _Ctx, name: str = "") -> tuple[str, str | None]:
    """Map generic names to codes (R-CR-4..R-CR-7); `name` is the text's words for it."""
    if code == "CME":
        if ctx.ama:
            return "AMA_PRA_1", None
        return ctx.cme_authority() or ("CME", None)
    if code in ("CONTACT", "HOURS"):
        approver = approver_of(sentence)
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


def clause_of(sentence: str, name: re.Match[str]) -> str:
    """R-CR-53: the clause between semicolons that holds the name; its profession decides
    unnamed hours ("1.5 hours of CME for physicians; 1.5 contact hours for pharmacists")."""
    if ";" not in sentence:
        return sentence
    start = sentence.rfind(";", 0, name.start()) + 1
    end = sentence.find(";", name.end())
    return sentence[start : end if end >= 0 else len(sentence)]
