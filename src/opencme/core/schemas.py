"""Schemas shared by every API router."""

from __future__ import annotations

from ninja import Schema


class ProblemOut(Schema):
    field: str
    message: str


class ProblemsOut(Schema):
    detail: list[ProblemOut]
