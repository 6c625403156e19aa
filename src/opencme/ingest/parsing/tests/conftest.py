"""Shared paths for the pure parser tests (no database, no network)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[5] / "tests" / "fixtures" / "listings"
