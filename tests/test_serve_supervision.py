"""``opencme serve`` stops when told and never leaves a server behind.

Started as a deployment starts it (its own process group, two granian workers and the task
worker), then: ``kill -9`` of the process we started frees the port within 5 s and leaves no
process of its group; ``kill -9`` of granian's main process does the same (its workers go with
it and ``serve`` exits); SIGTERM to the process group stops everything within the bound.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_process import OPENCME, ROOT, on_postgres, site_env

FREED_WITHIN = 5.0
STOPPED_WITHIN = 15.0  # serve's own bound is 10 s, then SIGKILL; 5 s of slack for this VM


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def group_members(pgid: int) -> dict[int, str]:
    """Live (not zombie) processes of process group ``pgid``, with their command lines."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        state, group = fields[0], int(fields[2])
        if group == pgid and state != "Z":
            found[int(entry.name)] = cmdline.strip()
    return found


def children_of(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []


def port_free(port: int) -> bool:
    """Nothing accepts on the port and a new server could bind it."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return False
    except OSError:
        pass
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as servers do (TIME_WAIT)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_until(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """On SQLite, one migrated database file each test starts from (migrating takes ~15 s)."""
    folder = tmp_path_factory.mktemp("migrated")
    if not on_postgres():
        site_env(folder)
    return folder


@pytest.fixture
def serving(
    tmp_path: Path, migrated: Path, transactional_db
) -> Iterator[tuple[subprocess.Popen, int]]:
    port = free_port()
    if not on_postgres():
        shutil.copy(migrated / "opencme.sqlite3", tmp_path / "opencme.sqlite3")
    env = site_env(tmp_path)  # migrating the copy finds nothing to do
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [OPENCME, "serve", "--port", str(port), "--workers", "2"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        assert wait_until(lambda: not port_free(port) or server.poll() is not None, 60)
        assert server.poll() is None, "opencme serve stopped"
        # the two granian workers and the task worker are up beside granian's main process
        assert wait_until(lambda: len(group_members(server.pid)) >= 5, 30), group_members(
            server.pid
        )
        yield server, port
    finally:
        for pid in group_members(server.pid):  # whatever a failed test left behind
            os.kill(pid, signal.SIGKILL)
        server.wait(timeout=10)
        log.close()
        print((tmp_path / "serve.log").read_text()[-5000:])  # shown when the test fails


@pytest.mark.django_db(transaction=True)
def test_serve_killed_leaves_no_server_behind(serving) -> None:
    server, port = serving
    server.kill()
    server.wait(timeout=5)
    assert wait_until(lambda: port_free(port), FREED_WITHIN), group_members(server.pid)
    assert wait_until(lambda: not group_members(server.pid), FREED_WITHIN), group_members(
        server.pid
    )


@pytest.mark.django_db(transaction=True)
def test_serve_granian_main_killed_takes_its_workers_and_serve_with_it(serving) -> None:
    server, port = serving
    (granian,) = [
        pid for pid in children_of(server.pid) if "granian" in group_members(server.pid)[pid]
    ]
    os.kill(granian, signal.SIGKILL)
    assert wait_until(lambda: port_free(port), FREED_WITHIN), group_members(server.pid)
    assert server.wait(timeout=15) != 0  # serve says its server stopped
    assert wait_until(lambda: not group_members(server.pid), FREED_WITHIN), group_members(
        server.pid
    )


@pytest.mark.django_db(transaction=True)
def test_serve_sigterm_to_the_group_stops_everything_in_bounded_time(serving) -> None:
    server, port = serving
    started = time.monotonic()
    os.killpg(server.pid, signal.SIGTERM)
    assert wait_until(lambda: not group_members(server.pid), STOPPED_WITHIN), group_members(
        server.pid
    )
    server.wait(timeout=1)
    assert port_free(port)
    assert time.monotonic() - started < STOPPED_WITHIN
