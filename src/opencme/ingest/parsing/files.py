"""Reading and parsing listing files in worker processes: pure, no Django, no database.

``parse_files`` yields one ``ParsedFile`` per path, in order. With ``workers`` > 1 the files are
parsed in a pool of fresh (spawned) processes that import only this package, while the caller
writes what is already parsed; otherwise they are parsed in this process.

The pool is ``concurrent.futures.ProcessPoolExecutor``, not ``multiprocessing.Pool``: when a
worker dies (killed, out of memory) ``Pool.imap`` waits for its result for ever, while the
executor marks itself broken and every pending result raises; ``parse_files`` turns that into
``WorkerDied``, naming the first file left without a result.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from opencme.ingest.parsing.parser import parse_listing
from opencme.ingest.parsing.source import MAX_LISTING_BYTES, ListingError, read_listing_bytes


class WorkerDied(RuntimeError):
    """A parsing worker process ended without answering (killed, out of memory, crashed)."""


@dataclass(slots=True)
class ParsedFile:
    """A listing file read and parsed, or the one-line reason it could not be."""

    origin: str
    text: str = ""
    record: dict[str, Any] = field(default_factory=dict)
    statement_texts: dict[str, str] = field(default_factory=dict)
    # field -> confidence, as the draft gives it: the loader holds low-confidence fields back
    confidence: dict[str, float] = field(default_factory=dict)
    error: str | None = None


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_listing_path(
    path: str, *, regular_only: bool = True, max_bytes: int = MAX_LISTING_BYTES
) -> str:
    """The listing text of the file at ``path``, reading at most one byte past ``max_bytes``.

    Raises ``ListingError`` with a one-line reason. With ``regular_only`` anything but a plain
    file is refused before it is opened: opening a pipe waits for a writer, and a device may
    never end (``import`` walks many paths; ``parse-listing`` reads a pipe it is given)."""
    try:
        if regular_only:
            mode = os.stat(path).st_mode
            if not stat.S_ISREG(mode):
                kind = next((name for test, name in _KINDS if test(mode)), "not a file")
                raise ListingError(f"not a regular file ({kind}): name a listing file")
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise ListingError(f"cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise ListingError(f"file too large: more than {max_bytes} bytes, the limit")
    return read_listing_bytes(data, max_bytes=max_bytes)


def parse_file(path: str) -> ParsedFile:
    try:
        text = read_listing_path(path)
    except ListingError as exc:
        return ParsedFile(path, error=f"file: {exc}")
    draft = parse_listing(text, origin=path)
    return ParsedFile(path, text, draft.record, draft.statement_texts, dict(draft.confidence))


def parse_files(
    paths: Iterable[str], *, workers: int = 1, parse: Callable[[str], ParsedFile] = parse_file
) -> Iterator[ParsedFile]:
    """One ``ParsedFile`` per path, in order; ``parse`` (a module-level function, so a spawned
    worker can import it) reads and parses one path. Raises ``WorkerDied`` when a worker dies."""
    if workers <= 1:
        yield from map(parse, paths)
        return
    # Imported here: `parse-listing` reads files with this module and never needs a pool, and
    # these imports are a tenth of its start-up.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    paths = list(paths)
    # Spawned, not forked: the caller holds database connections and maybe threads.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        done = 0
        try:
            for parsed in pool.map(parse, paths, chunksize=16):
                done += 1
                yield parsed
        except BrokenProcessPool:
            raise WorkerDied(
                f"a parsing worker process died (killed or out of memory) before {paths[done]}"
                f" was parsed; {done} of {len(paths)} files were parsed"
            ) from None
