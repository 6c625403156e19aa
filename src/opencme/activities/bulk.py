"""Fast inserts for bulk services: model instances in, one ``executemany`` per table out.

Django's ``bulk_create`` compiles one parameter per field per object, which is most of the cost
of loading a large catalog. These helpers convert values with the connection's own adapters
(dates, decimals, JSON), take primary keys from the table's sequence up front so related rows
can point at them, and leave validation to the caller. Call inside the caller's transaction.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Sequence
from typing import Any

from django.db import connection, models

_CONVERTED = {"JSONField", "DateTimeField", "DateField", "DecimalField", "TimeField"}


def _converter(field: models.Field) -> Callable[[Any], Any]:
    ops = connection.ops
    kind = field.get_internal_type()
    if kind == "JSONField":
        encoder = getattr(field, "encoder", None)
        return lambda v: None if v is None else ops.adapt_json_value(v, encoder)
    if kind == "DateTimeField":
        return ops.adapt_datetimefield_value
    if kind == "DateField":
        return ops.adapt_datefield_value
    if kind == "DecimalField":
        digits, places = getattr(field, "max_digits", None), getattr(field, "decimal_places", None)
        return lambda v: ops.adapt_decimalfield_value(v, digits, places)
    if kind == "TimeField":
        return ops.adapt_timefield_value
    return lambda v: v


def reserve_ids(model: type[models.Model], n: int) -> list[int]:
    """``n`` fresh primary keys for ``model``, never handed out before.

    PostgreSQL draws them from the identity sequence. SQLite takes the write lock first (a no-op
    update), so nobody can insert between reading the highest key and using the ones above it.
    """
    if n == 0:
        return []
    table = model._meta.db_table
    pk = str(model._meta.pk.column)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, pk, n],
            )
            return [int(row[0]) for row in cursor.fetchall()]
        cursor.execute(f'UPDATE "{table}" SET "{pk}" = "{pk}" WHERE 0')  # noqa: S608
        cursor.execute(f'SELECT coalesce(max("{pk}"), 0) FROM "{table}"')  # noqa: S608
        top = int(cursor.fetchone()[0])
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'")
        if cursor.fetchone():
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cursor.fetchone()
            top = max(top, int(row[0]) if row else 0)
    return list(range(top + 1, top + n + 1))


def insert_objects(objs: Sequence[models.Model], *, with_pk: bool = False) -> None:
    """INSERT ``objs`` (all of one model) with one ``executemany``; ``auto_now`` fields are set.

    With ``with_pk`` the objects' primary keys (see :func:`reserve_ids`) are written too.
    """
    if not objs:
        return
    model = type(objs[0])
    meta = model._meta
    fields = [f for f in meta.concrete_fields if with_pk or not f.primary_key]
    converters = [_converter(f) for f in fields]
    columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {connection.ops.quote_name(meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
    # Values are read in one attrgetter call per object; only the fields whose Python value
    # differs from the database's (dates, decimals, JSON) go through a converter, and
    # auto_now fields are set by pre_save as Django does.
    auto = [f for f in fields if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False)]
    read = operator.attrgetter(*(f.attname for f in fields))
    convert = [
        (i, conv)
        for i, (f, conv) in enumerate(zip(fields, converters, strict=True))
        if f.get_internal_type() in _CONVERTED
    ]
    rows = []
    for obj in objs:
        for f in auto:
            f.pre_save(obj, True)
        values = read(obj)
        row = list(values) if len(fields) > 1 else [values]
        for i, conv in convert:
            row[i] = conv(row[i])
        rows.append(row)
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
    for obj in objs:
        obj._state.adding = False
        obj._state.db = connection.alias


def insert_rows(model: type[models.Model], rows: Sequence[dict[str, Any]]) -> None:
    """INSERT plain rows (``{field name or attname: value}``) of ``model``, without instances.

    Fields a row leaves out get their default; the primary key is left to the database.
    """
    if not rows:
        return
    fields = [f for f in model._meta.concrete_fields if not f.primary_key]
    converters = [_converter(f) for f in fields]
    keys = [(f.name, f.attname) for f in fields]
    defaults = [f.get_default() for f in fields]
    columns = ", ".join(connection.ops.quote_name(str(f.column)) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    table = connection.ops.quote_name(model._meta.db_table)
    spec = list(zip(keys, converters, defaults, strict=True))
    values = []
    for row in rows:
        out = []
        for (name, attname), conv, default in spec:
            value = row[name] if name in row else row.get(attname, default)
            out.append(conv(value))
        values.append(tuple(out))
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)  # noqa: S608
