"""A photograph's caption, never the description (docs/corpus.md "Description": the page's own
words on what the activity is): a short paragraph a page sets twice in a row, once as the
image's alternative text and once as its caption ("Ana Pell speaks at the 20th Harbour
Symposium." / the same line again). A paragraph the page repeats further apart (a summary
and the body) is no caption."""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Doc

_CAPTION_MOST = 250  # characters of a caption: one sentence or two


def repeated_captions(doc: Doc) -> set[str]:
    """The texts of lines the next line with text repeats verbatim, short enough for a
    caption."""
    found: set[str] = set()
    prev: str | None = None
    for ln in doc.lines:
        t = ln.text
        if not t or not t.strip():
            continue
        if prev is not None and t == prev and len(t) <= _CAPTION_MOST and " " in t:
            found.add(t)
        prev = t
    return found
