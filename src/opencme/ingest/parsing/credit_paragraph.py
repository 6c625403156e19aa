"""R-CR-103: a profession's paragraph of a jointly accredited page. Joint Accreditation's
statements for other professions name the approver in one sentence and the credit, unnamed, in
the next ("As a Jointly Accredited Organization, <provider> is approved to offer social work
continuing education by the Association of Social Work Boards (ASWB) Approved Continuing
Education (ACE) program. … Social workers completing this course receive 1.5 general continuing
education credits": https://jointaccreditation.org/accreditation-statements, ASWB's required
wording). Within one paragraph (one line) naming exactly one approver of data/accreditors.json
(not a physician, nurse or pharmacist accreditor, whose credits are named), the unnamed "N
[kind] continuing education credits / CE credits / CE hours / CEUs" offered to the learner are
that approver's. A second approver or a credit system named in the paragraph leaves it alone."""

from __future__ import annotations

import re
from dataclasses import replace

from opencme.ingest.parsing.credit_text import CONTEXT_CODES, Mention, neg, number, sentences
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import BODIES, CREDIT_NAME_RE

_UNNAMED = lazy_compile(
    r"(?<![\d.,$])(?P<num>\d{1,3}(?:\.\d{1,2})?)\s+(?:(?:[a-z][a-z-]+|(?-i:[A-Z][a-z]+))\s+){0,2}?"
    r"(?:continuing\s+education|(?-i:CE))\s+(?P<unit>credits?|hours?|contact\s+hours?|units?)\b|"
    r"(?<![\d.,$])(?P<num2>\d{1,3}(?:\.\d{1,2})?)\s+(?-i:CEUs?)\b",
    re.IGNORECASE,
)
# the learner is offered the credit: a verb of receiving or offering before the amount
_OFFERED = lazy_compile(
    r"\b(?:receive|earn|offers?|provides?|awarded|award|designated|approved\s+for|eligible\s+for|"
    r"claim)\b",
    re.IGNORECASE,
)
_UNITS = {"credit": "credit", "hour": "hour", "contact": "contact_hour", "unit": "credit"}
# every approver in one alternation: a cheap test before each body is tried in turn
_ANY_BODY = lazy_compile("|".join(f"(?:{b.pattern.pattern})" for b in BODIES), re.IGNORECASE)


def _approver(text: str) -> tuple[str, str | None] | None:
    """The credit of the one approver the paragraph names, when it names exactly one."""
    named = {(b.credit, b.label) for b in BODIES if b.pattern.search(text)}
    if len(named) != 1:
        return None
    only = next(iter(named))
    return None if only[0] in CONTEXT_CODES else only


def paragraph_credits(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-103: a paragraph's unnamed CE as its one approver's credit."""
    for ln in doc.lines:
        text = ln.text
        if not ln.digit or len(text) < 60 or ". " not in text:
            continue
        if ("CE" not in text and "continuing" not in text) or _ANY_BODY.search(text) is None:
            continue
        approver = _approver(text)
        if approver is None:
            continue
        code, label = approver
        for sentence in sentences(text):
            if CREDIT_NAME_RE.search(sentence) and not _generic_only(sentence):
                continue
            for m in _UNNAMED.finditer(sentence):
                num = m.group("num") or m.group("num2")
                at = m.start("num") if m.group("num") else m.start("num2")
                if not _OFFERED.search(sentence, 0, at) or neg(sentence, at):
                    continue
                word = (m.group("unit") or "credit").lower()
                unit = next((u for k, u in _UNITS.items() if word.startswith(k)), "credit")
                _take(mentions, Mention(code, label, number(num), unit, ln.no, sentence))
                break


def _generic_only(sentence: str) -> bool:
    """Only generic credit words are named ("contact hours", "CME"), no system."""
    return all(
        m.group(0).lower().startswith(("contact", "cme")) for m in CREDIT_NAME_RE.finditer(sentence)
    )


def _take(mentions: list[Mention], new: Mention) -> None:
    """The approver's credit, replacing the same amount read unnamed from the same line."""
    if any(m.code == new.code and m.label == new.label and m.amount is not None for m in mentions):
        return
    for i, old in enumerate(mentions):
        same = old.line == new.line and old.amount == new.amount and old.code == "OTHER"
        if same and old.label and "CE" in old.label and not CREDIT_NAME_RE.fullmatch(old.label):
            mentions[i] = replace(old, code=new.code, label=new.label, unit=new.unit)
            return
    mentions.append(new)
