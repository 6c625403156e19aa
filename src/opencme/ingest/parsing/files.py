"""Reading and parsing listing files in worker processes: pure, no Django, no database.

``parse_files`` yields one ``ParsedFile`` per path, in order. With ``workers`` > 1 the files are
parsed in a pool of fresh (spawned) processes that import only this package, while the caller
writes what is already parsed; otherwise they are parsed in this process.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from opencme.ingest.parsing.parser import parse_listing
from opencme.ingest.parsing.source import ListingError, read_listing_bytes


@dataclass(slots=True)
class ParsedFile:
    """A listing file read and parsed, or the one-line reason it could not be."""

    origin: str
    text: str = ""
    record: dict[str, Any] = field(default_factory=dict)
    statement_texts: dict[str, str] = field(default_factory=dict)
    error: str | None = None


def parse_file(path: str) -> ParsedFile:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return ParsedFile(path, error=f"file: cannot be read ({exc.strerror})")
    try:
        text = read_listing_bytes(data)
    except ListingError as exc:
        return ParsedFile(path, error=f"file: {exc}")
    draft = parse_listing(text, origin=path)
    return ParsedFile(path, text, draft.record, draft.statement_texts)


def parse_files(paths: Iterable[str], *, workers: int = 1) -> Iterator[ParsedFile]:
    if workers <= 1:
        yield from map(parse_file, paths)
        return
    # Spawned, not forked: the caller holds database connections and maybe threads.
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers) as pool:
        yield from pool.imap(parse_file, paths, chunksize=16)
