"""A real Chromium (``/usr/bin/chromium``, headless) driving the site on a live test server.

Each test gets a fresh temporary profile. Data is created before the browser starts: the
Playwright sync API keeps an event loop in this thread, and Django refuses ORM calls while
one is running. The live server needs a transactional database, which is emptied after each
test; the rule book then falls back to the shipped one, as it does on a fresh site.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from opencme.activities.models import Activity
from opencme.core import clock
from tests.browser.data import load_seeds, load_synthetic

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.path.exists(CHROMIUM):
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is not installed (.ci/run installs it)")
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(skip)


@pytest.fixture
def catalog(live_server, transactional_db) -> dict[str, Activity]:
    """The two seeds and 30 synthetic activities on the live server's database."""
    seeds = load_seeds()
    load_synthetic(30, today=clock.today())
    return seeds


@pytest.fixture
def chromium(live_server, transactional_db) -> Iterator[Callable[..., Any]]:
    """Start Chromium contexts on an empty site (``chromium(width=390, javascript=False)``);
    all are closed after the test."""
    from playwright.sync_api import sync_playwright

    profiles: list[str] = []
    contexts: list[Any] = []
    with sync_playwright() as playwright:

        def start(
            *,
            bypass_csp: bool = False,
            width: int = 1280,
            height: int | None = None,
            javascript: bool = True,
        ) -> Any:
            profile = tempfile.mkdtemp(prefix="opencme-chromium-")
            profiles.append(profile)
            context = playwright.chromium.launch_persistent_context(
                user_data_dir=profile,
                executable_path=CHROMIUM,
                headless=True,
                args=CHROMIUM_ARGS,
                viewport={"width": width, "height": height or (844 if width < 600 else 900)},
                java_script_enabled=javascript,
                bypass_csp=bypass_csp,
            )
            context.set_default_timeout(15_000)
            contexts.append(context)
            return context

        try:
            yield start
        finally:
            for context in contexts:
                context.close()
            for profile in profiles:
                shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture
def launch(catalog, chromium) -> Callable[..., Any]:
    """As ``chromium``, on the site with the test catalog (``launch(bypass_csp=False)``)."""
    return chromium
