"""A state licensing board's approval of an activity: `OTHER` with the board's name.

docs/corpus.md ("A state board's approval"): hours a state board approves are that board's
credit, labelled with its name as the text writes it. A board is named
`<state> [State] Board of <Name>` (data/credit_words.json: the states, cited). Only an approval
whose subject is the activity itself ("This course has been approved by ...") designates;
a provider's approval or a protocol a board approved does not (R-CR-13).
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import BODIES, CREDENTIALS, CREDIT_WORDS

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_STATES = "|".join(
    r"\s+".join(map(re.escape, s.split())) for s in sorted(CREDIT_WORDS["us_states"], key=len)[::-1]
)
# a capitalised word of the board's name, or a joining word between two of them
_NAME_WORD = r"[A-Z][A-Za-z’'-]+"
# R-CR-57: a board of several professions lists them with commas and a last "and" ("Board of
# Clinical Social Work, Marriage and Family Therapy and Mental Health Counseling"); a comma
# not followed by such a list ends the name ("Board of Nursing, Provider Number 123")
BOARD = lazy_compile(
    rf"(?<![\w-])(?:{_STATES})\s+(?:State\s+)?Board\s+[Oo]f\s+{_NAME_WORD}"
    rf"(?:\s+(?:(?:and|of|&)\s+)?{_NAME_WORD})*"
    rf"(?:,\s+{_NAME_WORD}(?:\s+{_NAME_WORD})*\s+and\s+{_NAME_WORD}"
    rf"(?:\s+(?:(?:and|of|&)\s+)?{_NAME_WORD})*)?"
)
_NOUNS = "|".join(map(re.escape, CREDIT_WORDS["activity_nouns"]))
# "This course has been approved by", "These activities are also provider approved by"
# (or "approved for 1.0 contact hours by the"); R-CR-123: the boards named in one plural ("the
# Vermont and Maine State Boards of Nursing") or listed after the first ("the X Board of
# Nursing and the Y Board of Registered Nursing") each approved it
_SUBJECT = lazy_compile(
    rf"\b(?:this|these)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b[^.;]{{0,40}}?\bapproved\s+"
    rf"(?:for\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?(?P<num>{_NUM})\s*(?P<unit>contact[\s-]+hours?|"
    r"clock[\s-]+hours?|hours?|credits?|points?)\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BOARDS = lazy_compile(
    rf"(?<![\w-])(?P<states>(?:{_STATES})(?:\s*,\s*(?:{_STATES}))*,?\s+(?:and|&)\s+(?:{_STATES}))"
    rf"\s+(?P<state>State\s+)?Boards\s+[Oo]f\s+(?P<name>{_NAME_WORD}"
    rf"(?:\s+(?:(?:and|of|&)\s+)?{_NAME_WORD})*)"
)
_STATE = lazy_compile(rf"(?:{_STATES})")
_JOINED = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?")
_FOR = lazy_compile(
    rf"[^.;]{{0,60}}?\bfor\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?(?P<num>{_NUM})\s*"
    r"(?P<unit>contact[\s-]+hours?|clock[\s-]+hours?|hours?|credits?|points?)\b",
    re.IGNORECASE,
)
_KEY_VALUE = lazy_compile(
    rf"^\s*(?P<num>{_NUM})\s*(?P<unit>contact[\s-]+hours?|clock[\s-]+hours?|hours?|credits?)\s*$",
    re.IGNORECASE,
)


def board_approvals(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(board name, amount text or None, unit word or None) for each state board approving
    the activity in `sentence`."""
    out: list[tuple[str, str | None, str | None]] = []
    if "approved" not in sentence.lower():
        return out
    after = -1  # the end of the last board taken: a board joined to it was named with it
    before: tuple[str | None, str | None] = (None, None)  # "approved for <amount> by the"
    for start, end, names in _named_boards(sentence):
        subject = _SUBJECT.search(sentence, 0, start)
        if subject:
            before = (subject.group("num"), subject.group("unit"))
        elif after < 0 or not _JOINED.fullmatch(sentence, after, start):
            after = -1
            continue
        after = end
        amount = _FOR.match(sentence, end)
        num, unit = (amount.group("num"), amount.group("unit")) if amount else before
        out.extend((name, num, unit) for name in names)
    return out


