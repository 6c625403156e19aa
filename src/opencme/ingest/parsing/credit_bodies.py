"""A body named for unnamed credit (R-CR-82, R-CR-83): "accredited by the College of
Physiotherapists of Alberta for a total of 3 CEU", "2 CEUs ... according to KNC guidelines",
and a body (not a state board) approving the activity itself with its acronym in parentheses
("This course is approved by the Ohio Department of Aging (ODA)"), whose the page's unnamed
contact hours are as a state board's are (R-CR-29)."""

from __future__ import annotations

import re
from dataclasses import replace

from opencme.ingest.parsing.credit_boards import BOARD
from opencme.ingest.parsing.credit_text import CONTEXT_CODES, WORD_NUM, Mention, number
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import CREDIT_NAME_RE, CREDIT_WORDS, body_named

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
# a body's name as written: capitalised words, joining words between them
_NAME = (
    r"(?-i:[A-Z][\w’'&-]+)(?:\s+(?:(?:of|and|for|on|in|the|des|de|du|la|le|&)\s+)*"
    r"(?-i:[A-Z][\w’'&-]+))*"
)
# an acronym: two capitals at least ("NC-DHHS", "OTBA", "CNO")
_ACRONYM = r"(?-i:(?=[A-Za-z&-]*[A-Z][A-Za-z&-]*[A-Z])[A-Z][A-Za-z&-]{1,14})"
# R-CR-82: "accredited by the <Name> [(<ACR>)] for [a total of] N", the amount the credit's
_BY_FOR = lazy_compile(
    rf"\b(?:accredited|approved)\s+by\s+(?:the\s+)?(?P<name>{_NAME})"
    rf"(?:\s*\((?P<acr>{_ACRONYM})\))?\s*,?\s+(?:for|to\s+(?:offer|award|grant|provide)|"
    # R-CR-119: "accredited by the <Council> and carrying six credit hours"
    r"and\s+(?:comprising|carrying|carries|worth|offering|offers|awarding|awards|providing|"
    r"provides|comprises))\s+"
    rf"(?:up\s+to\s+|a\s+total\s+of\s+|a\s+maximum\s+of\s+)?(?P<num>{_NUM}|{WORD_NUM})"
    r"(?![\d.])",
    re.IGNORECASE,
)
# R-CR-82: "approved for 1.5 CE hours by the <Name>": the amount before the body
_FOR_BY = lazy_compile(
    rf"\b(?:accredited|approved)\s+for\s+(?:up\s+to\s+|a\s+total\s+of\s+|a\s+maximum\s+of\s+)?"
    rf"(?P<num>{_NUM})(?![\d.])[^.;()]{{1,60}}?\s+by\s+(?:the\s+)?(?P<name>{_NAME})"
    rf"(?:\s*\((?P<acr>{_ACRONYM})\))?",
    re.IGNORECASE,
)
# R-CR-116: a verb of giving credit with the amount and the body ("has been allocated 14 CEUs
# by the <Name>", "6 CPD hours have been awarded by the <Name>", "granted 3 points by the ...")
_GIVEN_BY = lazy_compile(
    rf"\b(?:allocated|awarded|granted|assigned)\s+(?:up\s+to\s+|a\s+total\s+of\s+)?"
    rf"(?P<num>{_NUM}|{WORD_NUM})(?![\d.])[^.;()]{{1,60}}?\s+by\s+(?:the\s+)?(?P<name>{_NAME})"
    rf"(?:\s*\((?P<acr>{_ACRONYM})\))?|"
    rf"(?<![\d.])(?P<num2>{_NUM}|{WORD_NUM})(?![\d.])[^.;()]{{1,40}}?\s+(?:has|have)\s+been\s+"
    rf"(?:allocated|awarded|granted|assigned|accredited|approved)\s+by\s+(?:the\s+)?"
    rf"(?P<name2>{_NAME})(?:\s*\((?P<acr2>{_ACRONYM})\))?",
    re.IGNORECASE,
)
# R-CR-82: "2 CEUs in Clinical Practice, according to KNC guidelines"
_ACCORDING = lazy_compile(
    rf"\baccording\s+to\s+(?:the\s+)?(?P<acr>{_ACRONYM})\s+(?:guidelines|criteria)\b",
    re.IGNORECASE,
)
_ACRONYMS = lazy_compile(r"(?:[A-Z][A-Z&-]{1,9}\s+)+[A-Z][A-Z&-]{1,9}")  # "AAVSB RACE"
_APPROVED_BY = lazy_compile(r"\b(?:approved|accredited)\s+by\b", re.IGNORECASE)
# a label of credit words only ("CEUs", "CE Credits", "contact hours"): no system named
# (R-CR-112: "CPD", "CPD points", "continuing professional development hours" too: "approved by
# SACSSP for 6 CPD points" is that body's)
_CREDIT_WORDS_ONLY = lazy_compile(
    r"^(?:\s|/|CEs?\b|CEUs?\b|CEU[’']s\b|continuing\b|education\b|credits?\b|contact\b|clock\b|"
    r"hours?\b|units?\b|CPDs?\b|points?\b|professional\b|development\b)+$",
    re.IGNORECASE,
)


