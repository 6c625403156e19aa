"""A campus named by its own name alone ("at the Birch Campus") is a campus of the institution
the sentence says hosts the event ("Marlow Valley College (MVC) will host the symposium at the
Birch Campus" -> "Marlow Valley College, Birch Campus"): the campus alone names no findable place
(docs/corpus.md "Location")."""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

# the institution hosting: a capitalised name ending in an institution's word, perhaps its
# acronym in brackets, then a verb of hosting
_HOST = lazy_compile(
    r"(?P<inst>(?!The\b)[A-Z][\w'’-]*(?: +(?:of +(?:the +)?)?[A-Z][\w'’-]*){0,5} +"
    r"(?:College|University|Institute|Hospital|Health System))(?: +\([A-Z]{2,8}\))? +"
    r"(?:will +host|hosts|hosted|is +hosting|will +be +hosting)\b"
)
_BARE_CAMPUS = lazy_compile(r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? Campus$")


def hosted_campus(flat: str, venue: str, at: int) -> str | None:
    """The venue with its institution before it when `venue` (found at `at` in `flat`) is a
    campus named alone and its sentence opens with the institution hosting; else None."""
    if not _BARE_CAMPUS.match(venue):
        return None
    stop = flat.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, flat.rfind("\n", 0, at) + 1, at - 200)
    m = _HOST.search(flat, start, at)
    if m is None:
        return None
    return f"{m['inst']}, {venue}"
