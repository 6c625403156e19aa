"""The order of an activity's rows (people, relationships, supporters, designations): positions
kept 0, 1, 2, ... and moved one place at a time. Called inside the services' transactions."""

from __future__ import annotations

from typing import Any

from opencme.core.errors import Problem, ValidationFailed

UP, DOWN = "up", "down"


def next_position(rows: Any) -> int:
    last = rows.order_by("-position").values_list("position", flat=True).first()
    return 0 if last is None else last + 1


def append(rows: Any, **fields: Any) -> Any:
    """A new row last in ``rows`` (a related manager, which sets the row's owner)."""
    return rows.create(position=next_position(rows), **fields)


def remove(row: Any, rows: Any) -> None:
    """Delete ``row`` and number what is left of ``rows`` (read afresh) 0, 1, 2, ..."""
    row.delete()
    renumber(list(rows.all()))


def renumber(rows: list[Any]) -> None:
    for i, row in enumerate(rows):
        if row.position != i:
            row.position = i
            row.save(update_fields=["position"])


def move(rows: list[Any], target: Any, direction: str) -> None:
    """Swap ``target`` with its neighbour above or below; at either end it stays."""
    if direction not in (UP, DOWN):
        raise ValidationFailed(Problem("direction", 'must be "up" or "down"'))
    at = next(i for i, row in enumerate(rows) if row.pk == target.pk)
    to = at - 1 if direction == UP else at + 1
    if 0 <= to < len(rows):
        rows[at], rows[to] = rows[to], rows[at]
    renumber(rows)
