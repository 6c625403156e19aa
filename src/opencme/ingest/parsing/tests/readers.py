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


def audience(text: str) -> list[str]:
    out: list[str] = record(text)["audience"]
    return out


def faculty_after_course(block: str) -> list[str]:
    """The faculty read from `block` placed after a short invented course's title and summary."""
    page = "Wound Care Update 2026\n\nA one-day course on wound care for nurses.\n\n" + block + "\n"
    out: list[str] = record(page)["faculty"]
    return out
