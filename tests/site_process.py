"""Run OpenCME as real processes against a database a test can share with them.

pytest-django's SQLite test database lives in memory, where no other process can see it, and
its shared-cache locking is not how a deployment's WAL file behaves. Tests that need other
processes (the worker) or production locking get a database here: on SQLite a fresh migrated
file under the test's temporary folder; on PostgreSQL the test database itself (the test must
use ``django_db(transaction=True)`` so that what it writes is committed).
"""

from __future__ import annotations

import atexit
import os
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
OPENCME = str(Path(sys.executable).with_name("opencme"))


def on_postgres() -> bool:
    return connection.vendor == "postgresql"


def site_env(var_dir: Path, **extra: str) -> dict[str, str]:
    """Environment for ``opencme`` processes sharing this test's database (migrated)."""
    # One secret key for every process, as `make run` makes (certificate keys derive from it).
    (var_dir / "secret_key").write_text(secrets.token_urlsafe(50))
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENCME_")}
    env |= {"OPENCME_VAR_DIR": str(var_dir), "PYTHONPATH": str(ROOT), **extra}
    if on_postgres():
        s = connection.settings_dict
        env["DATABASE_URL"] = (
            f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST']}:{s['PORT']}/{s['NAME']}"
        )
    else:
        database = var_dir / "opencme.sqlite3"
        env["DATABASE_URL"] = f"sqlite:///{database}"
        _copy_migrated(env, database)
    return env


_migrated: list[Path] = []


def _copy_migrated(env: dict[str, str], database: Path) -> None:
    """A fresh migrated SQLite file: ``opencme migrate`` runs once per test process (in a real
    process, as each test used to), and each test gets its own copy through SQLite's backup."""
    if not _migrated:
        folder = Path(tempfile.mkdtemp(prefix="opencme-migrated-"))
        atexit.register(shutil.rmtree, folder, True)
        (folder / "secret_key").write_text(secrets.token_urlsafe(50))
        template = folder / "opencme.sqlite3"
        opencme(
            env | {"OPENCME_VAR_DIR": str(folder), "DATABASE_URL": f"sqlite:///{template}"},
            "migrate",
            "-v0",
        )
        _migrated.append(template)
    source, copy = sqlite3.connect(_migrated[0]), sqlite3.connect(database)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()


def opencme(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    """Run ``opencme <args>``; its output, or an assertion error with what it said."""
    done = subprocess.run(
        [OPENCME, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"opencme {' '.join(args)}:\n{done.stdout}\n{done.stderr}"
    return done.stdout


def run_python(env: dict[str, str], code: str, timeout: float = 300) -> str:
    """Run ``code`` in ``opencme shell`` (Django set up on the shared database)."""
    return opencme(env, "shell", "--no-imports", "-c", code, timeout=timeout)
