"""The activity's description: one paragraph, verbatim (docs/corpus.md "Description", R-DE-1,
R-DE-2, data/description_keys.json)."""

from __future__ import annotations

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import BULLET, Doc
from opencme.ingest.parsing.objectives import objectives_start
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS


def extract_description(doc: Doc, diags: list[Diagnostic]) -> str | None:
    ln = keyed(doc, "description")
    if ln and ln.value and len(ln.value) > 40:
        used(diags, "description", ln)
        return ln.value.strip()
    if doc.layout == "key_value":  # R-DE-1: a finder record's leading paragraph
        for ln in doc.lines:
            if not ln.text:
                continue
            if ln.raw_key is None and len(ln.text) >= 200:
                used(diags, "description", ln, "leading paragraph of a record")
                return ln.text.strip()
            break
    return _first_paragraph(doc, diags)


_NOT_DESCRIPTION_WORDS = tuple(w.lower() for w in DESCRIPTION_KEYS["not_description"])


def _first_paragraph(doc: Doc, diags: list[Diagnostic]) -> str | None:
    """The first prose paragraph about the activity, before its objectives and statements
    (R-DE-2): a line of 100+ characters ending a sentence, not a statement, credit, policy or
    page text, and not an objectives lead-in."""
    for ln in doc.lines:
        if objectives_start(ln):
            break
        t = ln.text.strip()
        low = t.lower()
        if len(t) < 100 or ln.raw_key or BULLET.match(t) or not t.endswith((".", "!", "?")):
            continue
        if any(w in low for w in _NOT_DESCRIPTION_WORDS):
            continue
        used(diags, "description", ln, "first paragraph")
        return t
    return None
