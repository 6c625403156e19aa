"""The SQLite database, its WAL and shared-memory files are readable by their owner only,
whatever the umask of the process that makes them; an older database made readable by others
is narrowed when the site next connects."""

from __future__ import annotations

import copy
import os
import stat
import threading

import pytest
from django.db import connection

from opencme.core.sqlite_backend.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="file modes of the SQLite database files"
)


@pytest.fixture(autouse=True)
def own_databases(django_db_blocker):
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def open_umask():
    """A umask that lets everyone read new files (as many service managers leave it)."""
    kept = os.umask(0o022)
    yield
    os.umask(kept)


def wal_database(path) -> DatabaseWrapper:
    settings = copy.deepcopy(connection.settings_dict)
    options = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 5,
        "init_command": "PRAGMA journal_mode=WAL;",
    }
    settings.update(NAME=str(path), OPTIONS=options)
    return DatabaseWrapper(settings, alias=f"modetest-{threading.get_ident()}")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def write_something(db: DatabaseWrapper) -> None:
    with db.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS t (n integer)")
        cursor.execute("INSERT INTO t VALUES (1)")


def test_sqlite_files_created_owner_only(tmp_path, open_umask):
    path = tmp_path / "new.sqlite3"
    db = wal_database(path)
    write_something(db)
    try:
        for name in (path, f"{path}-wal", f"{path}-shm"):
            assert os.path.exists(name), name
            assert mode(name) == 0o600, (name, oct(mode(name)))
    finally:
        db.close()


def test_sqlite_files_readable_by_others_narrowed_on_connect(tmp_path, open_umask):
    path = tmp_path / "old.sqlite3"
    db = wal_database(path)
    write_something(db)
    db.close()
    os.chmod(path, 0o644)
    db = wal_database(path)
    write_something(db)
    try:
        for name in (path, f"{path}-wal", f"{path}-shm"):
            assert mode(name) == 0o600, (name, oct(mode(name)))
    finally:
        db.close()
