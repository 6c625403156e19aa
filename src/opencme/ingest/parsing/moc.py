"""MOC designations: board, points, MOC credit types (seed 003 has five of them)."""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import BOARD_CODE_RE, BOARDS

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
# `ABS - 1.5 Point; Credit Type(s): Accredited CME (ABS)`
_FINDER = lazy_compile(
    rf"\b(?P<board>AB[A-Za-z]{{1,5}})\s*[-–:]\s*(?P<num>{_NUM})\s*Points?\s*;?\s*"
    r"(?:Credit\s*Types?(?:\(s\))?\s*:\s*(?P<types>.+))?$"
)
# `46.5 ABIM MOC points`, `20 ABP MOC Part 2 points`, a table row `1.00 / ABIM Part II MOC Point`
_PART = r"Part\s+(?:[1-4]|IV|I{1,3})\b"
_MOC_TYPES = (
    "Medical Knowledge",
    "Patient Safety",
    "Practice Assessment",
    "Lifelong Learning",
    "Self-Assessment",
    "Accredited CME",
    "Improvement in Medical Practice",
)
_TYPE_ALT = "|".join(t.replace(" ", r"\s+").replace("-", r"[\s-]") for t in _MOC_TYPES)
# R-MO-5: a type of the closed list between the board and "MOC" ("2 ABIM Medical Knowledge MOC
# points")
_NUM_BOARD = lazy_compile(
    rf"(?<![\d.])(?P<num>{_NUM})\s*(?:/\s*)?(?P<board>AB[A-Za-z]{{1,5}})\s+"
    rf"(?:(?P<type>{_TYPE_ALT})\s+)?"
    rf"(?:(?P<part>{_PART})\s+)?MOC\s+(?:(?P<part2>{_PART})\s+)?points?",
    re.IGNORECASE,
)
# `eligible for 20 points towards the Self-Evaluation of Practice Performance requirement of
# Maintenance of Certification`, the board named in the same sentence
_POINTS_TOWARDS = lazy_compile(
    rf"\b(?:earn|eligible\s+for|receive)\s+(?:up\s+to\s+)?(?P<num>{_NUM})\s+points?\s+towards?\s+"
    r"(?:the\s+)?(?P<type>[A-Z][\w-]*(?:\s+(?:of|in|[A-Z][\w-]*)){0,5}?)"
    r"(?=\s+(?:requirement|component|for|of\s+(?:the\s+)?(?:ABIM|American|MOC|Maintenance))\b)"
)
# `earn up to 1.0 MOC points in the American Board of Internal Medicine's (ABIM) ...`; R-MO-5:
# any verb of gaining (receive, claim, obtain, accrue, be awarded or granted), any cap ("a
# maximum of"), a Part in parentheses after the type ("3 Lifelong Learning (Part II) MOC points")
_EARN_UP_TO = lazy_compile(
    r"\b(?:earn|receive|claim|obtain|accrue|award(?:ed)?|grant(?:ed)?)\s+"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+|as\s+many\s+as\s+)?"
    rf"(?P<num>{_NUM})\s+(?P<types>(?:[A-Z][a-z]+\s+){{0,3}})?"
    rf"(?:\(\s*(?P<part>{_PART})\s*\)\s+)?MOC(?:\s+points?)?\b"
    r"(?P<rest>[^.]{0,160})",
)
# R-MO-5: a requirement is no designation ("must earn 20 MOC points each year")
_REQUIRED = lazy_compile(
    r"\b(?:must|required?|requires|need\s+to|minimum|at\s+least|each\s+year|"
    r"per\s+year|annually|every\s+(?:\w+\s+)?years?)\b",
    re.IGNORECASE,
)
# R-MO-5: a list item or key naming the board's MOC, then its points: "ABIM MOC: 1.5 points",
# "ABP MOC Part 2 points: 1.5", "ABIM MOC Part II – 2.0 Medical Knowledge points"
_KEYED = lazy_compile(
    r"^[\s•*·▪‣◦-]*(?P<board>AB[A-Za-z]{1,5})\s+(?:MOC|Maintenance\s+of\s+Certification)"
    rf"(?:\s+(?P<part>{_PART}))?(?:\s+points?)?\s*(?:[:–—=]|\s-)\s*"
    rf"(?P<num>{_NUM})(?:\s+(?P<types>{_TYPE_ALT}))?(?:\s+(?:MOC\s+)?points?)?\s*\.?\s*$",
    re.IGNORECASE,
)
# R-MO-6: an item of an "Available credit" list, the amount first, then the board and its MOC
# programme, nothing after: "1.00 ABA MOCA® II", "1.00 ABP MOC Part 2", "0.75 ABIM MOC II",
# "2.00 ABS MOC" (the programme's own name and number, "MOCA II", "MOC II", "MOCA 2.0", is no
# credit type; a Part is)
_ITEM = lazy_compile(
    rf"^[\s•*·▪‣◦-]*(?P<num>{_NUM})\s+(?P<board>AB[A-Za-z]{{1,5}})\s+MOCA?\s*(?:®|™|\(R\))?"
    rf"(?:\s*(?:(?P<part>{_PART})|2\.0|I{{1,3}}|IV)\s*(?:®|™)?)?"
    r"(?:\s+(?:points?|credits?))?\s*$",
    re.IGNORECASE,
)
# `MOC Points for those who are ABIM certified` (no amount)
_BOARD_NO_POINTS = lazy_compile(
    r"\bMOC\s+points?\b[^.]{0,60}?\b(?P<board>(?-i:AB[A-Z][A-Za-z]{0,4}))\b", re.IGNORECASE
)
# R-MO-7: MOC credit in the boards' MOC programmes, named in one sentence ("will grant MOC
# credit toward the American Board of Anesthesiology's (ABA) and American Board
# of Surgery's (ABS) MOC programs"): each board named between, points null
_IN_PROGRAMS = lazy_compile(
    r"\bMOC\s+(?:credit|points?)\s+(?:in|through|toward|towards|for|within)\s+(?:the\s+)?"
    r"(?P<boards>[^.]{4,200}?)\s+(?:MOC|Maintenance\s+of\s+Certification)\s+programs?\b",
    re.IGNORECASE,
)


