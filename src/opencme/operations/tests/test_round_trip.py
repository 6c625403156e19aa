"""``opencme backup`` while another process keeps claiming, then ``opencme restore`` into a
fresh database: nothing committed before the backup is lost, every claim has its certificate,
every certificate's signed credential verifies, and a new claim still works. Restored under
the wrong key, ``opencme check`` fails (opencme.certificates.E006) until the right key is set.
On SQLite and on PostgreSQL (the test database is the site's; the restore goes into a new one).
"""

from __future__ import annotations

import json
import secrets
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.db import connection

from tests.site_process import OPENCME, ROOT, on_postgres, opencme, run_python, site_env

HELPERS = "opencme.operations.tests.journeys"


def _shell(env: dict[str, str], call: str) -> dict:
    out = run_python(env, f"import {HELPERS} as t; t.{call}")
    return json.loads(out.strip().splitlines()[-1])


@pytest.fixture
def fresh_database(tmp_path: Path) -> Iterator[str]:
    """The DATABASE_URL of an empty database to restore into."""
    if not on_postgres():
        yield f"sqlite:///{tmp_path / 'fresh' / 'opencme.sqlite3'}"
        return
    name = f"restore_{uuid.uuid4().hex[:12]}"
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')
    s = connection.settings_dict
    try:
        yield f"postgres://{s['USER']}:{s['PASSWORD']}@{s['HOST']}:{s['PORT']}/{name}"
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _fresh_env(env: dict[str, str], folder: Path, database_url: str, secret: str) -> dict:
    folder.mkdir(exist_ok=True)
    (folder / "secret_key").write_text(secret)
    return env | {"OPENCME_VAR_DIR": str(folder), "DATABASE_URL": database_url}


def _check(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [OPENCME, "check"], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


@pytest.mark.django_db(transaction=True)
def test_backup_while_claiming_restores_every_committed_claim(tmp_path, fresh_database):
    site = tmp_path / "site"
    site.mkdir()
    env = site_env(site)
    _shell(env, "first_certificate()")
    (site / "media").mkdir()
    (site / "media" / "logo.txt").write_text("an uploaded file")

    stop, progress = tmp_path / "stop", tmp_path / "progress"
    writer = subprocess.Popen(
        [OPENCME, "shell", "--no-imports", "-c",
         f"import {HELPERS} as t; t.keep_claiming({str(stop)!r}, {str(progress)!r})"],
        env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not progress.exists() or int(progress.read_text() or 0) < 3:
            assert writer.poll() is None, writer.stderr.read() if writer.stderr else ""
            assert time.monotonic() < deadline, "the writer made no claims in 120 s"
            time.sleep(0.1)
        committed_before = int(progress.read_text())
        archive = tmp_path / "site.tar"
        said = opencme(env, "backup", str(archive))
        assert writer.poll() is None, "the writer stopped during the backup"
    finally:
        stop.touch()
        writer.wait(timeout=60)
    assert int(progress.read_text()) > committed_before, "no claim was written meanwhile"
    assert "Keys are not in it" in said, said
    assert "OPENCME_SECRET_KEY" in said, said
    assert archive.stat().st_mode & 0o077 == 0

    # Restored beside the wrong secret key (the one the signing keys derive from).
    fresh = _fresh_env(env, tmp_path / "fresh", fresh_database, secrets.token_urlsafe(50))
    restored = subprocess.run(
        [OPENCME, "restore", str(archive)], env=fresh, cwd=ROOT, capture_output=True, text=True
    )
    assert restored.returncode == 0, restored.stderr
    assert "WARNING" in restored.stderr, restored.stderr
    assert "E006" in restored.stderr, restored.stderr
    wrong = _check(fresh)
    assert wrong.returncode != 0, wrong
    assert "opencme.certificates.E006" in wrong.stderr, wrong

    # The operator puts back the secret key they kept.
    (tmp_path / "fresh" / "secret_key").write_text((site / "secret_key").read_text())
    assert _check(fresh).returncode == 0
    assert (tmp_path / "fresh" / "media" / "logo.txt").read_text() == "an uploaded file"
    state = _shell(fresh, "restored_state()")
    assert state["claims"] >= committed_before, state
    assert state["claims_without_certificate"] == 0, state
    assert state["verified"] == state["certificates"] == state["claims"], state
    assert state["new_claim_verifies"], state
    assert state["claims_after"] == state["claims"] + 1, state


@pytest.mark.django_db(transaction=True)
def test_backup_with_keys_restores_a_site_that_signs(tmp_path, fresh_database):
    site = tmp_path / "site"
    site.mkdir()
    env = site_env(site)
    _shell(env, "first_certificate()")
    archive = tmp_path / "with-keys.tar"
    said = opencme(env, "backup", "--include-keys", str(archive))
    assert "whoever has this file can sign" in said, said
    fresh = _fresh_env(env, tmp_path / "fresh", fresh_database, "")
    (tmp_path / "fresh" / "secret_key").unlink()  # a new machine: only the archive
    said = opencme(fresh, "restore", str(archive))
    assert (tmp_path / "fresh" / "secret_key").read_text() == (site / "secret_key").read_text()
    assert (tmp_path / "fresh" / "secret_key").stat().st_mode & 0o077 == 0
    assert _check(fresh).returncode == 0
    state = _shell(fresh, "restored_state()")
    assert state["verified"] == state["certificates"] == 1, state
    assert state["new_claim_verifies"], state
