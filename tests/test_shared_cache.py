"""The ``shared`` cache: what one process of a server keeps, another answers from, and a new
``opencme serve`` never answers from what an earlier run kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from django.test import override_settings

from opencme.web.management.commands.serve import fresh_shared_cache, site_env
from tests.site_process import ROOT


def _python(folder: Path, var_dir: Path, code: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENCME_")}
    env |= {
        "OPENCME_VAR_DIR": str(var_dir),
        "OPENCME_SECRET_KEY": "shared-cache-test-" + "x" * 40,
        "OPENCME_SHARED_CACHE_DIR": str(folder),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "PYTHONPATH": str(ROOT),
    }
    prelude = "import django; django.setup(); from django.core.cache import caches; "
    prelude += "c = caches['shared']; "
    done = subprocess.run(
        [sys.executable, "-c", prelude + code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_shared_cache_what_one_process_keeps_another_reads(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    assert _python(folder, tmp_path, "print(type(c).__name__)") == "FileBasedCache"
    _python(folder, tmp_path, "c.set('tracker-view-x', {'hours': 12.5}, 60)")
    assert _python(folder, tmp_path, "print(c.get('tracker-view-x'))") == "{'hours': 12.5}"


def test_shared_cache_a_new_server_starts_with_it_empty(tmp_path: Path) -> None:
    stale = tmp_path / "cache" / "shared" / "left-by-an-earlier-run.djcache"
    stale.parent.mkdir(parents=True)
    stale.write_bytes(b"kept by the code of an earlier run")
    with override_settings(VAR_DIR=tmp_path, SITE_URL_CONFIGURED=True):
        folder = fresh_shared_cache()
        children = site_env(host="127.0.0.1", port=8123)
    assert folder == stale.parent
    assert folder.is_dir()
    assert not stale.exists()
    assert children["OPENCME_SHARED_CACHE_DIR"] == str(folder)