def _named_boards(sentence: str) -> list[tuple[int, int, list[str]]]:
    """(start, end, board names) of each board or plural of boards in `sentence`, in order: a
    plural gives each state's board in the singular ("the Vermont and Maine State Boards
    of Nursing" -> "Vermont State Board of Nursing", "Maine State Board of Nursing")."""
    found = [(m.start(), m.end(), [m.group(0)]) for m in BOARD.finditer(sentence)]
    if "Boards" in sentence:
        for m in _BOARDS.finditer(sentence):
            board = f"{m.group('state') or ''}Board of {m.group('name')}"
            states = [" ".join(s.group(0).split()) for s in _STATE.finditer(m.group("states"))]
            found.append((m.start(), m.end(), [f"{s} {board}" for s in states]))
        found.sort()
    return found


# "This activity, COPE Activity Number 115363, is accredited by COPE": the activity itself
_ACTIVITY_BY = lazy_compile(
    rf"\b(?:this|these)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\b[^.;]{{0,40}}?"
    r"\b(?:approved|accredited)\s+by\s+(?:the\s+)?",
    re.IGNORECASE,
)


# "ASWB accreditation for this course expires ...": the approver's accreditation of the activity
_OF_ACTIVITY = lazy_compile(
    rf"\s+(?:accreditation|approval)\s+(?:for|of)\s+(?:this|these)\s+(?:{_NOUNS})\b",
    re.IGNORECASE,
)


def body_approvals(sentence: str) -> list[tuple[str, str | None]]:
    """(credit type, label) of each approver of data/accreditors.json that `sentence` says
    approved or accredited the activity itself (not its provider, R-CR-13)."""
    out: list[tuple[str, str | None]] = []
    low = sentence.lower()
    if ("accreditation " in low or "approval " in low) and (
        " for this" in low or " of this" in low
    ):
        for b in BODIES:
            named = b.pattern.search(sentence)
            if named and b.credit != "AMA_PRA_1" and _OF_ACTIVITY.match(sentence, named.end()):
                out.append((b.credit, b.label))
    for m in _ACTIVITY_BY.finditer(sentence):
        for b in BODIES:
            if b.credit != "AMA_PRA_1" and b.pattern.match(sentence, m.end()):
                out.append((b.credit, b.label))
                break
    return out


_APPROVED_BY_BOARD = lazy_compile(
    r"\bapproved\s+(?:for\s+[^.;()]{1,40}?\s+)?by\s+(?:the\s+)?(?=[A-Z])"
)


def approving_board(text: str) -> str | None:
    """The state board `text` says approved the provider or the activity, or None."""
    for m in _APPROVED_BY_BOARD.finditer(text):
        board = BOARD.match(text, m.end())
        if board:
            return board.group(0)
        boards = _BOARDS.match(text, m.end()) if "Boards" in text else None
        if boards:  # the first of a plural's boards ("the Vermont and Maine State Boards")
            return _named_boards(boards.group(0))[0][2][0]
    return None


def board_named(text: str) -> str | None:
    """The state board `text` names, as written, or None (the first of a plural's)."""
    m = BOARD.search(text)
    if m:
        return m.group(0)
    named = _named_boards(text) if "Boards" in text else []
    return named[0][2][0] if named else None


def board_key_value(key: str, value: str) -> tuple[str, str, str] | None:
    """`Florida Board of Nursing: 1.00 Hours`: (board, amount text, unit word) or None."""
    board = BOARD.fullmatch(key.strip())
    amount = _KEY_VALUE.match(value)
    if not (board and amount):
        return None
    return board.group(0), amount.group("num"), amount.group("unit")


