"""Fixtures shared by the importer's tests."""

from __future__ import annotations

import dataclasses

import pytest

from opencme.ingest.parsing import Draft, parse_listing


@pytest.fixture
def files_confidence(monkeypatch) -> dict[str, float]:
    """The file workers' parser gives every field high confidence, except those a test sets.

    ``import_files`` parses a few files in this process, so the patch reaches it. Tests of the
    batching itself use it so that what the shipped model is unsure of does not hold their
    listings back; the holding is tested on its own."""
    from opencme.ingest.parsing import files

    low: dict[str, float] = {}

    def parse(text: str, *, origin: str | None = None) -> Draft:
        draft = parse_listing(text, origin=origin)
        return dataclasses.replace(draft, confidence={k: 0.99 for k in draft.record} | low)

    monkeypatch.setattr(files, "parse_listing", parse)
    return low
