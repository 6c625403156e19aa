"""A memo lasts one request; outside a request nothing is kept."""

from __future__ import annotations

from django.http import HttpResponse
from django.test import RequestFactory

from opencme.core.requestmemo import RequestMemoMiddleware, memo


def test_memo_computes_once_per_request_and_never_outside_one():
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert memo("k", compute) == 1
    assert memo("k", compute) == 2  # no request: computed each time

    seen: list[int] = []

    def view(request):
        seen.extend([memo("k", compute), memo("k", compute)])
        return HttpResponse()

    middleware = RequestMemoMiddleware(view)
    middleware(RequestFactory().get("/"))
    middleware(RequestFactory().get("/"))
    assert seen == [3, 3, 4, 4]  # once per request, fresh for the next