_HEADS = "|".join(map(re.escape, CREDIT_WORDS["org_heads"]))
# "Hong Kong College of Physicians – 20.5 points", "Radiographers Board - 9 CPD points"
_ORG_ROW = lazy_compile(
    r"^\s*(?:[-*•]\s*)?(?P<org>(?:The\s+)?[A-Z][^–—:|;]{3,90}?)\s+[–—-]\s+"
    rf"(?P<num>{_NUM})(?![\d.])\s+(?:[^\s;,]+\s+){{0,3}}?"
    r"(?P<unit>points?|credits?|hours?)\b(?P<rest>[^;]*)",
)
_HEAD_WORD = lazy_compile(rf"(?<![\w-])(?:{_HEADS})(?![\w-])")


def org_row(line: str) -> tuple[str, str, str, str] | None:
    """(organisation, amount text, unit word, the words after the unit) of a line of a table of
    one figure per college or board, or None."""
    m = _ORG_ROW.match(line)
    if not m or not _HEAD_WORD.search(m.group("org")):
        return None
    return m.group("org").strip(), m.group("num"), m.group("unit"), m.group("rest")


# "12.25 NBCC CE Hours", "3 hours of NCCE Credit", "NBCC 15 credit hours": an approver's
# acronym between (or before) the amount and a credit word names that approver's credit
_CREDIT_WORD = (
    r"(?i:contact\s+hours?|clock\s+hours?|credit\s+hours?|hours?|credits?|points?|units?|CEUs?)"
)
_KINDS = "|".join(CREDIT_WORDS["education_kinds"])  # case-sensitive: the name's capitals
ACRONYM_CREDIT = lazy_compile(
    r"(?=[0-9A-Z])"  # every match starts with a digit or a capital: the engine skips the rest
    rf"(?:(?<![\d.,$])(?P<num>{_NUM})\s+(?:(?P<lead>(?i:contact\s+hours?|clock\s+hours?|hours?))"
    # R-CR-61: "15 LIVE CONTACT APT CREDIT HOURS": "contact" before the acronym is the unit's
    r"\s+of\s+|(?i:live\s+)?(?P<pre>(?i:contact))\s+)?"
    # "38 PRC CPD points" -> "PRC CPD"; "1 MME CME point" -> "MME CME" (points are no US CME
    # unit, R-CR-24: the acronym names the programme)
    r"(?P<acr>[A-Z][A-Z0-9&]{1,7})\s+(?:CE\s+|(?P<cpd>CPD|CME(?=\s+(?i:points?)\b))\s+|"
    rf"(?P<kind>(?:(?:{_KINDS})\s+){{1,3}}))?"
    rf"(?P<unit>{_CREDIT_WORD})\b"
    rf"|(?<![\w-])(?P<acr2>[A-Z][A-Z0-9&]{{1,7}})\s+(?P<num2>{_NUM})\s+(?i:live\s+)?(?:CE\s+)?"
    rf"(?P<unit2>{_CREDIT_WORD})\b)"
)
# credit-kind words, credentials and English function words in capitals ("UP TO 21 OF
# CREDITS") are no approver (MOC boards are read by moc.py)
_NOT_APPROVERS = frozenset(
    [
        "CE",
        "CME",
        "CPE",
        "CEU",
        "CEUS",
        "CNE",
        "CPD",
        "MOC",
        "LPN",
        "AMA",
        "PRA",
        "UAN",
        "ID",
        "NO",
        "OF",
        "THE",
        "AND",
        "FOR",
        "TO",
        "IN",
        "ON",
        "UP",
        "AT",
        "BY",
        "OR",
        "A",
        "AN",
        "AS",
        "ALL",
        "TOTAL",
        "LIVE",
    ]
) | frozenset(c.upper() for c in CREDENTIALS)


