"""R-CR-48: a credit table flattened to one cell a line, as a pasted page gives it: a heading
cell naming a credit with "awarded" ("CME Points Awarded"), then rows each a name cell
(a specialty, a college) followed by its amount cell ("Anaesthesiologists" / "11"); "Pending",
"N/A" or "TBC" is the row without an amount. Each row is one credit, `OTHER` labelled with the
heading's credit and the row's name ("CME points (Anaesthesiologists)"): one figure per
specialty or college, as R-CR-23 reads such rows written on one line."""

from __future__ import annotations

import re
from collections.abc import Callable

from opencme.ingest.parsing.credit_text import Mention, number
from opencme.ingest.parsing.lazyre import lazy_compile

_HEADING = lazy_compile(
    r"^(?P<name>[A-Za-z][\w /&+-]{0,30}?\b(?:points?|credits?|hours?))\s+"
    r"(?:awarded|available|offered|granted)$",
    re.IGNORECASE,
)
_VALUE = lazy_compile(
    r"^(?:(?P<num>\d{1,3}(?:\.\d{1,2})?)|n/?a|pending|tb[cd]|to\s+be\s+confirmed|[-–—])$",
    re.IGNORECASE,
)
_NAME = lazy_compile(r"^[A-Za-z][A-Za-z ,&'’()/.-]{1,60}$")
_PROSE = 80  # a longer cell is prose: the table has ended
_MIN_ROWS = 2
_SPAN = 400  # cells looked at after a heading

Scan = Callable[[str], list[Mention]]


def read_tables(lines: list[tuple[int, str]], scan: Scan) -> list[Mention]:
    """The rows of each flattened credit table in `lines` ((line number, text) pairs)."""
    cells = [(no, t.strip()) for no, t in lines if t.strip()]
    out: list[Mention] = []
    for i, (_no, text) in enumerate(cells):
        h = _HEADING.match(text) if len(text) < _PROSE else None
        if h is None:
            continue
        named = [m for m in scan(f"1 {h.group('name')}") if m.code == "OTHER" and m.label]
        if not named:
            continue  # a known system per specialty would repeat one type: not read here
        base, unit = named[0].label, named[0].unit or "credit"
        rows: list[Mention] = []
        for j in range(i + 1, min(len(cells) - 1, i + _SPAN)):
            cno, cell = cells[j]
            if len(cell) > _PROSE or _HEADING.match(cell):
                break
            if not _NAME.match(cell) or _VALUE.match(cell):
                continue
            v = _VALUE.match(cells[j + 1][1])
            if v:
                amount = number(v.group("num")) if v.group("num") else None
                label = f"{base} ({' '.join(cell.split())})"
                rows.append(Mention("OTHER", label, amount, unit, cno, cell))
        if len(rows) >= _MIN_ROWS:
            out.extend(rows)
    return out
