"""A heading set in capitals that is the activity's name (R-TI-22): most lines in capitals are
section headings ("LEARNING OBJECTIVES"), banners and slogans ("DEEP KNOWING"), outline items
or notices, so a line in capitals is a candidate only in a name's shape: three words or more
ending in an activity noun, with a year, an ordinal or an acronym in parentheses after it at
most ("HARBOUR WOUND CARE SYMPOSIUM 2031", "ADVANCED SUTURING WORKSHOP"); its title-case form
must pass every other test of a heading ("ABOUT THE CONFERENCE" is a section's). A line in
capitals of another shape stays no candidate, even one the page names again in other letters
(the corpus's section headings, "CONTACT HOURS AND HOURS OF PARTICIPATION", recur in prose).
The title keeps the page's letters (docs/corpus.md "Title")."""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_clean import SECTION_WORDS, clean_title
from opencme.ingest.parsing.title_site import PAGE_WORDS
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS, TITLE_NOISE

_NOUN_END = lazy_compile(
    r"\b(?:" + "|".join(w.upper() for w in DESCRIPTION_KEYS["activity_nouns"]) + r")S?"
    r"(?:\s+(?:19|20)\d\d)?(?:\s+\([A-Z0-9&/\s-]{2,16}\))?\Z"
)
_WORD = lazy_compile(r"^\(?[A-Z0-9][A-Z0-9’'&/.-]*\)?\Z")
_SMALL = frozenset({"OF", "AND", "&", "FOR", "IN", "ON", "THE", "TO", "WITH", "A", "AN", "AT"})
_MOST = 14  # words of a name in capitals
# words that point at a thing rather than name it ("THE" after the first word, "THIS", "YOUR",
# "US"): a line in capitals holding one is a section's heading or a call, not a name
_REFERS = frozenset({"THE", "THIS", "THAT", "THESE", "YOUR", "OUR", "US", "YOU", "WE", "MY", "IT"})
_POINTS = _REFERS - {"THE"}  # a name may open with its article: "THE X SYMPOSIUM"
_FORMATS = frozenset(TITLE_NOISE["format_labels"])
_ACTIVITY_WORD = lazy_compile(r"(?:" + "|".join(DESCRIPTION_KEYS["activity_nouns"]) + r")s?")


def _shape(t: str) -> list[str] | None:
    words = t.split()
    if not 3 <= len(words) <= _MOST or not all(_WORD.match(w) for w in words):
        return None
    return words


def caps_name(ln: Line, cand: str) -> bool:
    """The line in capitals is the activity's name in one of the shapes above; the caller
    still applies the title-case form to every other test of a heading."""
    t = cand.strip()
    line = ln.text.strip()
    if t.upper() != t or (line != t and clean_title(line) != t):
        return False  # the whole line as the page sets it, or without a note or page type after
    words = _shape(t)
    if words is None:
        return False
    if _NOUN_END.search(t) is None or not _REFERS.isdisjoint(words[1:]) or words[0] in _POINTS:
        return False  # "SPONSORS OF THE CONFERENCE", "JOIN US AT THE CONFERENCE"
    content = [
        w
        for w in words[:-1]
        if w not in _SMALL
        and not w[:1].isdigit()
        and w[:1] != "("
        and (low := w.lower()) not in SECTION_WORDS
        and low not in PAGE_WORDS
        and low not in _FORMATS
        and not _ACTIVITY_WORD.fullmatch(low)
    ]
    return len(content) >= 2  # "UPCOMING WEBINAR SERIES" names no subject


def title_cased(t: str) -> str:
    """The line's words with capitals only first ("ADVANCED SUTURING WORKSHOP" → "Advanced
    Suturing Workshop"), for the tests a line in capitals would fail for its letters alone."""
    return " ".join(
        w.lower() if i and w in _SMALL else w if w[:1] == "(" else w.capitalize()
        for i, w in enumerate(t.split())
    )
