"""The backup archive: one tar file with ``manifest.json`` first, then its members.

The manifest states the format version, the database engine, when and by which OpenCME version
the archive was made, what key material it holds (or names), and the size and SHA-256 of every
member; reading refuses an archive whose members do not match it, or whose names would land
outside the folder restored into.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tarfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

FORMAT = "opencme-backup"
VERSION = 1
MANIFEST = "manifest.json"
CHUNK = 1 << 20


class ArchiveError(Exception):
    """The archive cannot be used; the message says why in one line."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Manifest:
    engine: str
    created_at: str
    opencme_version: str
    keys: dict[str, Any]
    members: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_json(self) -> bytes:
        document = {
            "format": FORMAT,
            "version": VERSION,
            "engine": self.engine,
            "created_at": self.created_at,
            "opencme_version": self.opencme_version,
            "keys": self.keys,
            "members": self.members,
        }
        return json.dumps(document, indent=2, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        try:
            document = json.loads(raw)
        except ValueError as exc:
            raise ArchiveError(f"its manifest is not JSON ({exc})") from None
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ArchiveError("it is not an OpenCME backup (no OpenCME manifest)")
        if document.get("version") != VERSION:
            raise ArchiveError(
                f"its format version {document.get('version')!r} is not {VERSION}, "
                "the one this OpenCME reads"
            )
        try:
            return cls(
                engine=str(document["engine"]),
                created_at=str(document["created_at"]),
                opencme_version=str(document["opencme_version"]),
                keys=dict(document["keys"]),
                members={str(k): dict(v) for k, v in document["members"].items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ArchiveError(f"its manifest lacks or garbles {exc}") from None


def safe_name(name: str) -> PurePosixPath:
    """``name`` as a relative path inside the archive, or ArchiveError."""
    path = PurePosixPath(name)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ArchiveError(f"member {name!r} would be written outside the restore folder")
    return path


def write(target: Path, manifest: Manifest, files: dict[str, Path]) -> None:
    """Write ``files`` (archive name -> file on disk) with their checksums in ``manifest``
    to ``target``, readable by its owner only, replacing it only once complete."""
    for name, path in files.items():
        safe_name(name)
        manifest.members[name] = {"size": path.stat().st_size, "sha256": sha256_of(path)}
    partial = target.with_name(f".{target.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle, tarfile.open(fileobj=handle, mode="w") as tar:
            raw = manifest.as_json()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mode, info.mtime = len(raw), 0o600, int(time.time())
            tar.addfile(info, io.BytesIO(raw))
            for name, path in files.items():
                info = tarfile.TarInfo(name)
                info.size, info.mode = manifest.members[name]["size"], 0o600
                info.mtime = int(path.stat().st_mtime)
                with path.open("rb") as member:
                    tar.addfile(info, member)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def read(source: Path, into: Path) -> Manifest:
    """Unpack ``source`` into the folder ``into`` after checking every member against the
    manifest (names, sizes, SHA-256); ArchiveError when anything is missing, extra or changed."""
    try:
        with tarfile.open(source, mode="r:") as tar:
            first = tar.next()
            if first is None or first.name != MANIFEST or not first.isfile():
                raise ArchiveError("it is not an OpenCME backup (no manifest.json first)")
            handle = tar.extractfile(first)
            assert handle is not None  # a regular file
            manifest = Manifest.from_json(handle.read())
            seen: set[str] = set()
            for info in tar:
                if info is first:
                    continue
                name = info.name
                if name not in manifest.members or name in seen:
                    raise ArchiveError(f"member {name!r} is not in its manifest")
                if not info.isfile():
                    raise ArchiveError(f"member {name!r} is not a regular file")
                target = into / safe_name(name)
                target.parent.mkdir(parents=True, exist_ok=True)
                _copy_checked(tar, info, target, manifest.members[name])
                seen.add(name)
    except (tarfile.TarError, EOFError, OSError) as exc:
        raise ArchiveError(f"it cannot be read as a tar archive ({exc})") from None
    missing = sorted(set(manifest.members) - seen)
    if missing:
        raise ArchiveError(f"it lacks {len(missing)} member(s) its manifest lists: {missing[0]}")
    return manifest


def _copy_checked(
    tar: tarfile.TarFile, info: tarfile.TarInfo, target: Path, expected: dict[str, Any]
) -> None:
    source = tar.extractfile(info)
    assert source is not None  # a regular file
    digest = hashlib.sha256()
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        while chunk := source.read(CHUNK):
            digest.update(chunk)
            out.write(chunk)
    if info.size != expected.get("size") or digest.hexdigest() != expected.get("sha256"):
        raise ArchiveError(f"member {info.name!r} does not match its checksum (corrupt archive)")
