"""``opencme restore`` refuses, in one line and with a non-zero exit, an archive that is
corrupt, truncated, not a backup, or of another engine, and a database that holds data unless
``--force``; ``opencme backup`` names a path it cannot write. (SQLite files made here; the
PostgreSQL pass runs the round trip.)"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from opencme.operations import archive
from tests.site_process import OPENCME, ROOT


def run(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENCME_")}
    env |= {
        "OPENCME_VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder / 'opencme.sqlite3'}",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.run(
        [OPENCME, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def one_line_refusal(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode != 0, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert words in lines[0], lines[0]


@pytest.fixture
def backup(tmp_path: Path) -> Path:
    """A well-formed SQLite backup of a small database (one table, one row) and one file."""
    db = tmp_path / "made.sqlite3"
    with sqlite3.connect(db) as made:
        made.execute("CREATE TABLE note (text varchar)")
        made.execute("INSERT INTO note VALUES ('kept')")
    made.close()
    upload = tmp_path / "upload.txt"
    upload.write_text("an uploaded file")
    manifest = archive.Manifest(
        engine="sqlite", created_at="2026-11-22T10:00:00+00:00", opencme_version="0.1.0", keys={}
    )
    target = tmp_path / "backup.tar"
    archive.write(target, manifest, {"database.sqlite3": db, "files/media/upload.txt": upload})
    return target


def test_restore_refuses_damaged_archives(tmp_path, backup):
    raw = backup.read_bytes()
    truncated, flipped, text = tmp_path / "t.tar", tmp_path / "f.tar", tmp_path / "x.tar"
    truncated.write_bytes(raw[:1500])
    at = raw.index(b"kept")
    flipped.write_bytes(raw[:at] + b"KEPT" + raw[at + 4 :])
    text.write_text("not an archive at all\n" * 100)
    site = tmp_path / "site"
    one_line_refusal(run(site, "restore", str(truncated)), "cannot be restored")
    one_line_refusal(run(site, "restore", str(flipped)), "does not match its checksum")
    one_line_refusal(run(site, "restore", str(text)), "cannot be restored")
    one_line_refusal(run(site, "restore", str(tmp_path / "absent.tar")), "no such archive")
    assert (
        not (site / "opencme.sqlite3").exists()
        or not sqlite3.connect(site / "opencme.sqlite3")
        .execute("SELECT name FROM sqlite_master")
        .fetchall()
    )


def test_restore_refuses_another_engines_archive(tmp_path):
    dump = tmp_path / "database.pgdump"
    dump.write_bytes(b"PGDMP fake custom-format dump")
    manifest = archive.Manifest(
        engine="postgresql",
        created_at="2026-11-22T10:00:00+00:00",
        opencme_version="0.1.0",
        keys={},
    )
    target = tmp_path / "pg.tar"
    archive.write(target, manifest, {"database.pgdump": dump})
    one_line_refusal(run(tmp_path / "site", "restore", str(target)), "holds a postgresql database")


def test_restore_over_data_needs_force(tmp_path, backup):
    site = tmp_path / "site"
    done = run(site, "restore", str(backup))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(site / "opencme.sqlite3") as db:
        db.execute("UPDATE note SET text = 'changed since'")
    db.close()
    one_line_refusal(run(site, "restore", str(backup)), "restore with --force")
    assert run(site, "restore", "--force", str(backup)).returncode == 0
    with sqlite3.connect(site / "opencme.sqlite3") as db:
        assert db.execute("SELECT text FROM note").fetchall() == [("kept",)]
    db.close()
    assert (site / "media" / "upload.txt").read_text() == "an uploaded file"
    assert (site / "opencme.sqlite3").stat().st_mode & 0o077 == 0


def test_backup_to_a_missing_folder_refused(tmp_path):
    one_line_refusal(
        run(tmp_path, "backup", str(tmp_path / "no" / "such" / "x.tar")), "does not exist"
    )
