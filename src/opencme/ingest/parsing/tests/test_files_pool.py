"""The parsing worker pool (``parse_files``): a dead worker is an error naming it, not a hang."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from opencme.ingest.parsing.files import ParsedFile, WorkerDied, parse_file, parse_files

GUARD_S = 300  # far beyond a pool's start-up: reaching it means parse_files hangs


def _die(path: str) -> ParsedFile:
    """A worker that ends its process without answering, as one killed or out of memory."""
    os._exit(3)


def _run(paths: list[str], **kwargs) -> dict[str, object]:
    """parse_files in a daemon thread: what it returned or raised, or nothing if it hangs."""
    out: dict[str, object] = {}

    def go() -> None:
        try:
            out["parsed"] = list(parse_files(paths, **kwargs))
        except Exception as exc:  # the test inspects what was raised
            out["error"] = exc

    thread = threading.Thread(target=go, daemon=True)
    thread.start()
    thread.join(GUARD_S)
    return out


def _listings(tmp_path: Path, n: int) -> list[str]:
    paths = []
    for k in range(n):
        path = tmp_path / f"listing{k}.txt"
        path.write_text(f"Course {k}: safer prescribing\nCredits: {k + 1} AMA PRA Category 1\n")
        paths.append(str(path))
    return paths


def test_a_dead_worker_raises_worker_died_naming_the_first_file_left(tmp_path: Path) -> None:
    paths = _listings(tmp_path, 3)
    out = _run(paths, workers=2, parse=_die)
    assert out, "parse_files hung after its worker died"
    error = out.get("error")
    assert isinstance(error, WorkerDied), out
    assert "worker process died" in str(error)
    assert paths[0] in str(error)
    assert "0 of 3 files were parsed" in str(error)


def test_workers_give_what_one_process_gives(tmp_path: Path) -> None:
    paths = _listings(tmp_path, 3)
    out = _run(paths, workers=2)
    assert "error" not in out, out
    assert out["parsed"] == [parse_file(p) for p in paths]


def test_in_process_a_raising_parser_raises_at_once(tmp_path: Path) -> None:
    def broken(path: str) -> ParsedFile:
        raise ValueError(path)

    with pytest.raises(ValueError, match="listing0"):
        list(parse_files(_listings(tmp_path, 1), workers=1, parse=broken))
