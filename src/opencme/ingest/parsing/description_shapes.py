"""The shapes of a description key's value (descriptions._under_key, docs/corpus.md
"Description"): a lead-in to a list, a name or tagline in title case, a paragraph."""

from __future__ import annotations

from opencme.ingest.parsing.description_other import SENTENCE_GAP as _SENTENCE_GAP

# the longest title-case value read as a name (a tagline), not a paragraph
NAME_MAX = 100


def lead_in(text: str) -> bool:
    """A lead-in to a list, one sentence ending in a colon ("The following subjects will be
    covered:"): it announces the list, it is no description (docs/corpus.md "Description")."""
    t = text.strip()
    return t.endswith(":") and _SENTENCE_GAP.search(t) is None


def named(text: str) -> bool:
    """A name or tagline in title case, a point after it or not ("Caring for the Future of
    Wound Care."): its words of four letters or more all capitalised, no paragraph."""
    words = [w for w in text.split() if len(w) >= 4]
    return len(words) >= 3 and len(text) <= NAME_MAX and all(w[0].isupper() for w in words)


def sentence_like(text: str) -> bool:
    """A paragraph, not a name: it ends a sentence or holds one end before more words."""
    t = text.strip()
    return t.endswith((".", "!", "?", ":")) or _SENTENCE_GAP.search(t) is not None
