"""``opencme serve``: the production server (granian, WSGI) with static files from WhiteNoise."""

from __future__ import annotations

import os
import shutil
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Serve OpenCME with granian (not runserver)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--threads", type=int, default=4, help="blocking threads per worker")

    def handle(self, *args, host: str, port: int, workers: int, threads: int, **options):
        if not 1 <= port <= 65535:
            raise CommandError("--port: must be from 1 to 65535")
        granian = shutil.which("granian", path=os.path.dirname(sys.executable)) or shutil.which(
            "granian"
        )
        if granian is None:
            raise CommandError("granian is not installed; run `make install`")
        self.stdout.write(
            f"OpenCME on http://{host}:{port}/ (settings: {settings.SETTINGS_MODULE})"
        )
        self.stdout.flush()
        argv = [
            granian,
            "--interface", "wsgi",
            "--host", host,
            "--port", str(port),
            "--workers", str(workers),
            "--blocking-threads", str(threads),
            "--no-ws",
            "config.wsgi:application",
        ]  # fmt: skip
        os.execv(granian, argv)  # noqa: S606  (replaces this process with the server)
