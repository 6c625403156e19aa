"""Listing parsers: pure functions from listing text to a draft activity record.

Public API: `parse_listing`, `Draft`, `Diagnostic`, `looks_like_html`, `html_to_text`,
`read_listing_bytes`, `ListingError`. Judgement calls are written down in `rules.md`.
"""

from typing import TYPE_CHECKING, Any

from opencme.ingest.parsing.draft import RECORD_KEYS, Diagnostic, Draft
from opencme.ingest.parsing.source import MAX_LISTING_BYTES, ListingError, read_listing_bytes
from opencme.ingest.parsing.text import html_to_text, looks_like_html

if TYPE_CHECKING:
    from opencme.ingest.parsing.parser import parse_listing


def __getattr__(name: str) -> Any:
    """``parse_listing`` loads the extractors, their data and the shipped model on first use
    (about a third of a second): every ``opencme`` process imports the import page's views, and
    most never parse a listing."""
    if name == "parse_listing":
        from opencme.ingest.parsing.parser import parse_listing

        return parse_listing
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_LISTING_BYTES",
    "RECORD_KEYS",
    "Diagnostic",
    "Draft",
    "ListingError",
    "html_to_text",
    "looks_like_html",
    "parse_listing",
    "read_listing_bytes",
]
