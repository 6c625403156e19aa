"""Several date ranges on short lines of their own (R-DT-10; docs/corpus.md "Location" and
"Dates"):

- runs of one activity on different dates (editions in several cities: "Perth September 15-16
  2026" / "Melbourne July 21-22 2026", each its own line, the ranges apart) name no single
  date: start and end stay `null`, as the place does (ranges of one year: another year's
  is a next or past edition, and the first range stands);
- parts of one programme whose ranges overlap ("Basic course: Monday 25–Saturday 30 September"
  / "Advanced course: Sunday 24–Tuesday 26 September") run from the earliest start to the
  latest end.

An edition named by its month in the prose ("Our May 2031 Clinical Grand Rounds will be on
…", "the June 2026 webinar", "This October 2026 Journal Club") is dated by that month (R-DT-11,
as a month alone on its line dates an edition: R-DT-7).

Only lines of a few words besides the range count (a range in a sentence is read as before),
and only ranges of days (a month alone is an edition's month, not a run).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from opencme.ingest.parsing.date_grammar import MY, parse_date
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_SHORT = 8  # words on a line that is a range and little else (a place, a part's name)


def short_ranges(doc: Doc, read: Callable[[str], tuple[str, str] | None]) -> list[tuple[str, str]]:
    """The distinct day ranges `read` finds on short unkeyed lines of the page, in page order."""
    out: list[tuple[str, str]] = []
    for ln in doc.lines:
        if not ln.year or ln.key is not None or len(ln.text.split()) > _SHORT:
            continue
        rng = read(ln.text)
        if rng and len(rng[0]) == 10 and len(rng[1]) == 10 and rng not in out:
            out.append(rng)
    return out


def editions(ranges: list[tuple[str, str]]) -> tuple[str | None, str | None] | None:
    """(start, end) for two ranges or more: none for runs apart, the whole span for parts
    that overlap; None when there are fewer than two."""
    if len(ranges) < 2:
        return None
    ordered = sorted(ranges)
    overlap = all(b[0] <= a[1] for a, b in itertools.pairwise(ordered))
    if overlap:
        return ordered[0][0], max(r[1] for r in ordered)
    if len({r[0][:4] for r in ordered}) == 1:
        return None, None
    return None  # another year's edition ("next year: …"): the first range stands


# "Our May 2031 Clinical Grand Rounds", "the June 2026 webinar", "this October 2026 meeting"
_EVENT = (
    r"(?:grand\s+rounds|rounds|webinars?|meeting|conference|symposium|workshop|seminar|session"
    r"|journal\s+club|lecture|course|masterclass|forum|summit|congress|colloquium|update)"
)
_MONTH_EDITION = lazy_compile(
    r"\b(?:[Oo]ur|[Tt]he|[Tt]his|[Ii]ts)\s+(?P<my>[A-Z][a-z]{2,8}\.?,?\s+\d{4})\s+"
    r"(?:(?:[A-Z][\w&-]*|CME|CE|CPD)\s+){0,4}?(?i:" + _EVENT + r")\b(?!\s+(?:series|program))",
)


def month_edition(text: str) -> str | None:
    """The month an edition is named by in the prose, as YYYY-MM, or None."""
    for m in _MONTH_EDITION.finditer(text):
        if MY.fullmatch(m["my"]):
            d = parse_date(m["my"])
            if d and len(d) == 7:
                return d
    return None