# a regulator's or professional body's head noun: a name without one (a university, an
# institute, a hospital: the provider itself) approves no credit of its own
_BODY_HEAD = lazy_compile(
    r"\b(?:College|Association|Board|Council|Society|Committee|Academy|Commission|Federation|"
    r"Ordre|Order|Chamber|Department|Division|Agency|Ministry|Authority|Registry|Consortium)\b"
)


def _body(name: str) -> tuple[str, str | None] | None:
    """(type, label) of a body named for credit: a known approver's, else `OTHER` with the
    acronym or a regulator's name as written; an accreditor of providers (ACCME, ANCC), a
    credit name or a name with no body's head noun is none."""
    name = " ".join(name.split())
    if CREDIT_NAME_RE.fullmatch(name):
        return None
    body = body_named(name)
    if body:
        return None if body.credit in CONTEXT_CODES else (body.credit, body.label)
    if " " in name and _ACRONYMS.fullmatch(name):
        # "the AAVSB RACE": a body's acronym after its parent's; the last names the approver
        return _body(name.rsplit(" ", 1)[1])
    if " " in name and not _BODY_HEAD.search(name):
        return None
    return "OTHER", name


def _named_in(sentence: str, amount: float | None) -> tuple[str, str | None] | None:
    if "by" in sentence:
        for m in (*_BY_FOR.finditer(sentence), *_FOR_BY.finditer(sentence)):
            if amount is not None and number(m.group("num")) == amount:
                return _body(m.group("acr") or m.group("name"))
        for g in _GIVEN_BY.finditer(sentence):  # R-CR-116
            if amount is not None and number(g.group("num") or g.group("num2")) == amount:
                return _body(g["acr"] or g["name"] or g["acr2"] or g["name2"])
    if "ccording" in sentence:
        a = _ACCORDING.search(sentence)
        if a:
            return _body(a.group("acr"))
    return None


def unnamed_bodies(mentions: list[Mention]) -> None:
    """R-CR-82: unnamed credit (`OTHER` in credit words only) whose own sentence names the
    body that accredited it for that amount, or whose guidelines it follows, is that body's;
    the same body's credit read again from that sentence adds nothing."""
    for i, m in enumerate(mentions):
        # nursing's unnamed credit too (R-CR-119): "accredited by the <State> Nursing Council and
        # carrying six credit hours" is that council's
        unnamed_nursing = m.code == "NURSING_CE" and m.label is None
        if not unnamed_nursing and (
            m.code != "OTHER" or not _CREDIT_WORDS_ONLY.match(m.label or "")
        ):
            continue
        named = _named_in(m.text, m.amount)
        if named:
            mentions[i] = replace(m, code=named[0], label=named[1])
            if named[0] == "OTHER" and named[1] and " and" in m.text:
                mentions.extend(_second_profession(m, named[1]))
    # R-CR-55's principle: the body's words are the more precise; an unnamed entry of the same
    # sentence and amount beside the credit of a body approving it is that credit read twice
    bodies = {
        (m.text, m.amount)
        for m in mentions
        if not _CREDIT_WORDS_ONLY.match(m.label or "-") and _APPROVED_BY.search(m.text)
    }
    mentions[:] = [
        m
        for m in mentions
        if not (
            m.code == "OTHER"
            and _CREDIT_WORDS_ONLY.match(m.label or "")
            and m.amount is not None
            and (m.text, m.amount) in bodies
        )
    ]


# R-CR-82: the same body's credit for a second profession further on in the sentence ("... to
# offer a total of 128.50 CE Credits ... and/or 11.50 Veterinary Technician CE Credits")
_AND_PROFESSION = lazy_compile(
    rf"\band(?:/or)?\s+(?P<num>{_NUM})\s+(?P<who>(?:[A-Z][a-z]+\s+){{1,3}}?)"
    r"(?i:CE\s+credits?|CEUs?|contact\s+hours?|CE\s+hours?)\b"
)


def _second_profession(m: Mention, body: str) -> list[Mention]:
    """R-CR-82: "<body> <profession>" for a second amount with its profession's words."""
    out = []
    for a in _AND_PROFESSION.finditer(m.text):
        amount = number(a.group("num"))
        if amount != m.amount:
            label = f"{body} {' '.join(a.group('who').split())}"
            out.append(Mention("OTHER", label, amount, m.unit, m.line, m.text))
    return out


