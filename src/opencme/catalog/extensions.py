"""The finder's extension point: apps below the catalog mark result cards for a signed-in
person and offer a sort of their own, without the catalog importing them (``DESIGN.md``: the
catalog sits above them).

An app registers a :class:`ResultMarker` in its ``AppConfig.ready()``. The finder asks each
registered marker whether it serves the person asking (never for someone signed out, so the
anonymous finder does no extra work) and, when one does, shows its notes on the cards and
offers its sort: the marked results first, then the usual order (relevance, or newest when
there are no words). The reordering is made over the first ``RERANK_DEPTH`` matches in the
usual order; the pages past them keep that order, so no result shows twice or is lost.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

RERANK_DEPTH = 200  # matches read and reordered for an extension's sort (10 pages of 20)


class ResultMarker(Protocol):
    """Marks results for one person. ``sort`` is the value it orders by (one of
    ``query.EXTENSION_SORTS``), ``sort_label`` its name in the sort menu."""

    sort: str
    sort_label: str

    def serves(self, user: Any) -> bool:
        """Whether this person gets notes and the sort (False for anyone signed out)."""
        ...

    def notes(self, user: Any, records: Sequence[Mapping[str, Any]]) -> dict[int, list[str]]:
        """Per activity id of ``records`` (catalog records), the notes its card shows; an id
        left out is not marked."""
        ...


_MARKERS: list[ResultMarker] = []


def register_marker(marker: ResultMarker) -> None:
    """Add ``marker`` (once: registering the same sort again replaces it, as ``ready()`` may
    run more than once in tests)."""
    _MARKERS[:] = [m for m in _MARKERS if m.sort != marker.sort]
    _MARKERS.append(marker)


def markers_for(user: Any) -> list[ResultMarker]:
    """The markers serving ``user``; none for someone signed out, without asking them."""
    if user is None or not getattr(user, "is_authenticated", False):
        return []
    return [m for m in _MARKERS if m.serves(user)]


def marked_first[R: Mapping[str, Any]](
    records: Sequence[R], notes: Mapping[int, Sequence[str]]
) -> list[R]:
    """``records`` with the marked ones first, each side in its given order."""
    marked = [r for r in records if notes.get(r["id"])]
    return marked + [r for r in records if not notes.get(r["id"])]
