"""The ``opencme`` command never answers with a traceback: bad paths, devices, pipes and an
export nobody may make are refused at once, in one line that names the problem, with a
non-zero exit. Run as a person runs it (a real process), with its memory bounded so that a
command reading without limit fails instead of filling the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

OPENCME = str(Path(sys.executable).with_name("opencme"))
MEMORY = 1536 * 1024 * 1024


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run(*args: str, var: Path, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    env = os.environ | {"OPENCME_VAR_DIR": str(var), "DJANGO_SETTINGS_MODULE": "config.settings"}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [OPENCME, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=_bounded,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def var(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A site of its own (SQLite) with a user who is staff of no provider."""
    var = tmp_path_factory.mktemp("cli")
    assert run("migrate", "-v0", var=var, timeout=120).returncode == 0
    made = run(
        "shell", "-c",
        "from opencme.accounts.models import User; User.objects.create_user('nobody@example.org')",
        var=var,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    return var


def refused(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """The one line of a refusal, checked: no traceback, non-zero exit, naming ``words``."""
    assert done.returncode != 0, done
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines, done
    for word in words:
        assert word in lines[-1], lines
    return lines[-1]


def test_parse_listing_reads_at_most_its_limit(tmp_path):
    line = refused(run("parse-listing", "/dev/zero", var=tmp_path), "/dev/zero", "too large")
    assert "5242880" in line


def test_import_refuses_a_fifo_at_once(var, tmp_path):
    fifo = tmp_path / "listing.txt"
    os.mkfifo(fifo)
    done = run("import", str(fifo), "--dry-run", var=var, timeout=15)
    refused(done, "refused")
    assert "not a regular file" in done.stderr


def test_import_refuses_a_device(var):
    done = run("import", "/dev/zero", "--dry-run", var=var, timeout=15)
    refused(done, "refused")
    assert "not a regular file" in done.stderr


def test_export_to_a_path_that_cannot_be_written(var, tmp_path):
    target = tmp_path / "no-such-folder" / "out.csv"
    refused(run("export", "completions", "--output", str(target), var=var), "--output", str(target))


def test_export_for_a_user_who_is_staff_of_no_provider(var):
    refused(
        run("export", "completions", "--as-user", "nobody@example.org", var=var),
        "nobody@example.org",
        "staff of no provider",
    )


def test_an_unexpected_failure_is_one_line_too(tmp_path):
    # No database at all (its folder is a file): whatever the command, one line.
    blocked = tmp_path / "var"
    blocked.write_text("not a folder")
    done = run("export", "completions", var=blocked)
    refused(done)
    assert len([line for line in done.stderr.splitlines() if line.strip()]) <= 2
