"""Test setup shared by every app's tests.

The suite runs twice: on SQLite, and on PostgreSQL (``make test`` starts a real server through
tests/pgserver.py and sets DATABASE_URL). On the PostgreSQL pass only database tests run:
the pure ones do not depend on the engine, and of the Chromium tests only the end-to-end
stories marked ``both_engines`` (the suite must stay within 20 minutes on two cores). Tests
marked ``postgres_only`` (row locks, which SQLite does not have) run on the PostgreSQL pass only.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test import testcases
from django.test.testcases import LiveServerThread
from pytest_django.live_server_helper import LiveServer

ON_POSTGRES = os.environ.get("DATABASE_URL", "").startswith("postgres")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _refuse_shared_ids(items)
    keep: list[pytest.Item] = []
    drop: list[pytest.Item] = []
    for item in items:
        if not ON_POSTGRES:
            wanted = item.get_closest_marker("postgres_only") is None
        else:
            wanted = item.get_closest_marker("django_db") is not None or any(
                name in getattr(item, "fixturenames", ())
                for name in ("db", "transactional_db", "live_server")
            )
            if item.get_closest_marker("browser") and not item.get_closest_marker("both_engines"):
                wanted = False  # pages are the same on both engines; the two stories run twice
        (keep if wanted else drop).append(item)
    items[:] = keep
    config.hook.pytest_deselected(items=drop)


@pytest.fixture(autouse=True)
def _plain_static_files(settings) -> None:
    """Serve static files from the apps: the manifest storage needs `collectstatic` first."""
    settings.STORAGES = settings.STORAGES | {
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    }


@pytest.fixture(scope="session")
def _content_dir(tmp_path_factory: pytest.TempPathFactory):
    return tmp_path_factory.mktemp("var")


@pytest.fixture(autouse=True)
def _uploads_in_a_temporary_folder(settings, _content_dir) -> None:
    """Step material uploaded by tests (``learning.storage``: under ``VAR_DIR``) goes to a
    temporary folder, not the developer's ``var/``."""
    settings.VAR_DIR = _content_dir


@pytest.fixture(autouse=True)
def _pipelines_read_afresh():
    """Each test reads the pipelines it makes (``learning.pipelines`` keeps them per process by
    activity id and revision, which a rolled-back test database hands out again)."""
    yield
    from opencme.learning import pipelines

    pipelines.forget()


@pytest.fixture
def provider_a():
    """A provider whose staff the access tests sign in as (see ``provider_b``)."""
    from tests import factories

    return factories.provider(name="Provider A")


@pytest.fixture
def provider_b():
    """Another provider, whose records ``provider_a``'s staff must never reach."""
    from tests import factories

    return factories.provider(name="Provider B")


class _OneRequestAtATime(ThreadedWSGIServer):
    """Django's threaded test server, running the site for one request at a time.

    On SQLite the test database is in memory and every request thread is handed the test's
    one connection; two requests using it together fail ("database table is locked", "bad
    parameter or other API misuse"). A page sends several at once (a video's progress reports
    beside its own loads), so the site is called in turn. Connections are still read in
    threads of their own: Chromium opens sockets ahead of need, and a server reading one
    connection at a time would wait on such a socket forever.
    """

    def set_app(self, application):
        turn = threading.Lock()

        def in_turn(environ, start_response):
            with turn:
                return application(environ, start_response)

        super().set_app(in_turn)


class _LiveServerThread(LiveServerThread):
    server_class = _OneRequestAtATime


@pytest.fixture(scope="session")
def live_server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    """pytest-django's live server (same address option), answering one request at a time."""
    addr = request.config.getvalue("liveserver") or os.getenv(
        "DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(testcases, "LiveServerThread", _LiveServerThread)
        server = LiveServer(addr)
    yield server
    server.stop()


def _refuse_shared_ids(items: list[pytest.Item]) -> None:
    """Two tests with one id would run as one under pytest-xdist (``make test``), silently."""
    seen: set[str] = set()
    shared = sorted({i.nodeid for i in items if i.nodeid in seen or seen.add(i.nodeid)})
    if shared:
        raise pytest.UsageError(f"tests share an id (give each its own): {shared[:5]}")


def pytest_report_header(config: pytest.Config) -> str:
    return f"database engine: {'PostgreSQL' if ON_POSTGRES else 'SQLite'}"
