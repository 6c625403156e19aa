"""The production WSGI entry point loads the whole site at start, out of the collector's way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]


def test_wsgi_loads_every_api_module_and_freezes_what_it_loaded(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENCME_")}
    env |= {"OPENCME_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "config.settings"}
    env.pop("DATABASE_URL", None)
    probe = (
        "import gc, sys; import config.wsgi; "
        "print(gc.get_freeze_count(), 'opencme.credits.api' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    frozen, loaded = done.stdout.split()
    assert loaded == "True"  # the URLconf's modules, before the first request
    assert int(frozen) > 10_000  # Django, the site's modules and pyld's contexts
