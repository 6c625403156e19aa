"""Run a command against a throw-away PostgreSQL server.

    python tests/pgserver.py -- pytest ...

Creates a cluster in a temporary folder, starts it on a free loopback port, runs the command
with DATABASE_URL pointing at it, then stops the server and removes the folder. As root the
server runs as the ``postgres`` user, since PostgreSQL refuses to run as root. Exits 0 with a
notice (and runs nothing) when PostgreSQL is not installed and ``--require`` is not given.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile


def find_bindir() -> str | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main(argv: list[str]) -> int:
    require = "--require" in argv
    command = argv[argv.index("--") + 1 :] if "--" in argv else []
    bindir = find_bindir()
    if bindir is None:
        print("NOTICE: PostgreSQL is not installed; the PostgreSQL test pass is skipped.")
        return 1 if require else 0
    as_root = os.geteuid() == 0
    prefix = ["runuser", "-u", "postgres", "--"] if as_root else []
    workdir = tempfile.mkdtemp(prefix="opencme-pg-")
    datadir = os.path.join(workdir, "data")
    if as_root:
        pw = pwd.getpwnam("postgres")
        os.chown(workdir, pw.pw_uid, pw.pw_gid)
    port = free_port()
    log = os.path.join(workdir, "server.log")
    try:
        subprocess.run(
            [
                *prefix,
                f"{bindir}/initdb",
                "-D",
                datadir,
                "-U",
                "opencme",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={workdir} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=100 -c shared_buffers=256MB"
        )
        subprocess.run(
            [*prefix, f"{bindir}/pg_ctl", "-D", datadir, "-l", log, "-o", options, "-w", "start"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        env = dict(os.environ, DATABASE_URL=f"postgres://opencme@127.0.0.1:{port}/postgres")
        print(f"PostgreSQL test server on 127.0.0.1:{port}", flush=True)
        return subprocess.run(command, env=env).returncode if command else 0
    finally:
        subprocess.run(
            [*prefix, f"{bindir}/pg_ctl", "-D", datadir, "-m", "immediate", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
