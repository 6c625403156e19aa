"""The live server the Chromium tests drive answers requests that arrive together.

A page fires several requests at once (a video's progress reports beside the page's own
loads). On SQLite the test database lives in memory and the server's threads are handed the
test's one connection; two requests using it together broke with "bad parameter or other
API misuse" (a 500 seen in CI). The root conftest's ``live_server`` serves one request at a
time.
"""

from __future__ import annotations

import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.test import Client

from tests import factories


@pytest.mark.django_db(transaction=True)
def test_requests_arriving_together_are_all_answered(live_server) -> None:
    provider = factories.provider(name="Concurrent Provider")
    for n in range(12):
        factories.activity(of=provider, publish=True, title=f"Concurrency check activity {n}")
    learner = factories.user(email="together@example.org")
    client = Client()
    client.force_login(learner)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    paths = ["/activities/?q=concurrency", "/accounts/profile/", "/learn/"]

    def fetch(n: int) -> int:
        request = urllib.request.Request(  # noqa: S310  (our own loopback server)
            live_server.url + paths[n % len(paths)], headers={"Cookie": cookie}
        )
        try:
            with urllib.request.urlopen(request, timeout=60) as response:  # noqa: S310
                response.read()
                return int(response.status)
        except urllib.error.HTTPError as error:
            return error.code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(fetch, range(64)))
    assert statuses == [200] * 64
