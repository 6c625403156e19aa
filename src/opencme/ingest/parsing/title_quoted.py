"""A name a story or a page sets in quotation marks beside an activity noun, in the marks
R-TI-5's pattern leaves out (R-TI-24): single quotation marks, curly or straight, before the
noun ("the ‘Heart of the Matter’ conference", "the 'Heart of the Matter' workshop"), and any
quotation marks before a comma and an appositive naming the activity ("“Heart of the Matter”,
a two-day cardiac care course"). A quoted sentence is speech, not a name."""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

_NOUNS = "|".join(DESCRIPTION_KEYS["activity_nouns"])
# the marks the guard needs: an opening single mark (curly or straight) or any opening mark
SINGLE_MARKS = frozenset("‘'“\"")
# an opening single mark after a space (not an apostrophe inside a word), a capitalised name,
# its closing mark (an apostrophe inside the name is passed over lazily), then an activity noun
_SINGLE_BEFORE = lazy_compile(
    r"(?:(?<=\s)|^)[‘'](?P<name>[A-Z][^‘\n]{2,90}?)[’'](?=\s+(?i:" + _NOUNS + r")s?\b)"
)
# a quoted name, a comma, an article and up to five words, then an activity noun
_APPOSITIVE = lazy_compile(
    r"(?:(?<=\s)|^)[“\"‘'](?P<name>[A-Z][^“”\"‘\n]{2,90}?)[”\"’'],\s+(?:a|an|the|our|this)\s+"
    r"(?:[\w’'-]+\s+){0,5}?(?i:" + _NOUNS + r")s?\b"
)


def single_quoted(text: str) -> str | None:
    """The quoted name beside an activity noun in the shapes above, else None."""
    for pattern in (_SINGLE_BEFORE, _APPOSITIVE):
        m = pattern.search(text)
        if m is None:
            continue
        name = m["name"].strip()
        if name.endswith((".", "!", "?", ",")) or len(name.split()) < 2:
            continue  # a quoted sentence, or a word
        return name
    return None
