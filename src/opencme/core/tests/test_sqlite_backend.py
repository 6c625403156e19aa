"""SQLite writers queue on the lock file: taken at BEGIN, let go at COMMIT or ROLLBACK."""

from __future__ import annotations

import copy
import fcntl
import os
import threading

import pytest
from django.db import connection

from opencme.core.sqlite_backend.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite", reason="the lock file is for SQLite databases"
)


@pytest.fixture(autouse=True)
def own_databases(django_db_blocker):
    # These tests open their own database files, not the test database.
    with django_db_blocker.unblock():
        yield


def wrapper(path) -> DatabaseWrapper:
    settings = copy.deepcopy(connection.settings_dict)
    settings.update(NAME=str(path), OPTIONS={"transaction_mode": "IMMEDIATE", "timeout": 5})
    return DatabaseWrapper(settings, alias=f"locktest-{threading.get_ident()}")


def lock_is_free(path) -> bool:
    fd = os.open(f"{path}.writelock", os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return True
    finally:
        os.close(fd)


def test_write_lock_held_for_the_transaction_only(tmp_path):
    db = wrapper(tmp_path / "a.sqlite3")
    with db.cursor() as cursor:
        cursor.execute("CREATE TABLE t (n integer)")
    db.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
    with db.cursor() as cursor:
        cursor.execute("INSERT INTO t VALUES (1)")
    assert not lock_is_free(tmp_path / "a.sqlite3")
    db.commit()
    db.set_autocommit(True)
    assert lock_is_free(tmp_path / "a.sqlite3")
    db.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
    db.rollback()
    db.set_autocommit(True)
    assert lock_is_free(tmp_path / "a.sqlite3")
    db.close()


def test_concurrent_writers_all_get_in(tmp_path):
    path = tmp_path / "b.sqlite3"
    setup = wrapper(path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE t (n integer)")
        cursor.execute("CREATE TABLE c (n integer)")
        cursor.execute("INSERT INTO c VALUES (0)")
    setup.close()
    errors: list[BaseException] = []

    def write(n: int) -> None:
        db = wrapper(path)
        try:
            for i in range(20):
                db.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
                with db.cursor() as cursor:
                    cursor.execute("SELECT n FROM c")
                    (before,) = cursor.fetchone()  # read, then write what was read plus one
                    cursor.execute("UPDATE c SET n = %s", [before + 1])
                    cursor.execute("INSERT INTO t VALUES (%s)", [n * 100 + i])
                db.commit()
                db.set_autocommit(True)
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    check = wrapper(path)
    with check.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM t")
        assert cursor.fetchone()[0] == 120
        cursor.execute("SELECT n FROM c")
        assert cursor.fetchone()[0] == 120  # no write lost between a read and its write
    check.close()
    assert lock_is_free(path)


def begin(db: DatabaseWrapper) -> None:
    db.set_autocommit(False, force_begin_transaction_with_broken_autocommit=True)
    with db.cursor() as cursor:
        cursor.execute("SELECT 1")


def test_waiting_writer_gives_up_after_the_timeout(tmp_path):
    path = tmp_path / "c.sqlite3"
    holder, waiter = wrapper(path), wrapper(path)
    waiter.settings_dict["OPTIONS"]["timeout"] = 0.3
    # Another process holds the file lock: the waiter polls it, then gives up.
    fd = os.open(f"{path}.writelock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    with pytest.raises(waiter.Database.OperationalError, match="database is locked"):
        begin(waiter)
    waiter.set_autocommit(True)
    fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
    # A thread of this process holds it: the waiter queues behind it, then gives up, and gets
    # in once the holder commits.
    begin(holder)
    with pytest.raises(waiter.Database.OperationalError, match="database is locked"):
        begin(waiter)
    waiter.set_autocommit(True)
    holder.commit()
    holder.set_autocommit(True)
    begin(waiter)
    waiter.commit()
    waiter.set_autocommit(True)
    holder.close()
    waiter.close()
    assert lock_is_free(path)
