"""Every setting read from the environment is documented, and every documented one is read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

from config.env import DOCUMENTED

ROOT = Path(__file__).resolve().parents[4]


def test_settings_every_variable_documented_in_docs():
    text = (ROOT / "docs" / "settings.md").read_text()
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", text, flags=re.M))
    assert documented == set(DOCUMENTED), (
        f"undocumented: {sorted(set(DOCUMENTED) - documented)}; "
        f"documented but not read: {sorted(documented - set(DOCUMENTED))}"
    )


def _check_deploy(tmp_path, **changes: str | None) -> subprocess.CompletedProcess[str]:
    """``django check --deploy`` in a fresh process with production-like settings."""
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="config.settings",
        OPENCME_SECRET_KEY="x" * 10 + "production-like-key-for-the-deploy-check-0123456789abcdef",
        OPENCME_HTTPS="true",
        OPENCME_ALLOWED_HOSTS="cme.example.org",
        OPENCME_SITE_URL="https://cme.example.org",
        OPENCME_VAR_DIR=str(tmp_path),
        OPENCME_CERTIFICATE_KEY=Fernet.generate_key().decode(),
    )
    env.pop("OPENCME_DEBUG", None)
    for name, value in changes.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env | {"PYTHONPATH": f"{ROOT / 'src'}:{ROOT}"},
        capture_output=True,
        text=True,
        check=False,
    )


def test_settings_check_deploy_clean_for_production(tmp_path):
    result = _check_deploy(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_settings_check_deploy_refuses_a_missing_or_plain_http_site_address(tmp_path):
    missing = _check_deploy(tmp_path, OPENCME_SITE_URL=None, PORT="9000")
    assert missing.returncode != 0
    assert "opencme.core.E002" in missing.stderr + missing.stdout
    plain = _check_deploy(tmp_path, OPENCME_SITE_URL="http://cme.example.org")
    assert plain.returncode != 0
    assert "opencme.core.E003" in plain.stderr + plain.stdout


def test_settings_default_is_sqlite_in_wal_mode(tmp_path):
    env = dict(os.environ, OPENCME_VAR_DIR=str(tmp_path), PYTHONPATH=f"{ROOT / 'src'}:{ROOT}")
    env.pop("DATABASE_URL", None)
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE'] = 'config.settings';"
        "django.setup();"
        "from django.db import connection; c = connection.cursor();"
        "c.execute('PRAGMA journal_mode'); print(connection.vendor, c.fetchone()[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["sqlite", "wal"]
    assert (tmp_path / "opencme.sqlite3").exists()
