"""Every ``opencme`` process (server, worker, shell, each command) loads Django, the apps and
the URLconf. The heavy libraries behind a few pages (WeasyPrint for PDFs, icalendar for the
calendar feed, the listing parser and its model) load on first use, not at start: together
they were two thirds of a process's start-up CPU."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("weasyprint", "icalendar", "opencme.ingest.parsing.parser", "pycrfsuite")

PROBE = f"""
import sys
import django
django.setup()
from django.conf import settings
from django.urls import get_resolver
get_resolver(settings.ROOT_URLCONF).url_patterns  # every view module imported
print(",".join(m for m in {HEAVY!r} if m in sys.modules))
"""


def test_loading_the_site_leaves_the_heavy_libraries_unloaded(tmp_path) -> None:
    env = os.environ | {
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "OPENCME_VAR_DIR": str(tmp_path),
    }
    env.pop("DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "", f"loaded at start: {done.stdout.strip()}"