_NOUNS = "|".join(map(re.escape, CREDIT_WORDS["activity_nouns"]))


def _regulator(acronym: str, name: str) -> bool:
    """A body R-CR-83/R-CR-91 read: none of data/accreditors.json (R-CR-36 reads those), no
    credit name, its name with a body's head noun (a university or a hospital is a provider)."""
    return (
        body_named(acronym) is None
        and not CREDIT_NAME_RE.fullmatch(acronym)
        and _BODY_HEAD.search(name) is not None
    )


# R-CR-83: "This course is approved by the <Name ...> (<ACR>)": the activity's own approver
_ACTIVITY_BODY = lazy_compile(
    rf"\b(?:this|these)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b[^.;]{{0,40}}?\bapproved\s+by\s+"
    rf"(?:the\s+)?(?P<name>(?-i:[A-Z])[^.;()]{{2,160}}?)\((?P<acr>{_ACRONYM})\)",
    re.IGNORECASE,
)


def activity_body(flat: str) -> str | None:
    """R-CR-83: the acronym of the one body (not a known approver of data/accreditors.json,
    not a credit name) the text says approved the activity itself, or None."""
    found = set()
    for m in _ACTIVITY_BODY.finditer(flat):
        acr = m.group("acr")
        if _regulator(acr, m.group("name")):
            found.add(acr)
    return found.pop() if len(found) == 1 else None


def boards_share(mentions: list[Mention]) -> None:
    """R-CR-88: a state board approving the activity with no amount of its own ("This activity
    is also provider approved by the California Board of Registered Nursing, Provider Number
    CEP 123") takes the page's one stated amount of hours, when every amount read is that one."""
    stated = {(m.amount, m.unit) for m in mentions if m.amount is not None}
    if len(stated) != 1:
        return
    amount, unit = stated.pop()
    if unit not in ("contact_hour", "hour"):
        return  # a board approves hours; another system's credits are not the board's
    shared = False
    for i, m in enumerate(mentions):
        if m.code == "OTHER" and m.amount is None and m.label and BOARD.fullmatch(m.label):
            mentions[i] = replace(m, amount=amount, unit=unit)
        elif m.code == "OTHER" and m.amount is None and m.label and _approver_acronym(m):
            # R-CR-118: the body that accredited the activity (R-CR-91) takes the page's one
            # amount of unnamed hours, which are its own: one entry
            mentions[i] = replace(m, amount=amount, unit=unit)
            shared = True
    if shared:
        mentions[:] = [
            m
            for m in mentions
            if not (
                m.code == "OTHER" and m.amount == amount and _CREDIT_WORDS_ONLY.match(m.label or "")
            )
        ]


def _approver_acronym(m: Mention) -> bool:
    """An R-CR-91 entry: the acronym of a body that approved the activity, read from its line."""
    label = m.label or ""
    if not label or label != label.upper() or " " in label:
        return False
    return any(a.group("acr") == label for a in _ACTIVITY_APPROVER.finditer(m.text))


# R-CR-91: "This program has been reviewed by the <Name> (<ACR>) and has been approved for
# ...", "This course is approved by the <Name> (<ACR>)." : the body approving the activity
_ACTIVITY_APPROVER = lazy_compile(
    rf"\b(?:this|these)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b"
    # up to 100 characters between ("... is provided by X and accredited by"), not a relative
    # clause naming the provider's own accreditation ("..., which is accredited by")
    r"(?:(?!\b(?:which|who|whose|that)\b)[^.;]){0,100}?"
    r"\b(?:(?P<approved>approved|accredited)|reviewed)\s+by\s+(?:the\s+)?"
    r"(?P<name>(?-i:[A-Z])[^.;()]{2,160}?)"
    rf"\((?P<acr>{_ACRONYM})\)(?P<after>\s*(?:[.;,]|$|for\b)|"
    r"\s+and\s+(?:has|have|is|was)\s+(?:been\s+)?approved\b)",
    re.IGNORECASE,
)


def activity_approvers(lines: list[tuple[int, str]], mentions: list[Mention]) -> None:
    """R-CR-91: a body named with its acronym that approved the activity itself, none of
    data/accreditors.json (R-CR-36 reads those) nor a credit name: `OTHER` with the acronym,
    amount null; a "reviewed by" only when the sentence goes on "and has been approved"."""
    for no, text in lines:
        if " by " not in text:
            continue
        for m in _ACTIVITY_APPROVER.finditer(text):
            after = m.group("after").lstrip()
            if not m.group("approved") and not after.startswith("and"):
                continue
            acr = m.group("acr")
            if _regulator(acr, m.group("name")):
                mentions.append(Mention("OTHER", acr, None, None, no, text))
