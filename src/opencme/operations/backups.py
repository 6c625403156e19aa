"""``opencme backup`` and ``opencme restore``: the database, uploaded files and (only when
asked) the keys, in one archive (``operations.archive``).

Keys are left out by default: an archive holding the certificate key beside the signing keys it
unlocks lets whoever holds the archive sign certificates as the site's providers. The backup
names the secrets the operator must keep; ``--include-keys`` puts them in.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from django.conf import settings
from django.db import DatabaseError

from opencme.certificates.signing.keys import fernet_key, fernet_key_for, locked_keys
from opencme.core import clock
from opencme.operations import archive, databases

KEY_MEMBERS = {"certificate_key": "keys/certificate_key", "secret_key": "keys/secret_key"}


class RestoreRefused(Exception):
    """Restoring would overwrite something, or restore into the wrong place."""


def folders() -> dict[str, Path]:
    """The folders of uploaded files a backup keeps, by their name in the archive."""
    return {
        "media": Path(settings.MEDIA_ROOT),
        "content": Path(settings.VAR_DIR) / "content",
        "exports": Path(settings.VAR_DIR) / "exports",  # report batches' kept files
    }


def key_fingerprint(value: bytes) -> str:
    """Tells two certificate keys apart without revealing either."""
    return hashlib.sha256(b"opencme.backup.key-fingerprint:" + value).hexdigest()[:16]


def secrets_to_keep() -> list[str]:
    """The secrets a restore needs beside an archive made without ``--include-keys``."""
    if settings.CERTIFICATE_KEY:
        return [
            "OPENCME_CERTIFICATE_KEY (or the file OPENCME_CERTIFICATE_KEY_FILE names): it "
            "unlocks the providers' signing keys stored in the database",
            "OPENCME_SECRET_KEY (or its file): without it every session and emailed link ends",
        ]
    return [
        "OPENCME_SECRET_KEY (or the file OPENCME_SECRET_KEY_FILE names, var/secret_key by "
        "default): the providers' signing keys are encrypted with a key derived from it "
        "(no OPENCME_CERTIFICATE_KEY is set)",
    ]


def _version() -> str:
    try:
        return version("opencme")
    except PackageNotFoundError:
        return "unknown"


@dataclass
class Made:
    files: int
    size: int
    keys_included: bool


def make_backup(*, target: Path, include_keys: bool) -> Made:
    """Write the archive ``target``: a consistent copy of the database, every uploaded file,
    and the keys when ``include_keys``."""
    engine = databases.engine()
    with tempfile.TemporaryDirectory(prefix=".opencme-backup-", dir=target.parent) as work:
        folder = Path(work)
        members = {databases.member_name(engine): folder / "database"}
        databases.dump(members[databases.member_name(engine)])
        for name, root in folders().items():
            if root.is_dir():
                for path in sorted(p for p in root.rglob("*") if p.is_file()):
                    members[f"files/{name}/{path.relative_to(root).as_posix()}"] = path
        keys: dict[str, object] = {
            "included": include_keys,
            "certificate_key": "OPENCME_CERTIFICATE_KEY"
            if settings.CERTIFICATE_KEY
            else "derived from OPENCME_SECRET_KEY",
            "fingerprint": key_fingerprint(fernet_key()),
        }
        if include_keys:
            values = {
                "certificate_key": settings.CERTIFICATE_KEY,
                "secret_key": settings.SECRET_KEY,
            }
            for name, value in values.items():
                if value:
                    path = folder / name
                    path.touch(mode=0o600)
                    path.write_text(value)
                    members[KEY_MEMBERS[name]] = path
        manifest = archive.Manifest(
            engine=engine,
            created_at=clock.now().isoformat(),
            opencme_version=_version(),
            keys=keys,
        )
        archive.write(target, manifest, members)
    files = sum(1 for name in members if name.startswith("files/"))
    return Made(files=files, size=target.stat().st_size, keys_included=include_keys)


@dataclass
class Restored:
    manifest: archive.Manifest
    files: int
    keys_written: list[Path] = field(default_factory=list)
    locked: int = 0


def restore_backup(*, source: Path, force: bool) -> Restored:
    """Load the archive ``source`` into the configured database and folders. Refuses (before
    changing anything) a corrupt archive, another engine's, or a non-empty target without
    ``force``."""
    var_dir = Path(settings.VAR_DIR)
    var_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".opencme-restore-", dir=var_dir) as work:
        unpacked = Path(work)
        manifest = archive.read(source, unpacked)
        engine = databases.engine()
        if manifest.engine != engine:
            raise RestoreRefused(
                f"the archive holds a {manifest.engine} database but the configured database "
                f"(DATABASE_URL) is {engine}"
            )
        if databases.member_name(engine) not in manifest.members:
            raise archive.ArchiveError("it holds no database")
        used = [name for name, root in folders().items() if root.is_dir() and any(root.iterdir())]
        if not force and (not databases.is_empty() or used):
            what = "the database" if not databases.is_empty() else f"the folder {used[0]}/"
            raise RestoreRefused(f"{what} holds data; restore with --force to replace it")
        keys = {
            name: (unpacked / member).read_text()
            for name, member in KEY_MEMBERS.items()
            if member in manifest.members
        }
        key_files = _key_files_to_write(var_dir, keys, force=force)
        databases.load(unpacked / databases.member_name(engine))
        files = 0
        for name, root in folders().items():
            shutil.rmtree(root, ignore_errors=True)
            packed = unpacked / "files" / name
            if packed.is_dir():
                shutil.copytree(packed, root)
                files += sum(1 for p in root.rglob("*") if p.is_file())
        for path, value in key_files.items():
            path.touch(mode=0o600)
            path.write_text(value)
    effective = fernet_key_for(
        certificate_key=keys.get("certificate_key", settings.CERTIFICATE_KEY),
        secret_key=keys.get("secret_key", settings.SECRET_KEY),
    )
    try:
        locked = len(locked_keys(effective))
    except DatabaseError:  # a database without signing keys' table: nothing to unlock
        locked = 0
    return Restored(manifest=manifest, files=files, keys_written=list(key_files), locked=locked)


def _key_files_to_write(var_dir: Path, keys: dict[str, str], *, force: bool) -> dict[Path, str]:
    """Where the archive's keys go (the default key files); refuses to replace another key."""
    out = {}
    for name, value in keys.items():
        path = var_dir / name
        if path.is_file() and path.read_text().strip() != value.strip() and not force:
            raise RestoreRefused(
                f"{path} holds another key than the archive's; restore with --force to replace it"
            )
        out[path] = value
    return out
