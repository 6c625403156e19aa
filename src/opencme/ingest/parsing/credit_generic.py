"""Credit with no named system (R-CR-18, R-CR-27): "3 Clinical CEs", "2.5 CEUs", "CE Hours:
6.00", "12 hour (1.2 CEU)", read only when the page names no credit system at all."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import (
    EARN_VERB,
    NURSE_CTX,
    PHARM_CTX,
    WORD_NUM,
    Ctx,
    Mention,
    neg,
    number,
    sentences,
    unit_of,
)
from opencme.ingest.parsing.credit_text import MODIFIER as _MODIFIER
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import led_by

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
# hours with their CEU conversion in parentheses, "12 hour (1.2 CEU)": the hours are the amount
_HOURS_CEU = led_by(
    r"\d",
    rf"(?<![\d.,$])(?P<num>{_NUM})[\s-]*(?P<unit>contact\s+hours?|hours?)\s*\(\s*{_NUM}\s*CEUs?\s*\)",
    re.IGNORECASE,
)
# "3 Clinical CEs", "2.5 CEUs", "6 CE Hours", "5 continuing education (CE) credits" (R-CR-18)
_GENERIC_CE_WORDS = (
    # R-CR-89: up to three capitalised words before the CE words ("3 New Jersey Ethics
    # Continuing Education Credits"), or one and a lower-case word (R-CR-50)
    # R-CR-128: R-CR-16's words of kind, total and price before them ("12 free CE credits"),
    # no words of the label
    rf"\s+(?:(?:{_MODIFIER})\s+){{0,2}}"
    r"(?P<label>(?:(?-i:[A-Z][a-z]+)(?:(?:\s+(?-i:[A-Z][a-z]+)){1,2}|"
    r"\s+(?-i:[a-z]{3,}))?\s+|"
    # a credit category of the profession's registry ("1.5 CAT A CEUs", "Category A CE credits")
    r"(?-i:Category|Cat\.?|CAT)\s+(?-i:[A-Z]|[1-9])\+?\s+)?"
    r"(?:(?:CEU[’']s|CEUs?|CEs|CE[’']s|CE|continuing\s+education(?:\s+\(CE\))?)"
    r"(?:\s+(?:credit|contact\s+hour|clock\s+hour|hour|unit|point)s?)?(?:\s+hours?)?|"
    # R-CR-111: CPD written in full with its unit ("36 continuing professional development
    # points", "six continuing professional education hours")
    r"continuing\s+professional\s+(?:development|education)(?:\s+\(CPDs?\))?"
    r"\s+(?:credit|hour|unit|point)s?|credit\s+hours?))"
    r"(?![\w-])"
)
_GENERIC_CE = led_by(r"\d", rf"(?<![\d.,$])(?P<num>{_NUM})" + _GENERIC_CE_WORDS, re.IGNORECASE)
GENERIC_CE = _GENERIC_CE  # unnamed credit's amount, read by R-CR-58 too
# R-CR-40: the same with the amount spelled out ("awarded six continuing education units")
_GENERIC_CE_SPELLED = lazy_compile(rf"(?P<num>{WORD_NUM})" + _GENERIC_CE_WORDS, re.IGNORECASE)
# R-CR-81: unnamed CE for nurses right after its words ("1.0 CEUs for Nurse Practitioners"):
# the profession decides, as a clause's does (R-CR-53)
_FOR_NURSES = lazy_compile(
    r"\s+for\s+(?:(?:registered|advanced\s+practice|licensed\s+practical)\s+)?"
    r"(?:nurses?|nurse\s+practitioners?|RNs?|APRNs?|NPs?)\b",
    re.IGNORECASE,
)
# R-CR-41: a key alone on its line ending in ":", its value the next line ("Credit Hours:" /
# "3 Hour(s)"): read as one line
_KEY_ALONE = lazy_compile(r"^[^:]{2,40}:\s*$")
_SHORT_VALUE = 24
_NUM_ALONE = lazy_compile(r"^\s*\d{1,3}(?:\.\d{1,2})?\s*$")
# the same words as a key before the amount: "CE Hours: 6.00", "Credit Hours: 3", "CEs: 2.5",
# "CE: 2 hours" (R-CR-127) (R-CR-126: "CPD Units: 3.00 Points", the value's unit word its unit)
_GENERIC_CE_KEY = led_by(
    "cC",
    r"(?<![\w-])(?P<label>CE\s+(?:credit|contact\s+hour|clock\s+hour|hour|unit)s?|CEUs?|CEs|"
    r"(?-i:CE)|"
    rf"CPD\s+units?|credit\s+hours?)\s*:\s*(?P<num>{_NUM})(?![\d.,])"
    r"(?:\s*(?P<value_unit>points?|hours?)\b)?",
    re.IGNORECASE,
)
_OTHER_PROFESSIONS = led_by(
    "acdhmopstv",
    r"social\s+work|psycholog|counsel|therapist|dental|dentist|hygienist|optometr|occupational|"
    # veterinary teams: a "veterinary nurse" is no nurse of nursing CE (R-CR-90)
    r"physical\s+therap|dietitian|case\s+manag|addiction|marriage|veterinar",
    re.IGNORECASE,
)


# the stems of `_OTHER_PROFESSIONS`, as plain substrings of the lower-cased text (faster)
OTHER_PROFESSION_WORDS = (
    "social work",
    "psycholog",
    "counsel",
    "therapist",
    "dental",
    "dentist",
    "hygienist",
    "optometr",
    "occupational",
    "physical therap",
    "dietitian",
    "case manag",
    "addiction",
    "marriage",
    "veterinar",
)


def generic_ce(
    doc: Doc, ctx: Ctx, mentions: list[Mention], worded: frozenset[int] | set[int] = frozenset()
) -> None:
    """Credit with no named system: the profession's unnamed credit, else OTHER in the text's
    own words (docs/corpus.md, settled cases). Only when no system is named anywhere.
    `worded`: the lines without a figure whose amount is spelled out (R-CR-40)."""
    for i, ln in enumerate(doc.lines):
        text, digit = ln.text, ln.digit
        if text.endswith(":") and i + 1 < len(doc.lines) and _KEY_ALONE.match(text):
            nxt = doc.lines[i + 1]
            if nxt.digit and len(nxt.text) <= _SHORT_VALUE:
                text, digit = f"{text} {nxt.text}", True
        elif digit and len(text) <= 6 and i + 1 < len(doc.lines) and _NUM_ALONE.match(text):
            # R-CR-72: "8" / "CE Hours available": the amount alone above its credit words
            below = f"{text.strip()} {doc.lines[i + 1].text}"
            if _GENERIC_CE.match(below):
                text = below
        low = text.lower()
        if (
            "ce" not in low
            and "continuing" not in low
            and "credit hour" not in low
            and "cpd unit" not in low
        ):
            continue
        if not digit and ln.no not in worded:
            continue
        for sentence in sentences(text):
            h = _HOURS_CEU.search(sentence) if "ceu" in low else None
            if h and not neg(sentence, h.start("num")):
                others = _OTHER_PROFESSIONS.search(doc.flat) is not None
                code = (
                    "ACPE"
                    if "acpe" in doc.low
                    or "council for pharmacy" in doc.low
                    or (PHARM_CTX.search(doc.flat) and not ctx.nurses)
                    else "NURSING_CE"
                    if ctx.nurses and not others
                    else None
                )
                if code:
                    unit = unit_of(h.group("unit"))
                    mentions.append(
                        Mention(code, None, number(h.group("num")), unit, ln.no, sentence)
                    )
                    return
            # an amount followed by its words wins over a key's ("Credit Hours: 22 Clinical CEs")
            found = (
                [*_GENERIC_CE.finditer(sentence), *_GENERIC_CE_KEY.finditer(sentence)]
                if digit
                else []
            )
            found += _GENERIC_CE_SPELLED.finditer(sentence) if ln.no in worded else ()
            for g in found:
                if neg(sentence, g.start("num")):
                    continue
                words = " ".join(g.group("label").split())
                low = words.lower()
                # the value's own unit word, where it has one ("CPD Units: 3.00 Points")
                said = (g.groupdict().get("value_unit") or words).lower()
                unit = (
                    "contact_hour"
                    if "contact hour" in said
                    else "hour"
                    if said.endswith(("hour", "hours"))
                    else "point"
                    if said.endswith(("point", "points"))
                    else "credit"
                )
                # asked only here, at the one match this function takes (a whole-text search)
                others = _OTHER_PROFESSIONS.search(doc.flat) is not None
                if _FOR_NURSES.match(sentence, g.end()):  # R-CR-81: "2 CEUs for Nurses"
                    code, label = ("ANCC" if ctx.ancc else "NURSING_CE"), None
                elif "ceu" in low:  # a CEU is a unit of its own (IACET), not a system's credit
                    code, label = "OTHER", words
                elif ctx.pharmacy_only and not others:
                    code, label = "ACPE", None
                elif NURSE_CTX.search(doc.flat) and not others:
                    code, label = "NURSING_CE", None
                else:
                    code, label = "OTHER", words
                amount = number(g.group("num"))
                if code == "OTHER" and label:
                    label = _more_precise(doc, i, amount, label)
                mentions.append(Mention(code, label, amount, unit, ln.no, sentence))
                return


def _more_precise(doc: Doc, after: int, amount: float, label: str) -> str:
    """R-CR-55: the same amount written again later with a qualifier before the same words
    ("3 CEs" ... "3 Clinical CEs") gives the label its more precise words."""
    tail = " " + label.lower()
    for ln in doc.lines[after + 1 :]:
        if not ln.digit or label.lower() not in ln.text.lower():
            continue
        for g in _GENERIC_CE.finditer(ln.text):
            words = " ".join(g.group("label").split())
            if number(g.group("num")) == amount and words.lower().endswith(tail):
                return words
    return label


# R-CR-73: an earning verb with unnamed CE ("in order to receive CE credit", "receive CE
# credits") on a page that names no credit system: unnamed CE is offered, amount null
_CE_WORDS = r"(?:CE|(?i:continu(?:ing|ed)\s+education)(?:\s*\(CE\))?)"
_EARN_CE = lazy_compile(
    # R-CR-121: up to two words between the verb and the CE ("receive free CE credits"), CE
    # written in full ("gain continuing education credits"), "register/apply for"
    rf"(?:\b{EARN_VERB}|"
    r"\b(?i:register|apply)\s+(?i:for)\s+|"
    # R-CR-73: what the activity or its fee includes ("Includes ... handouts, and CE credits")
    r"\b(?i:includes?|including)\b[^.;]{0,150}?|"
    # R-CR-122: the activity is available or eligible for CE ("is available for continuing
    # education credit until ...")
    r"\b(?i:available|eligible)\s+(?i:for)\s+)"
    rf"{_CE_WORDS}\s+(?P<unit>(?i:credits?|hours?|units?))\b"
    r"(?!\s+(?i:rules|requirements|polic|information))|"
    # R-CR-121: a headline's "Continuing Education credits available"
    r"\b(?:CE|(?i:continuing\s+education))\s+(?i:credits?\s+(?:are\s+)?available\s*(?:[.!]|$))|"
    # R-CR-122: CE said to be offered ("continuing education credits are offered"), and the
    # certificate of CE a learner receives ("receive your CE certificate")
    rf"\b{_CE_WORDS}\s+(?i:credits?|units?)\s+(?i:are|will\s+be)\s+(?i:offered|awarded|provided)\b|"
    r"\b(?i:receive|obtain|earn|download|print)\s+(?i:your|a|the)\s+CE\s+(?i:certificates?)\b"
)


def earned_ce(doc: Doc) -> Mention | None:
    """R-CR-73: the unnamed CE an earning verb offers, `OTHER` "CE" with no amount."""
    if "ce " not in doc.low and "ed education" not in doc.low and "ng education" not in doc.low:
        return None
    m = _EARN_CE.search(doc.flat)
    if not m:
        return None
    ln = doc.line_at(m.start())
    hours = (m.group("unit") or "").lower().startswith("hour")
    return Mention("OTHER", "CE", None, "hour" if hours else None, ln.no, ln.text)
