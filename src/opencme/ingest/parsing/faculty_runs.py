"""Faculty glued into a line (R-PE-6): a run of two or more people, each with credentials or an
honorific, after a sentence's or a heading's end in the middle of a line.

Pages stored as one long line, or a title with its speakers run onto it, lose the breaks
between a heading and the people under it: "… Am I Doing it Right? Ana Roe MD; Bo Li MD;
Cy Ng MD", "… for all courses in the series. Dr. Ana Roe, PhD, OTR/L Dr. Bo Li, OD, FAAO …".
Two or more people in a row, none bare, are a list of faculty, not a sentence's subject: a run
going on with a sentence about them ("… have nothing to disclose") or a role that does not
teach ("…, course coordinators") is none, and neither is a run within two sentences after a
planners', reviewers', staff, contact or disclosures' word ("… reported no relevant financial
relationships: A, MD; B, RN"; R-PE-4).
"""

from __future__ import annotations

from opencme.ingest.parsing.faculty import _PROSE_TAIL, _SECTION_STOP, _people_at
from opencme.ingest.parsing.lazyre import lazy_compile

# where a run may start: after ". ", "? ", "! " or ": " in mid-line, before a capital
_START = lazy_compile(r"[?!.:;] +(?=(?:Drs?\.?\s|Prof\.?\s|Professor\s)?[A-Z][a-z])")
_CLAUSE_END = lazy_compile(r"\.\s+(?=[A-Z])|:")
# words of a list of people who do not teach, or of their disclosures, near the run
_NOT_TEACHERS = lazy_compile(
    r"(?i:financial|relationship|conflict|ineligible|coordinator|contact|reviewer|planner)"
)
# a cheap test of a start: a credential or an honorific in the next 60 characters
_CRED = lazy_compile(r"[A-Z]{2}|Ph\.D|M\.D|Dr\b|Prof")


def glued_people(line: str) -> list[str]:
    """The people of the first run of two or more in the middle of `line` (module docstring)."""
    if len(line) < 60:
        return []
    for m in _START.finditer(line):
        if _CRED.search(line, m.end(), m.end() + 60) is None:
            continue
        found, end = _people_at(line[m.end() :], False)
        if len(found) < 2:
            continue
        # the clause after the run, up to a sentence's end or the next heading's colon
        clause = _CLAUSE_END.split(line[m.end() + end : m.end() + end + 300], maxsplit=1)[0]
        before = line[max(0, m.start() - 200) : m.start()]  # this sentence and the last
        if _PROSE_TAIL.search(clause) or _NOT_TEACHERS.search(clause):
            continue
        if _SECTION_STOP.search(before) or _NOT_TEACHERS.search(before):
            return []  # a disclosure's or a planners' list: no later start in it either
        return found
    return []