def _boards_named(span: str) -> list[str]:
    """Each board named in the span, by its code or its name, in the order written."""
    found = [(m.start(), m.group(1).upper()) for m in BOARD_CODE_RE.finditer(span)]
    low = span.lower()
    for name, code in BOARDS.items():
        at = low.find(name)
        if at >= 0:
            found.append((at, code))
    out: list[str] = []
    for _at, code in sorted(found):
        if code not in out:
            out.append(code)
    return out


# `ABIM MOC credit`, a list item `ABIM (MOC)`
_BOARD_MOC = lazy_compile(r"\b(?P<board>AB[A-Z]{1,5})\s+(?:MOC\s+(?:credit|points?)\b|\(MOC\))")
# R-MO-4: "enables the learner to satisfy the Lifelong Learning, Self-Assessment ... requirements
# for the American Board of Ophthalmology's Maintenance of Certification": the board's MOC credit
# types named in a sentence that satisfies its requirements, points null
_SATISFIES = lazy_compile(
    r"\b(?:satisf(?:y|ies)|meets?|fulfil+s?|counts?\s+toward)\b[^.]{0,200}?\brequirements?\b",
    re.IGNORECASE,
)
_TYPE_SUFFIX = lazy_compile(r"\s*\((?:AB[A-Za-z]+)\)\s*$")


def _board(text: str) -> str | None:
    m = BOARD_CODE_RE.search(text)
    if m:
        return m.group(1).upper()
    low = text.lower()
    for name, code in BOARDS.items():
        if name in low:
            return code
    return None


def _type_named(words: str | None) -> list[str]:
    """The MOC credit type of the closed list `words` name, as the list writes it."""
    if not words:
        return []
    low = " ".join(words.replace("-", " ").split()).lower()
    return [t for t in _MOC_TYPES if t.replace("-", " ").lower() == low]


def _required_before(text: str, at: int) -> bool:
    """R-MO-5: a requirement word in the sentence before the points."""
    start = text.rfind(". ", 0, at) + 1
    return _REQUIRED.search(text, start, at) is not None


def _keyed(text: str) -> dict[str, Any] | None:
    """R-MO-5: "ABIM MOC Part II: 2.0 Medical Knowledge points": the board's entry; a named
    type of the closed list wins over the Part beside it."""
    m = _KEYED.match(text)
    if m is None or not BOARD_CODE_RE.fullmatch(m.group("board").upper()):
        return None
    part = m.group("part")
    types = _type_named(m.group("types")) or ([" ".join(part.split())] if part else [])
    return {
        "board": m.group("board").upper(),
        "points": float(m.group("num")),
        "credit_types": types,
    }


def _item(text: str) -> dict[str, Any] | None:
    """R-MO-6: "1.00 ABP MOC Part 2", an item of an available-credit list."""
    m = _ITEM.match(text) if len(text) < 60 else None
    if m is None or not BOARD_CODE_RE.fullmatch(m.group("board").upper()):
        return None
    part = m.group("part")
    return {
        "board": m.group("board").upper(),
        "points": float(m.group("num")),
        "credit_types": [" ".join(part.split())] if part else [],
        "item": True,
    }


def _listed(out: list[dict[str, Any]], board: str | None, points: float) -> bool:
    """An entry of a list item (R-MO-6) with this board and points is already read."""
    return any(e.get("item") and e["board"] == board and e["points"] == points for e in out)