def acronym_credits(sentence: str) -> list[tuple[str, str, str, int, int]]:
    """(acronym, amount text, unit word, amount offset, end offset) for each
    "N <ACRONYM> credit" in `sentence`."""
    out: list[tuple[str, str, str, int, int]] = []
    for m in ACRONYM_CREDIT.finditer(sentence):
        acr = m.group("acr") or m.group("acr2")
        if acr.upper() in _NOT_APPROVERS:
            continue
        if m.group("num") is not None:
            name = f"{acr} {m.group('cpd')}" if m.group("cpd") else acr  # "PRC CPD", "MME CME"
            if m.group("kind"):  # R-CR-39: the credit's own name
                name = f"{acr} {m.group('kind')}{m.group('unit')}"
            unit = m.group("lead") or (
                f"contact {m.group('unit')}" if m.group("pre") else m.group("unit")
            )
            out.append((name, m.group("num"), unit, m.start("num"), m.end()))
        else:
            out.append((acr, m.group("num2"), m.group("unit2"), m.start("num2"), m.end()))
    return out


# --- a list of approvers sharing the page's one amount (R-CR-38) -------------------------------
# docs/corpus.md: "hours approved by several named boards give one OTHER (or known type) entry
# per board". Two layouts name the approvers of one stated amount: a line that is only their
# short names ("CA BBS, FL, NAADAC, NBCC") right after the amount, and the lines under a heading
# "approved by the following ...:" each naming one.
_SHORT = r"(?:[A-Z]{2}\s+)?[A-Z][A-Za-z]*[A-Z][A-Za-z&-]*"  # "NBCC", "CA BBS", "TXBSWE"
SHORT_LIST = lazy_compile(rf"^\s*(?P<items>{_SHORT}(?:\s*,\s*{_SHORT}){{2,}})\s*\.?\s*$")
_FOLLOWING = lazy_compile(
    r"\b(?:approved|accepted)\b[^.:]{0,30}\bby\s+the\s+following\b(?P<rest>[^:]{0,80}):\s*$",
    re.IGNORECASE,
)
_PAREN_ACRONYM = lazy_compile(r"\((?P<acr>[A-Z][A-Z&]{1,9})\)")
_HEADING_UNIT = lazy_compile(r"(contact[\s-]+hours?|clock[\s-]+hours?|hours?|credits?)\s*$", re.I)


def short_list(line: str) -> list[tuple[str, str | None]]:
    """(credit type, label) of each short name of a line that lists only approvers' short names,
    a known approver (data/accreditors.json) as its credit, any other as written."""
    m = SHORT_LIST.match(line)
    if not m:
        return []
    out: list[tuple[str, str | None]] = []
    for item in (x.strip() for x in m.group("items").split(",")):
        if item.upper() in _NOT_APPROVERS:
            return []  # a list of credit kinds or credentials, not of approvers
        body = next((b for b in BODIES if b.pattern.search(item)), None)
        out.append((body.credit, body.label) if body else ("OTHER", item))
    return out


def following_heading(line: str) -> str | None:
    """The unit word a heading "approved by the following for ... contact hours:" ends with
    ("" when none), or None when `line` is no such heading."""
    m = _FOLLOWING.search(line)
    if not m:
        return None
    unit = _HEADING_UNIT.search(m.group("rest").strip())
    return unit.group(1) if unit else ""


def listed_approver(line: str) -> tuple[str, str | None] | None:
    """(credit type, label) of the approver a line under such a heading names: a known approver,
    a state board as written, or the acronym the line gives in parentheses."""
    body = next((b for b in BODIES if b.pattern.search(line)), None)
    if body:
        return body.credit, body.label
    board = BOARD.search(line)
    if board:
        return "OTHER", board.group(0)
    acr = _PAREN_ACRONYM.search(line)
    if acr and acr.group("acr").upper() not in _NOT_APPROVERS:
        return "OTHER", acr.group("acr")
    return None
