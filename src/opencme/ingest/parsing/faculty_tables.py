"""Faculty in a table (R-PE-7): the column a header row names by a role.

A programme or faculty table stored as text keeps its cells apart by pipes ("Time | Session |
Speaker", "9:00 | Opening | Ana Roe, MD"; layouts.build_doc turns tabs into spaces, so a
table pasted with tabs reaches here as prose). A header cell that is a role
noun (a faculty key or a role head of data/people_roles.json: "Speaker", "Presenter(s)",
"Faculty", "Moderator") names the column of people; each row's cell in that column gives them,
a bare name too (a cell of the speakers' column is a person, as a line under a role key is).
Rows run while lines split into as many cells; a rule row ("---|---") is skipped.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.faculty import people_at
from opencme.ingest.parsing.layouts import Doc, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import PEOPLE_ROLES

_ROLES = frozenset(PEOPLE_ROLES["faculty_keys"]) | frozenset(PEOPLE_ROLES["role_heads"]["words"])
_RULE = lazy_compile(r"^[\s|:+-]+$")
# words of a programme's other rows, never a speaker's name ("Lunch Break", "Panel Discussion")
_SCHEDULE = lazy_compile(
    r"\b(?:Break|Lunch|Coffee|Tea|Dinner|Breakfast|Networking|Registration|Panel|Discussion|"
    r"Questions|Q&A|Opening|Closing|Remarks|Welcome|Adjourn|Faculty|All|TBA|TBD|Speakers?)\b",
    re.IGNORECASE,
)
_PIPES = lazy_compile(r"\s*\|\s*")


def _cells(text: str) -> list[str]:
    """The cells of a table row, or [] for a line that is no row."""
    if "|" in text:
        return _PIPES.split(text.strip().strip("|").strip())
    return []


def _role_column(cells: list[str]) -> int | None:
    """The index of the header cell that names a role, when the row is a header."""
    if len(cells) < 2:
        return None
    for i, c in enumerate(cells):
        if len(c) <= 30 and norm_key(c.replace("(s)", "s")) in _ROLES:
            return i
    return None


def table_people(doc: Doc) -> tuple[list[str], list[Line]]:
    """People of the role columns of the page's tables (module docstring), and their rows."""
    out: list[str] = []
    used: list[Line] = []
    lines = doc.lines
    for n, ln in enumerate(lines):
        if "|" not in ln.text:
            continue
        head = _cells(ln.text)
        col = _role_column(head)
        if col is None:
            continue
        for row in lines[n + 1 : n + 80]:
            t = row.text.strip()
            if not t or _RULE.match(t):
                continue
            cells = _cells(t)
            if len(cells) != len(head):
                break
            cell = cells[col]
            found = people_at(cell, lead=True) if cell and not _SCHEDULE.search(cell) else []
            if found:
                out.extend(found)
                used.append(row)
    return out, used
