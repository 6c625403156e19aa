"""The objectives of the details page as a list people edit without script: each button
("Move up", "Move down", "Remove", "Add another objective") sends the form back, and the
list returns changed, not yet saved."""

from __future__ import annotations

from typing import Any

from django.http import QueryDict

from opencme.workspace.problems import field_id

FIELD = "objectives"


def objective_id(index: int) -> str:
    """The element id of objective ``index``; the first is the field's own id, where a publish
    problem of "objectives" links to."""
    return field_id(FIELD) if index == 0 else f"field-objectives-{index + 1}"


def move(items: list[str], action: str) -> tuple[list[str], int]:
    """``items`` after ``action`` (``up-2``, ``down-0``, ``remove-1``, ``add``) and the index
    of the objective to focus; an unknown action changes nothing."""
    items = list(items)
    verb, _, raw = action.partition("-")
    index = int(raw) if raw.isdigit() else -1
    if verb == "add" or not items:
        items.append("")
        index = len(items) - 1
    elif 0 <= index < len(items):
        if verb == "up" and index > 0:
            items[index - 1], items[index] = items[index], items[index - 1]
            index -= 1
        elif verb == "down" and index < len(items) - 1:
            items[index + 1], items[index] = items[index], items[index + 1]
            index += 1
        elif verb == "remove":
            del items[index]
            index = min(index, len(items) - 1)
    items = items or [""]
    return items, min(max(index, 0), len(items) - 1)


def apply_action(data: QueryDict, action: str) -> str:
    """Apply a button's ``action`` to the objectives in ``data``; the element id to focus."""
    items, index = move(data.getlist(FIELD), action)
    data.setlist(FIELD, items)
    return objective_id(index)


def rows(items: Any) -> list[dict[str, Any]]:
    """One row per objective for the template (at least one, empty, to write in)."""
    shown = [str(i) for i in (items or [])] or [""]
    return [
        {
            "value": text,
            "id": objective_id(i),
            "number": i + 1,
            "first": i == 0,
            "last": i == len(shown) - 1,
        }
        for i, text in enumerate(shown)
    ]
