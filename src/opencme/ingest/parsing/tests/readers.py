"""What the parser's tests read of a listing: its rule record and its provider."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.parser import parse_rules


def record(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record
    return out


def provider(text: str) -> str | None:
    out: str | None = record(text)["provider"]
    return out
