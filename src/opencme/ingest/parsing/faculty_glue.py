"""Text a page's HTML glued together around a person (R-PE-1).

A page that shows a photo's caption and the name under it stores the name twice with nothing
between ("Ana Roe, MD, FACPAna Roe, MD, FACP (Moderator)"): the run up to where the line
starts again is its own copy, and the person is read from the copy (its credentials no longer
run into the next name's first letters).
"""

from __future__ import annotations


def undouble(text: str) -> str:
    """`text` without a leading copy of itself ("XX…" -> "X…"), for a copy of 8 characters or
    more; other text unchanged."""
    if len(text) < 16:
        return text
    at = text.find(text[:8], 8)
    if at > 0 and text[at : 2 * at] == text[:at]:
        return text[at:]
    return text
