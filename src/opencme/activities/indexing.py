"""Keeping derived copies of an activity (the catalog's search index) in step with it.

Apps below ``activities`` register an indexer at start-up; activity services call
:func:`reindex` inside their transaction, so an activity and its index entry commit together.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from opencme.activities.models import Activity

# Activities are passed by id, or as instances whose relations are already prefetched (bulk
# services hand over what they just built, so indexers need not read it back).
ActivityRef = int | Activity
Indexer = Callable[[Iterable[ActivityRef]], None]
_indexers: list[Indexer] = []


def register(indexer: Indexer) -> None:
    if indexer not in _indexers:
        _indexers.append(indexer)


def reindex(activity_ids: Iterable[ActivityRef]) -> None:
    ids = list(activity_ids)
    for indexer in _indexers:
        indexer(ids)


def reindex_activity(activity: Activity) -> None:
    reindex([activity.pk])
