"""From listing files to activities: parse, check, then save through the activities services.

Each listing is one transaction: an activity is created, updated or left alone, never
half-written. The source text, its hash and origin are kept on the activity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from opencme.activities.models import Activity
from opencme.activities.services import save_activity_from_record
from opencme.core.errors import DomainError
from opencme.ingest.parsing import ListingError, parse_listing, read_listing_bytes
from opencme.providers.models import Provider

LISTING_SUFFIXES = {".txt", ".html", ".htm", ".md", ".text"}


@dataclass
class ImportOutcome:
    origin: str
    status: str  # created | updated | unchanged | refused | would-create | would-update
    activity_id: int | None = None
    title: str | None = None
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return self.status == "refused"


def source_key(record: dict[str, Any], origin: str) -> str:
    """What makes two listings the same activity: its URL, else its title, else the file name."""
    return (record.get("url") or record.get("title") or Path(origin).name or origin)[:300]


def import_listing(
    *,
    text: str,
    origin: str,
    actor: Any,
    provider: Provider | None = None,
    dry_run: bool = False,
    kind: str = Activity.Kind.LISTED,
) -> ImportOutcome:
    draft = parse_listing(text, origin=origin)
    record = dict(draft.record)
    if provider is not None:
        record["provider"] = provider.name
    if not record.get("provider"):
        return ImportOutcome(
            origin, "refused", reasons=["provider: the listing names no provider; pass --provider"]
        )
    statements = dict(getattr(draft, "statement_texts", None) or {})
    key = source_key(record, origin)
    if dry_run:
        exists = Activity.objects.filter(source_key=key, provider__name=record["provider"]).exists()
        return ImportOutcome(
            origin, "would-update" if exists else "would-create", title=record.get("title")
        )
    try:
        activity, status = save_activity_from_record(
            record=record,
            actor=actor,
            kind=kind,
            provider=provider,
            statements=statements,
            source_text=text,
            source_origin=origin,
            source_key=key,
        )
    except DomainError as exc:
        return ImportOutcome(origin, "refused", reasons=[str(p) for p in exc.problems])
    return ImportOutcome(
        origin,
        status,
        activity_id=activity.pk,
        title=activity.title or None,
        warnings=[f"{w['field']}: {w['message']}" for w in activity.warnings],
    )


def listing_files(paths: list[str]) -> list[Path]:
    """The listing files named, folders expanded (sorted), in the order given."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out += sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in LISTING_SUFFIXES
            )
        else:
            out.append(path)
    return out


def import_file(path: Path, **kwargs: Any) -> ImportOutcome:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ImportOutcome(
            str(path), "refused", reasons=[f"file: cannot be read ({exc.strerror})"]
        )
    try:
        text = read_listing_bytes(data)
    except ListingError as exc:
        return ImportOutcome(str(path), "refused", reasons=[f"file: {exc}"])
    return import_listing(text=text, origin=str(path), **kwargs)
