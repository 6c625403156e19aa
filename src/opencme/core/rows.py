"""Rows inserted and looked up with statements written out once per model and columns.

For the hottest writes and reads of a learner's journey (every request writes some, on SQLite
inside the one write lock): ``Model.objects.create``, ``bulk_create`` and ``filter`` spend most
of their time putting the statement together. Each value is made ready by its model field's
``get_db_prep_save`` (``get_db_prep_value`` in a lookup), as the ORM does, so JSON, dates and
keys go in as they would through it on either engine. No signals are sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, cast

from django.db import connection
from django.db.models import Field, Model
from django.db.models.constants import OnConflict


@cache
def _fields(model: type[Model], names: tuple[str, ...]) -> list[Field[Any, Any]]:
    return [cast("Field[Any, Any]", model._meta.get_field(name)) for name in names]


@cache
def _insert_sql(
    model: type[Model], names: tuple[str, ...], count: int, ignore_conflicts: bool = False
) -> str:
    fields = _fields(model, names)
    columns = ", ".join(str(field.column) for field in fields)
    row = "({})".format(", ".join(["%s"] * len(names)))
    values, table = ", ".join([row] * count), model._meta.db_table
    on_conflict = OnConflict.IGNORE if ignore_conflicts else None
    insert = connection.ops.insert_statement(on_conflict=on_conflict)  # SQLite: OR IGNORE
    suffix = connection.ops.on_conflict_suffix_sql(fields, on_conflict, None, None)  # PostgreSQL
    return f"{insert} {table} ({columns}) VALUES {values} {suffix}".rstrip()


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


@cache
def _new_row(model: type[Model]) -> tuple[tuple[str, ...], list[Field[Any, Any]]]:
    """The fields a new row of ``model`` is inserted with (every concrete field but an
    automatic key), and those of them that ``save`` fills in itself (``auto_now``)."""
    auto_key = model._meta.auto_field
    names = tuple(f.name for f in model._meta.concrete_fields if f is not auto_key)
    stamped = [
        f
        for f in _fields(model, names)
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)
    ]
    return names, stamped


@cache
def _add_sql(model: type[Model]) -> tuple[str, bool]:
    """The insert of one new row of ``model``, and whether it reads the key back itself."""
    returning = connection.features.can_return_columns_from_insert
    sql = _insert_sql(model, _new_row(model)[0], 1)
    return (f"{sql} RETURNING {_key_column(model)}" if returning else sql), returning


def _key_column(model: type[Model]) -> str:
    return str(model._meta.pk.column) if model._meta.pk else "id"


def add(obj: Model) -> None:
    """Insert ``obj``, a new instance with an automatic key, as ``save(force_insert=True)``
    would (``auto_now`` fields stamped), and give it its key: with a statement written out
    once, and without signals, for the models no receiver watches."""
    model = type(obj)
    names, stamped = _new_row(model)
    for field in stamped:
        field.pre_save(obj, True)
    fields = _fields(model, names)
    params = [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
    sql, returning = _add_sql(model)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        if returning:
            obj.pk = cursor.fetchone()[0]
        else:
            table = model._meta.db_table
            obj.pk = connection.ops.last_insert_id(cursor, table, _key_column(model))
    obj._state.adding = False
    obj._state.db = connection.alias


def add_all(objs: Sequence[Model], *, ignore_conflicts: bool = False) -> None:
    """Insert the new instances ``objs`` (of one model) in one statement, as ``bulk_create``
    would (``auto_now`` fields stamped; keys not read back); with ``ignore_conflicts``, those
    that would break a uniqueness are left out."""
    if not objs:
        return
    model = type(objs[0])
    names, stamped = _new_row(model)
    fields = _fields(model, names)
    params = []
    for obj in objs:
        for field in stamped:
            field.pre_save(obj, True)
        params += [
            field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields
        ]
    with connection.cursor() as cursor:
        cursor.execute(_insert_sql(model, names, len(objs), ignore_conflicts), params)


@cache
def _update_sql(model: type[Model], names: tuple[str, ...]) -> str:
    columns = ", ".join(f"{field.column} = %s" for field in _fields(model, names))
    table, key = model._meta.db_table, _key_column(model)
    return f"UPDATE {table} SET {columns} WHERE {key} = %s"  # noqa: S608


def update(obj: Model, names: tuple[str, ...]) -> None:
    """Write ``obj``'s fields ``names`` to its row, as ``save(update_fields=names)`` would,
    without signals."""
    fields = _fields(type(obj), names)
    params = [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
    with connection.cursor() as cursor:
        cursor.execute(_update_sql(type(obj), names), [*params, obj.pk])


@cache
def _where_sql(model: type[Model], names: tuple[str, ...], columns: str) -> str:
    where = " AND ".join(f"{field.column} = %s" for field in _fields(model, names))
    return f"SELECT {columns} FROM {model._meta.db_table} WHERE {where}"  # noqa: S608


def _params(model: type[Model], equal: dict[str, Any]) -> tuple[tuple[str, ...], list[Any]]:
    names = tuple(equal)
    fields = _fields(model, names)
    values = [f.get_db_prep_value(equal[n], connection) for f, n in zip(fields, names, strict=True)]
    return names, values


def select(model: type[Model], **equal: Any) -> list[Any]:
    """The rows of ``model`` whose fields equal ``equal`` (a foreign key's value is the key), as
    instances, in no particular order: for lookups of one row or a few."""
    names, params = _params(model, equal)
    return list(model._default_manager.raw(_where_sql(model, names, "*"), params))


def exists(model: type[Model], **equal: Any) -> bool:
    """Whether ``model`` has a row whose fields equal ``equal``."""
    names, params = _params(model, equal)
    with connection.cursor() as cursor:
        cursor.execute(_where_sql(model, names, "1") + " LIMIT 1", params)
        return cursor.fetchone() is not None
