"""Values worked out once per request: the same read asked for twice in one request is one read.

``RequestMemoMiddleware`` gives each request an empty memo; ``memo(key, compute)`` returns the
value kept under ``key`` or computes and keeps it. Outside a request (commands, the worker,
tests calling services) nothing is kept and ``compute`` runs every time, so a memo can never
serve a value older than the request asking for it.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from contextvars import ContextVar
from typing import Any

from django.http import HttpRequest, HttpResponse

_memo: ContextVar[dict[Hashable, Any] | None] = ContextVar("opencme_request_memo", default=None)


def memo[T](key: Hashable, compute: Callable[[], T]) -> T:
    kept = _memo.get()
    if kept is None:
        return compute()
    if key not in kept:
        kept[key] = compute()
    return kept[key]


class RequestMemoMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)
