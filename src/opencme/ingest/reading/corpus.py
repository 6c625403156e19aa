"""The labelled corpus as training data, its digest, and writing the shipped model.

`corpus/listings/<site>/<name>.txt` + `<name>.label.json` (docs/corpus.md). Files are read in
sorted order so training sees the same sequence every time; the digest is the sha256 of every
file's relative path and sha256, so the manifest says exactly which corpus built the model.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from opencme.ingest.reading.model_io import CRF_FILE, MANIFEST_FILE, META_FILE, dumps, unpack


class CorpusError(ValueError):
    """A corpus file is missing or unreadable; the message names it."""


@dataclass(frozen=True, slots=True)
class Listing:
    site: str
    name: str
    text: str
    record: dict[str, Any]


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*/*") if p.name.endswith((".txt", ".label.json")))


def corpus_digest(root: Path) -> str:
    h = hashlib.sha256()
    for p in corpus_files(root):
        rel = p.relative_to(root).as_posix()
        h.update(f"{rel} {hashlib.sha256(p.read_bytes()).hexdigest()}\n".encode())
    return h.hexdigest()


def load_corpus(root: Path) -> list[Listing]:
    if not root.is_dir():
        raise CorpusError(f"{root}: no such corpus directory")
    out: list[Listing] = []
    for label in sorted(root.glob("*/*.label.json")):
        text_path = label.with_name(label.name.removesuffix(".label.json") + ".txt")
        try:
            record = json.loads(label.read_text(encoding="utf-8"))["record"]
            text = text_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CorpusError(f"{text_path}: missing (its label is {label.name})") from None
        except (ValueError, KeyError, TypeError) as exc:
            raise CorpusError(f"{label}: not a label file with a record ({exc})") from None
        if not isinstance(record, dict):
            raise CorpusError(f"{label}: record is not an object")
        out.append(Listing(label.parent.name, text_path.stem, text, record))
    if not out:
        raise CorpusError(f"{root}: no labelled listings (<site>/<name>.label.json)")
    return out


def write_model(
    model: bytes,
    digest: str,
    n: int,
    dest_crf: Path = CRF_FILE,
    *,
    unseen: tuple[str, int] | None = None,
) -> None:
    """Write the crfsuite file, the model's JSON and the manifest (same bytes for the same
    model); `unseen` is the digest and size of the calibration listings the confidence was last
    mapped on."""
    crf, meta = unpack(model)
    head = dumps(meta).encode()
    manifest: dict[str, object] = {
        "corpus": {"sha256": digest, "listings": n},
        "crf_sha256": _sha(crf),
        "reader_sha256": _sha(head),
    }
    if unseen is not None:
        manifest["calibration_corpus"] = {"sha256": unseen[0], "listings": unseen[1]}
    dest_crf.parent.mkdir(parents=True, exist_ok=True)
    dest_crf.write_bytes(crf)
    (dest_crf.parent / META_FILE.name).write_bytes(head + b"\n")
    manifest_path = dest_crf.parent / MANIFEST_FILE.name
    manifest_path.write_text(dumps(manifest) + "\n", encoding="utf-8")


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
