"""Domain errors: each names the field at fault and says what to do about it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input: the field (dotted path) and a message a person can act on."""

    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class DomainError(Exception):
    """Base of every error a service raises on purpose. Carries one or more problems."""

    def __init__(self, problems: Iterable[Problem] | Problem | str, *, field: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem(field=field, message=problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__("; ".join(str(p) for p in self.problems))

    def as_dict(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for problem in self.problems:
            out.setdefault(problem.field, []).append(problem.message)
        return out


class ValidationFailed(DomainError):
    """The input breaks one or more rules; nothing was written."""


class NotFound(DomainError):
    """The object does not exist, or the actor may not know that it does."""


class PermissionDenied(DomainError):
    """The actor may not do this."""


class Throttled(DomainError):
    """Too many attempts; try again later."""
