"""Inserting rows with a statement written out once per model, columns and row count.

For the hottest writes (every request of a learner's journey writes some, on SQLite inside the
one write lock): ``Model.objects.create`` and ``bulk_create`` spend most of their time putting
the statement together. Each value is made ready by its model field's ``get_db_prep_save``, as
the ORM does, so JSON, dates and keys go in as they would through it on either engine. No
signals are sent and nothing is read back.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, cast

from django.db import connection
from django.db.models import Field, Model


@cache
def _fields(model: type[Model], names: tuple[str, ...]) -> list[Field[Any, Any]]:
    return [cast("Field[Any, Any]", model._meta.get_field(name)) for name in names]


@cache
def _insert_sql(model: type[Model], names: tuple[str, ...], count: int) -> str:
    columns = ", ".join(str(field.column) for field in _fields(model, names))
    row = "({})".format(", ".join(["%s"] * len(names)))
    values, table = ", ".join([row] * count), model._meta.db_table
    return f"INSERT INTO {table} ({columns}) VALUES {values}"  # noqa: S608  (the model's names)


def insert(model: type[Model], names: tuple[str, ...], rows: Sequence[Sequence[Any]]) -> None:
    """Insert ``rows`` (values in the order of field ``names``; a foreign key's value is the
    key) into ``model``'s table in one statement."""
    if not rows:
        return
    fields = _fields(model, names)
    params = [
        field.get_db_prep_save(value, connection)
        for row in rows
        for field, value in zip(fields, row, strict=True)
    ]
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(model, names, len(rows)), params)
