"""Cost notes: the page's own sentence stating a fee without a figure or a condition on the price.

docs/corpus.md (Cost): `note` holds the page's own words of a fee it states without a figure or
of a condition on the price, as written, trimmed to that sentence ("For non-Fellows/Members,
enrolment and user access fees will apply."; "You don't need to pay for an exam until AFTER
you pass it."), never a summary. The fee readers of `cost.py` find where such a fee is said;
this module cuts the sentence around it.
"""

from __future__ import annotations

import re

# a sentence ends at a full stop, "!" or "?" followed by a space, or at the end of its line;
# not after an initial, a title or a Latin abbreviation ("J. Ng", "Dr. Ng", "e.g. the fee")
_END = re.compile(r"[.!?](?=\s)")
_ABBREV = re.compile(r"(?:\b[A-Za-z]|\b(?:Dr|Mr|Mrs|Ms|Prof|St|No|Inc|Ltd|vs|etc|e\.g|i\.e))$")


def _ends(flat: str, start: int, stop: int) -> list[int]:
    """Where the sentences of flat[start:stop] end."""
    return [
        m.end()
        for m in _END.finditer(flat, start, stop)
        if m.group() != "." or not _ABBREV.search(flat, max(start, m.start() - 4), m.start())
    ]


_LEAD = re.compile(r"^\s*(?:[-•*▪●◦‣∙·]\s*)+")
# a sentence longer than this is a paragraph the page did not punctuate: no note
_MAX = 240


def sentence_at(flat: str, start: int, end: int) -> str | None:
    """The sentence of `flat` holding the span start..end, as written (a list bullet dropped);
    None when it runs longer than a sentence."""
    line_start = flat.rfind("\n", 0, start) + 1
    line_end = flat.find("\n", end)
    if line_end < 0:
        line_end = len(flat)
    before = _ends(flat, line_start, start)
    after = _ends(flat, end, line_end)
    text = flat[before[-1] if before else line_start : after[0] if after else line_end]
    text = _LEAD.sub("", text).strip()
    # a lead-in to the fees listed after it ("The following fees apply:") states their
    # figures there, not a fee without one
    if not text or len(text) > _MAX or text.endswith(":"):
        return None
    return text
