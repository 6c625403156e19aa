"""API authentication: a bearer token (``Authorization: Bearer <token>``) or the session."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from opencme.accounts.services import user_for_token


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = user_for_token(token)
        if user is not None:
            request.user = user
        return user


LEARNER_AUTH = [TokenAuth(), SessionAuth()]