def _satisfied(text: str) -> dict[str, Any] | None:
    """R-MO-4: the MOC credit types a sentence says the activity satisfies for a named board."""
    m = _SATISFIES.search(text)
    board = _board(text) if m else None
    if m is None or board is None:
        return None
    low = m.group(0).lower()
    found = sorted((low.find(t.lower()), t) for t in _MOC_TYPES if t.lower() in low)
    if not found:
        return None
    return {"board": board, "points": None, "credit_types": [t for _at, t in found]}


def extract_moc(doc: Doc, diags: list[Diagnostic]) -> tuple[list[dict[str, Any]], set[int]]:
    """MOC entries in order, and the ids of the lines they came from (not credit lines)."""
    out: list[dict[str, Any]] = []
    used: set[int] = set()
    if "moc" not in doc.low and "point" not in doc.low and "maintenance of" not in doc.low:
        return out, used
    for ln in doc.lines:
        text = ln.value if ln.key == "moc" and ln.value else ln.text
        if not text:
            continue
        lower = text.lower()
        if (
            "moc" not in lower
            and "maintenance of" not in lower
            and ("point" not in lower or not _FINDER.search(text))
        ):
            continue
        keyed = _keyed(ln.text) or _item(ln.text) if "ab" in ln.text[:16].lower() else None
        if keyed:
            out.append(keyed)
            used.add(id(ln))
            diags.append(Diagnostic("moc", ln.no, ln.text, "used", keyed["board"]))
            continue
        m = _FINDER.search(text)
        if m and BOARD_CODE_RE.fullmatch(m.group("board").upper()):
            types = []
            if m.group("types"):
                types = [_TYPE_SUFFIX.sub("", t).strip() for t in m.group("types").split(",")]
            out.append(
                {
                    "board": m.group("board").upper(),
                    "points": float(m.group("num")),
                    "credit_types": [t for t in types if t],
                }
            )
            used.add(id(ln))
            diags.append(Diagnostic("moc", ln.no, ln.text, "used", m.group("board").upper()))
            continue
        hit = False
        for nb in _NUM_BOARD.finditer(text):
            if not BOARD_CODE_RE.fullmatch(nb.group("board").upper()):
                continue
            part = nb.group("part") or nb.group("part2")
            named = _type_named(nb.group("type"))
            out.append(
                {
                    "board": nb.group("board").upper(),
                    "points": float(nb.group("num")),
                    "credit_types": named or ([" ".join(part.split())] if part else []),
                }
            )
            hit = True
        for pt in _POINTS_TOWARDS.finditer(text):
            board = _board(text)
            if board and ("moc" in lower or "maintenance of certification" in lower):
                out.append(
                    {"board": board, "points": float(pt.group("num")), "credit_types": [pt["type"]]}
                )
                hit = True
        for eu in _EARN_UP_TO.finditer(text):
            board = _board(eu.group("rest") or "")
            if _listed(out, board, float(eu.group("num"))):
                hit = True  # R-MO-6: the sentence under a list item restates the item
                continue
            if board and not _required_before(text, eu.start("num")):
                types = [
                    t
                    for t in _MOC_TYPES
                    if t.lower() in (eu.group("types") or "").lower()
                    or t.lower() in (eu.group("rest") or "").lower()
                ]
                if not types and eu.group("part"):
                    types = [" ".join(eu.group("part").split())]
                out.append(
                    {"board": board, "points": float(eu.group("num")), "credit_types": types}
                )
                hit = True
        if not hit and "program" in lower:
            for ip in _IN_PROGRAMS.finditer(text):  # R-MO-7
                for code in _boards_named(ip.group("boards")):
                    if not any(e["board"] == code for e in out):
                        out.append({"board": code, "points": None, "credit_types": []})
                        hit = True
        if not hit:
            for bn in _BOARD_NO_POINTS.finditer(text):
                code = bn.group("board").upper()
                if not BOARD_CODE_RE.fullmatch(code):
                    continue  # a word, not a board ("the MOC points listed ABOVE")
                if not any(e["board"] == code and e["points"] is None for e in out):
                    out.append({"board": code, "points": None, "credit_types": []})
                hit = True
        if not hit:
            for bm in _BOARD_MOC.finditer(text):
                if not any(e["board"] == bm.group("board").upper() for e in out):
                    out.append(
                        {"board": bm.group("board").upper(), "points": None, "credit_types": []}
                    )
                hit = True
        if not hit and "requirement" in lower:
            entry = _satisfied(text)
            if entry and not any(e["board"] == entry["board"] for e in out):
                out.append(entry)
                hit = True
        if hit:
            if ln.key == "moc":
                used.add(id(ln))
            diags.append(Diagnostic("moc", ln.no, ln.text, "used", "MOC"))
        elif ln.key == "moc" or re.search(r"\bMOC\s+points?\b", text, re.IGNORECASE):
            diags.append(
                Diagnostic(
                    "moc", ln.no, ln.text, "not_understood", "MOC named without a board and points"
                )
            )
    return [{k: v for k, v in e.items() if k != "item"} for e in out], used
