"""A stored page cut short (docs/corpus.md "Description": an excerpt's last paragraph): the
text ends in mid-sentence, so its last paragraph has no sentence end of its own. When no other
paragraph qualifies and that one opens with the activity itself ("This podcast will focus on
…"), it is the description, as stored, up to the cut."""

from __future__ import annotations

from opencme.ingest.parsing.description_need import about_the_activity
from opencme.ingest.parsing.description_other import SENTENCE_GAP
from opencme.ingest.parsing.layouts import Doc, Line
from opencme.ingest.parsing.lazyre import lazy_compile

# the shortest cut paragraph read: a sentence or more, then the cut
CUT_MIN = 200
_ENDS = (".", "!", "?", ":", ";")


def cut_paragraph(doc: Doc) -> Line | None:
    """The page's last line with text when the excerpt cut it in mid-sentence: 200 characters
    or more, a sentence end inside it and none at its end, opening with the activity."""
    for ln in reversed(doc.lines):
        t = ln.text.strip()
        if not t:
            continue
        if (
            len(t) < CUT_MIN
            or t.endswith(_ENDS)
            or SENTENCE_GAP.search(t) is None
            or not about_the_activity(t)
        ):
            return None
        return ln
    return None


# a sentence end followed by its footnote references ("… in the United States.1", "… remains
# underdiagnosed.4,5"): a word's last letter or a bracket, the point, then reference numbers
_FOOTNOTED_END = lazy_compile(r"[a-z)][.!?]\d{1,3}(?:[,–-]\d{1,3})*$")


_CLOSING_QUOTES = ('"', "”", "’", "'")


def _quote_closed(text: str) -> bool:
    """The last quotation mark closes one the paragraph opened."""
    if text.endswith("”"):
        return text.count("“") == text.count("”")
    if text.endswith('"'):
        return text.count('"') % 2 == 0
    return text.count("‘") >= 1 and text.count("‘") <= text.count("’")


def ends_sentence(text: str) -> bool:
    """`text` ends a sentence, its footnote references or a closing quotation mark after the
    point or not (a journal supplement's paragraph: "… it is still among the least
    recognised.2,3")."""
    if text.endswith((".", "!", "?")):
        return True
    if text.endswith(_CLOSING_QUOTES) and text.rstrip("\"”’'").endswith((".", "!", "?")):
        # a quotation inside the paragraph closing after the point ("… was “Moving
        # Together.”"); a paragraph that is all a quotation is someone's words, and a closing
        # mark with none to close is a statement's quoted end
        return not text.startswith(("“", '"', "‘")) and _quote_closed(text)
    return text[-1:].isdigit() and _FOOTNOTED_END.search(text) is not None
