"""A consistent copy of the database, and loading one back, for each engine.

SQLite: the online backup API (``sqlite3.Connection.backup``) copies the database page by page
as one snapshot, including what is still only in the WAL, while the site reads and writes
(copying the file would lose the WAL's commits). PostgreSQL: ``pg_dump`` in its custom format
(one snapshot) and ``pg_restore`` of it.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from django.db import connection

from opencme.core.sqlite_backend.base import owner_only


class DatabaseFailure(Exception):
    """The engine's tools refused; the message says why in one line."""


def engine() -> str:
    return "postgresql" if connection.vendor == "postgresql" else "sqlite"


def member_name(engine_name: str) -> str:
    return "database.pgdump" if engine_name == "postgresql" else "database.sqlite3"


def is_empty() -> bool:
    """True when the configured database holds no tables (a fresh one to restore into)."""
    if engine() == "sqlite" and not Path(str(connection.settings_dict["NAME"])).exists():
        return True
    with connection.cursor() as cursor:
        return not connection.introspection.table_names(cursor)


def dump(target: Path) -> None:
    """A consistent copy of the configured database into the file ``target``."""
    if engine() == "sqlite":
        _sqlite_copy(Path(str(connection.settings_dict["NAME"])), target)
    else:
        _run(_tool("pg_dump"), "--format=custom", "--no-owner", "--file", str(target))


def load(source: Path) -> None:
    """Load the copy ``source`` into the configured database, replacing what is there."""
    connection.close()
    if engine() == "sqlite":
        _sqlite_check(source)
        _sqlite_copy(source, Path(str(connection.settings_dict["NAME"])))
    else:
        _run(
            _tool("pg_restore"),
            "--dbname",
            str(connection.settings_dict["NAME"]),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            str(source),
        )


def _sqlite_copy(source: Path, target: Path) -> None:
    owner_only(str(target))
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=60)
    dst = sqlite3.connect(target, timeout=60)
    try:
        # In one step: a read transaction on the WAL's snapshot, which writers do not wait
        # for (stepping would restart the copy each time another process writes).
        src.backup(dst)
    except sqlite3.Error as exc:
        raise DatabaseFailure(f"SQLite backup of {source} failed: {exc}") from None
    finally:
        dst.close()
        src.close()


def _sqlite_check(path: Path) -> None:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error as exc:
        raise DatabaseFailure(f"the archived database is not a SQLite database ({exc})") from None
    if verdict != "ok":
        raise DatabaseFailure(f"the archived database fails SQLite's integrity check: {verdict}")


def _tool(name: str) -> str:
    """``name`` from the newest PostgreSQL installed (as tests/pgserver.py finds it)."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.access(os.path.join(folder, name), os.X_OK):
            return os.path.join(folder, name)
    found = shutil.which(name)
    if found is None:
        raise DatabaseFailure(f"{name} is not installed (PostgreSQL's client tools)")
    return found


def _pg_environment() -> dict[str, str]:
    """libpq's variables for the configured database (the password never on a command line)."""
    s: dict[str, Any] = connection.settings_dict
    values = {
        "PGHOST": s.get("HOST"),
        "PGPORT": s.get("PORT"),
        "PGUSER": s.get("USER"),
        "PGPASSWORD": s.get("PASSWORD"),
        "PGDATABASE": s.get("NAME"),
    }
    return dict(os.environ) | {k: str(v) for k, v in values.items() if v}


def _run(tool: str, *args: str) -> None:
    done = subprocess.run(  # noqa: S603  (our own arguments, no shell)
        [tool, *args], env=_pg_environment(), capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise DatabaseFailure(
            f"{os.path.basename(tool)} failed: {lines[0] if lines else done.returncode}"
        )
