"""A venue and its street address glued after an activity's name on one line (a flyer's or a
PDF's heading: "<name> Course <Venue> Conference Center 12 Elm Road, <City> <date>"): the
venue, the address and what follows are the page's, not the name's (docs/corpus.md "Title")."""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# the words a street address ends in: the guard (one must be in the text) and the pattern's
STREET_WORDS = (" Road", " Street", " Avenue", " Boulevard", " Drive", " Parkway", " Lane")
# a house number, one to three capitalised words, a street word ("1615 Clifton Road")
_ADDRESS = lazy_compile(
    r"\s\d{1,5}\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:"
    + "|".join(w.strip() for w in STREET_WORDS)
    + r")\b"
)
# an activity noun ending the name, then a capitalised word that is not a venue noun ("Course
# Emory …"; "Conference Center" is a venue's name, not the end of the activity's)
_VENUE_NOUN = lazy_compile(r"(?:Center|Centre|Hall|Hotel|Room|Building|Auditorium|Suites?)")
_NAME_END = lazy_compile(
    r"\b(?:" + "|".join(n.title() for n in DESCRIPTION_KEYS["activity_nouns"]) + r")s?(?=\s+[A-Z])"
)


def cut_venue(t: str) -> str:
    """The name before a venue and a street address glued after it, else the text."""
    m = _ADDRESS.search(t)
    if m is None:
        return t
    ends = [e.end() for e in _NAME_END.finditer(t, 0, m.start()) if not _venue_next(t, e.end())]
    if not ends or len(t[: ends[-1]].split()) < 2:
        return t
    return t[: ends[-1]]


def _venue_next(t: str, at: int) -> bool:
    """The word right after an activity noun is a venue noun ("Conference Center")."""
    nxt = t[at:].split(None, 1)
    return bool(nxt) and _VENUE_NOUN.fullmatch(nxt[0]) is not None
