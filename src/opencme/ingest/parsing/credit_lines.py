"""Line readers of the credit extractor: lines with a spelled-out amount (R-CR-40), an
approver's acronym credit (`12.25 NBCC CE Hours`), a table row of one figure per college or
board, a state board's approval, and the reader of one item of a credit list (R-CR-42)."""

from __future__ import annotations

from collections.abc import Callable

from opencme.ingest.parsing.credit_boards import (
    acronym_credits,
    board_approvals,
    org_row,
)
from opencme.ingest.parsing.credit_sentences import scan_sentence
from opencme.ingest.parsing.credit_text import CONTEXT_CODES as _CONTEXT_CODES
from opencme.ingest.parsing.credit_text import PER as _PER
from opencme.ingest.parsing.credit_text import STRONG_NEG as _STRONG_NEG
from opencme.ingest.parsing.credit_text import WORD_NUM as _WORD_NUM
from opencme.ingest.parsing.credit_text import Ctx as _Ctx
from opencme.ingest.parsing.credit_text import Mention as _Mention
from opencme.ingest.parsing.credit_text import neg as _neg
from opencme.ingest.parsing.credit_text import number as _number
from opencme.ingest.parsing.credit_text import unit_of as _unit
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import (
    BOARD_CODE_RE,
    CREDIT_NAME_RE,
    body_named,
)

# a spelled-out numeral and up to four words ending where a credit word starts
_WORD_BEFORE = lazy_compile(rf"(?=[efnost]){_WORD_NUM}[ \t]+(?:[\w-]+[ \t]+){{0,4}}$")
_WORD_WINDOW = 60
# the credit words a spelled amount stands before, found by plain substring search (fast);
# "hour" and "point" alone are left out: spelled durations ("a one hour webinar") are common
_WORD_ANCHORS = (
    "credit",
    "contact",
    "cme",
    "ceu",
    "continuing education",
    "continuing professional",
    "cpd",
)


def worded_lines(doc: Doc) -> set[int]:
    """R-CR-40: the numbers of the lines where a spelled-out numeral stands before a credit
    word; the regex runs only just before each credit word, found by substring search."""
    found: set[int] = set()
    low = doc.low
    for key in _WORD_ANCHORS:
        at = low.find(key)
        while at >= 0:
            if _WORD_BEFORE.search(low, max(0, at - _WORD_WINDOW), at):
                found.add(doc.line_at(at).no)
            at = low.find(key, at + len(key))
    return found


def is_credit_name(word: str) -> bool:
    return CREDIT_NAME_RE.fullmatch(word) is not None


def part_reader(
    line_no: int, ctx: _Ctx, diags: list[Diagnostic]
) -> Callable[[str], list[_Mention]]:
    """Reads one item of a credit list (R-CR-42) as a sentence of its own."""

    def read(part: str) -> list[_Mention]:
        found: list[_Mention] = []
        taken = read_acronyms(part, line_no, found)
        scan_sentence(part, line_no, False, False, ctx, found, diags, taken)
        return found

    return read


def read_acronyms(sentence: str, line_no: int, mentions: list[_Mention]) -> list[tuple[int, int]]:
    """'12.25 NBCC CE Hours': the approver's credit type (data/accreditors.json), else OTHER
    with the acronym; names the credit-name table knows are read by `scan_sentence`.
    Returns the spans taken, where `scan_sentence` reads no name."""
    taken: list[tuple[int, int]] = []
    for acr, num, unit_word, pos, end in acronym_credits(sentence):
        acr_at = sentence.find(acr.split()[0], min(pos, end))
        if (
            CREDIT_NAME_RE.fullmatch(acr)
            or BOARD_CODE_RE.fullmatch(acr.split()[0])
            or (acr_at >= 0 and CREDIT_NAME_RE.match(sentence, acr_at))  # "2 APA CE Credits"
        ):
            continue
        if _neg(sentence, pos):
            continue
        body = body_named(acr.split()[0])
        code, label = (body.credit, body.label) if body else ("OTHER", acr)
        if body and code in _CONTEXT_CODES:
            continue  # ACCME, ANCC, ...: accreditors, whose credit the names state
        low = unit_word.lower()
        unit = "contact_hour" if "contact" in low else "hour" if "hour" in low else _unit(low)
        mentions.append(_Mention(code, label, _number(num), unit or "credit", line_no, sentence))
        taken.append((pos, end))
    return taken


def read_org_row(text: str, line_no: int, mentions: list[_Mention]) -> bool:
    """A row of a table of one figure per college or board: `OTHER` with its name; a rate
    ("5 points per year") names the system without an amount (R-CR-2)."""
    row = org_row(text)
    if row is None:
        return False
    org, num, unit, rest = row
    amount = None if _STRONG_NEG.search(rest) or _PER.search(rest) else _number(num)
    mentions.append(_Mention("OTHER", org, amount, _unit(unit), line_no, text))
    return True


def read_boards(sentence: str, line_no: int, mentions: list[_Mention]) -> None:
    """A state board approving the activity, with the amount it approved when stated."""
    for board, num, unit in board_approvals(sentence):
        if num is not None and _neg(sentence, sentence.find(num)):
            continue
        amount = _number(num) if num is not None else None
        mentions.append(_Mention("OTHER", board, amount, _unit(unit), line_no, sentence))
