"""A line the page labels with its activity's category (R-TI-1): "CME: <name>", "Webinar:
<name>", "Pharmacy: <name>". The label is a credit, format or discipline word
(data/title_noise.json 'note_words', 'format_labels', 'category_labels'), not a field's label
("Type: Blended Learning"); the line names the page's activity and scores so."""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.vocab import TITLE_NOISE

# what a line labelled with its category adds to a heading's score
CATEGORY_NAME = 1.0
_CATEGORIES = frozenset(
    w
    for k in ("note_words", "format_labels", "category_labels")
    for w in TITLE_NOISE[k]
    if " " not in w
)


def category_named(ln: Line) -> bool:
    """A credit or format category before the colon of a line that is no key: "CME: <name>",
    "Webinar: <name>" (a section word, "Type: …", is a field's label)."""
    raw = ln.raw_key
    return ln.key is None and raw is not None and raw.strip().lower() in _CATEGORIES
