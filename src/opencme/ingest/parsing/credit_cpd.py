"""R-CR-105: CPD outside the US in its bodies' words. A category or a kind may stand between the
amount and "CPD" ("6 category 1 (external) CPD credit(s)", the wording of the Federation of the
Royal Colleges of Physicians of the UK; "7 External CPD credits"): the credit is R-CR-24's CPD
(`OTHER` "CPD", "CPD points" for points), the amount and unit as written. A medical council's
"credit points" or "credit hours" (India's state medical councils accredit CME in them:
"accredited with 4 credit points by the <State> Medical Council", "3 credit hours from the
<State> Medical Council") are that council's, labelled with its name as written (R-CR-82)."""

from __future__ import annotations

import re
from dataclasses import replace

from opencme.ingest.parsing.credit_text import Mention, neg, number, sentences
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_NUM = r"(?<![\d.,$])(?P<num>\d{1,3}(?:\.\d{1,2})?)"
_KIND = r"(?:external|internal|clinical|non-clinical|personal|professional|general)"
_QUALIFIED = lazy_compile(
    rf"{_NUM}\s+(?:(?P<cat>(?:category|cat\.?)\s+(?:[1-3]|I{{1,3}}|[A-C])\b)\s*)?"
    rf"(?:(?P<kind>\(\s*{_KIND}\s*\)|{_KIND})\s+)?"
    r"CPD\s+(?P<unit>credits?(?:\s*\(s\))?|points?|hours?)\b",
    re.IGNORECASE,
)
# R-CR-113: hours or points "of" a CPD group or category ("accredited for 9 hours of Group 3
# CPD", Australian pharmacy's CPD groups; "6 hours of Category 2 CPD"): `OTHER` labelled with
# the group and "CPD" as written, the unit of the amount
_HOURS_OF_GROUP = lazy_compile(
    rf"{_NUM}\s+(?P<unit>hours?|points?|credits?)\s+of\s+(?P<group>(?:group|category|cat\.?)\s+"
    r"(?:[1-3]|I{1,3}|[A-C]))\s+CPD\b",
    re.IGNORECASE,
)
# a later clause that converts or requires ("which may also count toward …", "; members must …"):
# its refusal words govern that clause, not the amount before it
_LATER_CLAUSE = lazy_compile(r"\s(?:which|that)\s|;|\s[-–—]\s", re.IGNORECASE)
# a council's name: capitalised words ending in "<Medical|Dental|...> Council"
_COUNCIL = (
    r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,4}?\s+"
    r"(?:Medical|Dental|Nursing|Pharmacy|Health)\s+Council)\b"
)
_COUNCIL_CREDIT = lazy_compile(
    rf"\b(?:accredited|approved|awarded|granted)\s+(?:with|for)\s+{_NUM}\s+credit\s+"
    rf"(?P<unit>points?|hours?)\s+(?:by|from)\s+(?:the\s+)?{_COUNCIL}|"
    rf"\b(?:receive|earn|get|awarded)\s+{_NUM.replace('num', 'num2')}\s+credit\s+"
    rf"(?P<unit2>points?|hours?)\s+(?:by|from)\s+(?:the\s+)?{_COUNCIL.replace('name', 'name2')}",
    re.IGNORECASE,
)


def qualified_cpd(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-105: CPD with a category or kind before it, and a council's credit points/hours."""
    for ln in doc.lines:
        if not ln.digit:
            continue
        text = ln.text
        has_cpd = "CPD" in text
        if not has_cpd and "Council" not in text:
            continue
        for sentence in sentences(text):
            if has_cpd:
                for m in _QUALIFIED.finditer(sentence):
                    if not (m.group("cat") or m.group("kind")) or neg(sentence, m.start("num")):
                        continue
                    word = m.group("unit").lower()
                    unit = "point" if word.startswith("point") else _unit(word)
                    label = "CPD points" if unit == "point" else "CPD"
                    amount = number(m.group("num"))
                    if any(x.line == ln.no and x.amount == amount for x in mentions):
                        continue  # read already with its body ("XYZA accredited for", R-CR-43)
                    mentions.append(Mention("OTHER", label, amount, unit, ln.no, sentence))
            if has_cpd and " of " in sentence:
                for g in _HOURS_OF_GROUP.finditer(sentence):
                    later = _LATER_CLAUSE.search(sentence, g.end())
                    clause = sentence[: later.start()] if later else sentence
                    if neg(clause, g.start("num")):
                        continue
                    amount = number(g.group("num"))
                    if any(x.line == ln.no and x.amount == amount for x in mentions):
                        continue
                    word = g.group("unit").lower()
                    unit = "point" if word.startswith("point") else _unit(word)
                    head, *rest = g.group("group").split()
                    label = " ".join([head.capitalize(), *(w.upper() for w in rest), "CPD"])
                    mentions.append(Mention("OTHER", label, amount, unit, ln.no, sentence))
            if "Council" in sentence:
                for c in _COUNCIL_CREDIT.finditer(sentence):
                    num = c.group("num") or c.group("num2")
                    at = c.start("num") if c.group("num") else c.start("num2")
                    if neg(sentence, at):
                        continue
                    name = " ".join((c.group("name") or c.group("name2")).split())
                    word = (c.group("unit") or c.group("unit2")).lower()
                    unit = "point" if word.startswith("point") else "hour"
                    _take(mentions, Mention("OTHER", name, number(num), unit, ln.no, sentence))


def _unit(word: str) -> str:
    return "hour" if word.startswith("hour") else "credit"


def _take(mentions: list[Mention], new: Mention) -> None:
    """The council's credit, replacing the same amount of the same line read unnamed in its
    credit words ("credit hours": R-CR-82's principle)."""
    for i, old in enumerate(mentions):
        unnamed = (old.label or "").lower().startswith("credit ")
        if old.code == "OTHER" and unnamed and old.line == new.line and old.amount == new.amount:
            mentions[i] = replace(old, label=new.label, unit=new.unit)
            return
    mentions.append(new)
