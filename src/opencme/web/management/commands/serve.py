"""``opencme serve``: the production server (granian, WSGI, static files from WhiteNoise), with
the background worker beside it unless ``--no-worker``.

Stopping is bounded: on SIGTERM or SIGINT the server and worker are asked to stop and, after
``STOP_SECONDS``, killed; granian kills a worker that has not stopped after
``WORKERS_KILL_SECONDS``. Killed outright (SIGKILL), ``serve`` takes its children with it
(``opencme.web.supervision``)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from opencme.web.supervision import stops_with_this_process

STOP_SECONDS = 10
WORKERS_KILL_SECONDS = 4


def _tool(name: str) -> str | None:
    return shutil.which(name, path=os.path.dirname(sys.executable)) or shutil.which(name)


def fresh_shared_cache() -> Path:
    """The folder of the cache this server's processes share, emptied: what an earlier run
    kept was made by its code and templates, which may have changed since."""
    folder = Path(settings.VAR_DIR) / "cache" / "shared"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def site_env(*, host: str, port: int) -> dict[str, str]:
    """The environment of the server and worker: unless OPENCME_SITE_URL is set, the links
    they make (emails, certificate QR codes, credentials) point at the address served."""
    children = dict(os.environ, PORT=str(port))
    children["OPENCME_SHARED_CACHE_DIR"] = str(fresh_shared_cache())
    if not settings.SITE_URL_CONFIGURED:
        shown = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # noqa: S104
        shown = f"[{shown}]" if ":" in shown else shown
        children["OPENCME_SITE_URL"] = f"http://{shown}:{port}"
    return children


class Command(BaseCommand):
    help = "Serve OpenCME with granian (not runserver) and run the background worker."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
        parser.add_argument("--no-worker", action="store_true", help="do not run the task worker")

    def handle(
        self, *args, host: str, port: int, workers: int, threads: int, no_worker: bool, **options
    ):
        if not 1 <= port <= 65535:
            raise CommandError("--port: must be from 1 to 65535")
        granian, opencme = _tool("granian"), _tool("opencme")
        if granian is None or opencme is None:
            raise CommandError("granian or opencme is not installed; run `make install`")
        children = site_env(host=host, port=port)
        self.stdout.write(
            f"OpenCME on http://{host}:{port}/, links made for "
            f"{children.get('OPENCME_SITE_URL', settings.SITE_URL)} "
            f"(settings: {settings.SETTINGS_MODULE})"
        )
        self.stdout.flush()
        worker = (
            None
            if no_worker
            else subprocess.Popen(  # noqa: S603
                [opencme, "worker"], env=children, preexec_fn=stops_with_this_process()
            )
        )
        server = subprocess.Popen(  # noqa: S603
            [
                granian,
                "--interface", "wsgi",
                "--host", host,
                "--port", str(port),
                "--workers", str(workers),
                "--blocking-threads", str(threads),
                "--workers-kill-timeout", str(WORKERS_KILL_SECONDS),
                "--no-ws",
                "--factory",
                "opencme.web.supervision:application",
            ],
            env=children,
            preexec_fn=stops_with_this_process(),
        )  # fmt: skip
        stopping: list[float] = []

        def stop(signum, frame):
            stopping.append(time.monotonic())
            for child in (server, worker):
                if child is not None and child.poll() is None:
                    child.send_signal(signal.SIGTERM)

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            code = _wait(server, stopping)
        finally:
            if worker is not None:
                worker.terminate()
                _wait(worker, stopping or [time.monotonic()])
        if code and not stopping:
            raise CommandError(f"the server stopped with exit status {code}")


def _wait(child: subprocess.Popen, stopping: list[float]) -> int:
    """``child``'s exit status; killed when it runs ``STOP_SECONDS`` past the stop request
    (``stopping`` gets its time when one comes)."""
    while True:
        try:
            return child.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            if stopping and time.monotonic() - stopping[0] > STOP_SECONDS:
                child.kill()
