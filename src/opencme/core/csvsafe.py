"""Cells that spreadsheets will not run as formulas."""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would read as a formula gets a leading apostrophe (OWASP advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
