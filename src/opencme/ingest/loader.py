"""From listing files to activities: parse, check, then save through the activities services.

Two paths share one contract. ``import_listing`` saves one listing in its own transaction.
``import_files`` (the ``opencme import`` command) parses the files (pure; in worker processes
for large batches) and writes them in chunks of ``BATCH_SIZE``, one transaction per chunk:
existing activities are looked up by (provider, source key) in one query, new ones are made
by ``bulk_create_activities`` (rows, audit events and index entries together), unchanged ones
(same source hash, same record) are skipped without a write, and changed ones go through
``save_activity_from_record`` in a savepoint of their own. Either way an activity is created,
updated or left alone, never half-written; a refused listing never stops the others. The
source text, its hash and origin are kept on the activity.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from django.db import DatabaseError, transaction

from opencme.activities.models import Activity
from opencme.activities.records import activity_record, parse_record
from opencme.activities.selectors import activity_queryset_for_record
from opencme.activities.services import (
    STATEMENT_FIELDS,
    bulk_create_activities,
    save_activity_from_record,
    source_hash,
)
from opencme.core.errors import DomainError, Problem, ValidationFailed
from opencme.ingest import parsing
from opencme.ingest.holding import review_fields, rule_warnings, settle_created, settle_import
from opencme.ingest.parsing import Draft, ListingError
from opencme.ingest.parsing.checks import Review, check, review, unread
from opencme.providers.models import Provider

if TYPE_CHECKING:
    from opencme.ingest.parsing.files import ParsedFile

# ``confirmed=ALL_CONFIRMED``: the caller vouches for every field (hand-checked listings such
# as the demo seeds), so nothing is held back for review.
ALL_CONFIRMED = "all"
LISTING_SUFFIXES = {".txt", ".html", ".htm", ".md", ".text", ".pdf"}
# Listings written per transaction: big enough that commits and per-query costs vanish,
# small enough that a failing chunk retried one by one stays cheap.
BATCH_SIZE = 250


@dataclass
class ImportOutcome:
    origin: str
    status: str  # created | updated | unchanged | refused | would-create | would-update
    activity_id: int | None = None
    title: str | None = None
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # fields held back from the finder until a person confirms them (the activity is a draft)
    held: list[str] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return self.status == "refused"


@dataclass
class Prepared:
    """A parsed listing ready to save: its record, statement texts and identity."""

    origin: str
    text: str
    record: dict[str, Any]
    statements: dict[str, str]
    key: str
    hash: str
    held: list[Review] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)
    confirmed: list[str] = field(default_factory=list)

    @property
    def identity(self) -> tuple[str, str]:
        return (_provider_norm(self.record["provider"]), self.key)


def source_key(record: dict[str, Any], origin: str) -> str:
    """What makes two listings the same activity: its URL, else its title, else the file name."""
    return (record.get("url") or record.get("title") or Path(origin).name or origin)[:300]


def _provider_norm(name: str) -> str:
    # Providers are matched as get_or_create_provider matches them: spaces folded, any case.
    return " ".join(name.split()).casefold()


def prepare_listing(
    *,
    text: str,
    origin: str,
    provider: Provider | None = None,
    draft: Draft | None = None,
    confirmed: Iterable[str] | Literal["all"] = (),
) -> Prepared | ImportOutcome:
    """Parse ``text`` (unless ``draft`` is given); a refused outcome when it names no provider.

    The draft is checked (``parsing.checks``): fields needing review that no one ``confirmed``
    are held back, and the fields that could not be read are kept for the public warnings. A
    provider given by the person importing is their choice, not the parser's: never held.
    """
    draft = draft or parsing.parse_listing(text, origin=origin)
    record = dict(draft.record)
    if provider is not None:
        record["provider"] = provider.name
    if not record.get("provider"):
        return ImportOutcome(
            origin, "refused", reasons=["provider: the listing names no provider; pass --provider"]
        )
    checked = dataclasses.replace(draft, record=record)
    if confirmed == ALL_CONFIRMED:
        confirmed = [*record, *draft.confidence]
    done = set(confirmed) | ({"provider"} if provider is not None else set())
    found = check(checked)
    flagged = {r.field for r in review(checked, found)}
    problems = [p for p in found if p.field not in done]
    return Prepared(
        origin=origin,
        text=text,
        record=record,
        statements=dict(draft.statement_texts or {}),
        key=source_key(record, origin),
        hash=source_hash(text),
        held=[r for r in review(checked, problems) if r.field not in done],
        unread=unread(checked, problems),
        confirmed=sorted(set(confirmed) & flagged),
    )


def _saved(origin: str, activity: Activity, status: str) -> ImportOutcome:
    return ImportOutcome(
        origin,
        status,
        activity_id=activity.pk,
        title=activity.title or None,
        warnings=[f"{w['field']}: {w['message']}" for w in rule_warnings(activity.warnings)],
        held=review_fields(activity),
    )


def _settle(item: Prepared, activity: Activity, actor: Any) -> Activity:
    """Hold ``activity`` back while fields need review; keep what could not be read."""
    if not (
        item.held
        or item.unread
        or item.confirmed
        or activity.warnings != rule_warnings(activity.warnings)
    ):
        return activity
    return settle_import(
        activity_id=activity.pk,
        actor=actor,
        held=item.held,
        unread=item.unread,
        confirmed=item.confirmed,
    )


def _save_one(
    item: Prepared,
    *,
    actor: Any,
    provider: Provider | None,
    kind: str,
    activity: Activity | None = None,
) -> ImportOutcome:
    """One listing through the per-activity service, in its own (save)point."""
    try:
        with transaction.atomic():
            saved, status = save_activity_from_record(
                record=item.record,
                actor=actor,
                kind=kind,
                provider=provider,
                activity=activity,
                statements=item.statements,
                source_text=item.text,
                source_origin=item.origin,
                source_key=item.key,
            )
            if kind == Activity.Kind.LISTED:
                saved = _settle(item, saved, actor)
    except DomainError as exc:
        return ImportOutcome(item.origin, "refused", reasons=[str(p) for p in exc.problems])
    return _saved(item.origin, saved, status)


def import_listing(
    *,
    text: str,
    origin: str,
    actor: Any,
    provider: Provider | None = None,
    dry_run: bool = False,
    kind: str = Activity.Kind.LISTED,
    draft: Draft | None = None,
    confirmed: Iterable[str] | Literal["all"] = (),
    activity: Activity | None = None,
) -> ImportOutcome:
    """Import one listing in its own transaction (the web form, demo data, tests).

    ``confirmed`` names the fields a person has checked (never held back), or is
    ``ALL_CONFIRMED``; ``activity`` is the
    stored activity this listing updates (a held one reopened on the import page), else it is
    found by provider and source key.
    """
    item = prepare_listing(
        text=text, origin=origin, provider=provider, draft=draft, confirmed=confirmed
    )
    if isinstance(item, ImportOutcome):
        return item
    if dry_run:
        return _dry_run([item])[0]
    return _save_one(item, actor=actor, provider=provider, kind=kind, activity=activity)


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


def read_file(path: Path) -> str | ImportOutcome:
    """The listing text of ``path``, or a refused outcome with a one-line reason."""
    from opencme.ingest.parsing.files import read_listing_path  # the parser: loaded when used

    try:
        return read_listing_path(str(path))
    except ListingError as exc:
        return ImportOutcome(str(path), "refused", reasons=[f"file: {exc}"])


def import_file(path: Path, **kwargs: Any) -> ImportOutcome:
    text = read_file(path)
    if isinstance(text, ImportOutcome):
        return text
    return import_listing(text=text, origin=str(path), **kwargs)


def import_files(
    files: Iterable[Path],
    *,
    actor: Any,
    provider: Provider | None = None,
    dry_run: bool = False,
    kind: str = Activity.Kind.LISTED,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
) -> Iterator[ImportOutcome]:
    """Import listing files in chunks, yielding one outcome per file in the order given.

    Files are parsed ahead in ``workers`` processes (by default one per core, up to two, for
    more than two chunks of files) while each parsed chunk is written in one transaction.
    """
    from opencme.ingest.parsing.files import parse_files  # the parser: loaded when used

    paths = [str(p) for p in files]
    if workers is None:
        workers = min(2, os.cpu_count() or 1) if len(paths) > 2 * batch_size else 1
    chunk: list[Prepared | ImportOutcome] = []
    for parsed in parse_files(paths, workers=workers):
        chunk.append(_prepared(parsed, provider))
        if len(chunk) >= batch_size:
            yield from _import_chunk(chunk, actor, provider, dry_run, kind)
            chunk = []
    if chunk:
        yield from _import_chunk(chunk, actor, provider, dry_run, kind)


def _prepared(parsed: ParsedFile, provider: Provider | None) -> Prepared | ImportOutcome:
    if parsed.error is not None:
        return ImportOutcome(parsed.origin, "refused", reasons=[parsed.error])
    # The checks read the text (an accreditor named, an approval statement); the workers send
    # each field's confidence, so a batch holds back what the import page would flag.
    draft = Draft(
        record=parsed.record,
        statement_texts=parsed.statement_texts,
        text=parsed.text,
        confidence=parsed.confidence,
    )
    return prepare_listing(text=parsed.text, origin=parsed.origin, provider=provider, draft=draft)


def import_texts(
    texts: list[tuple[str, str]],
    *,
    actor: Any,
    provider: Provider | None = None,
    kind: str = Activity.Kind.LISTED,
) -> list[ImportOutcome]:
    """Import ``(origin, text)`` pairs as one chunk (one transaction); outcomes in order."""
    items = [prepare_listing(text=t, origin=o, provider=provider) for o, t in texts]
    return _write_chunk(items, actor=actor, provider=provider, kind=kind)


def _import_chunk(
    items: list[Prepared | ImportOutcome],
    actor: Any,
    provider: Provider | None,
    dry_run: bool,
    kind: str,
) -> list[ImportOutcome]:
    if dry_run:
        ready = [i for i in items if isinstance(i, Prepared)]
        checked = iter(_dry_run(ready))
        return [next(checked) if isinstance(i, Prepared) else i for i in items]
    return _write_chunk(items, actor=actor, provider=provider, kind=kind)


def _existing(items: list[Prepared]) -> dict[tuple[str, str], tuple[int, str, str]]:
    """Stored activities of these listings: identity -> (id, source hash, kind), one query."""
    keys = {i.key for i in items}
    rows = Activity.objects.filter(source_key__in=keys).values_list(
        "id", "provider__name", "source_key", "source_hash", "kind"
    )
    return {(_provider_norm(name), key): (pk, digest, kind) for pk, name, key, digest, kind in rows}


def _dry_run(items: list[Prepared]) -> list[ImportOutcome]:
    existing = _existing(items)
    out = []
    for item in items:
        problems = parse_record(item.record).problems
        if problems:
            out.append(ImportOutcome(item.origin, "refused", reasons=[str(p) for p in problems]))
            continue
        status = "would-update" if item.identity in existing else "would-create"
        out.append(ImportOutcome(item.origin, status, title=item.record.get("title")))
    return out


def _comparable(record: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k != "id"}


def _write_chunk(
    items: list[Prepared | ImportOutcome], *, actor: Any, provider: Provider | None, kind: str
) -> list[ImportOutcome]:
    outcomes: dict[int, ImportOutcome] = {
        n: i for n, i in enumerate(items) if isinstance(i, ImportOutcome)
    }
    ready = [(n, i) for n, i in enumerate(items) if isinstance(i, Prepared)]
    try:
        with transaction.atomic():
            outcomes.update(_write_ready(ready, actor=actor, provider=provider, kind=kind))
    except (DatabaseError, DomainError):
        # Something the checks did not foresee failed (in the database): the chunk rolled back
        # whole, so save its listings one by one and let only the failing one be refused.
        for n, item in ready:
            try:
                outcomes[n] = _save_one(item, actor=actor, provider=provider, kind=kind)
            except DatabaseError as exc:
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                outcomes[n] = ImportOutcome(item.origin, "refused", reasons=[f"database: {first}"])
    return [outcomes[n] for n in range(len(items))]


def _write_ready(
    ready: list[tuple[int, Prepared]], *, actor: Any, provider: Provider | None, kind: str
) -> dict[int, ImportOutcome]:
    """Write one chunk inside the caller's transaction; outcomes by position."""
    out: dict[int, ImportOutcome] = {}
    existing = _existing([i for _, i in ready])
    new: list[tuple[int, Prepared]] = []
    later: list[tuple[int, Prepared]] = []  # existing, or a second listing of the same activity
    claimed: set[tuple[str, str]] = set()
    for n, item in ready:
        if item.identity in existing or item.identity in claimed:
            later.append((n, item))
        else:
            claimed.add(item.identity)
            new.append((n, item))

    while new:
        try:
            ids = bulk_create_activities(
                records=[i.record for _, i in new],
                actor=actor,
                kind=kind,
                fields_each=[_source_fields(i) for _, i in new],
            )
        except ValidationFailed as exc:
            # The bulk service names the records it refuses (``records[3].title``): refuse
            # those listings and create the rest.
            refused: dict[int, list[str]] = {}
            for problem in exc.problems:
                where, _, rest = problem.field.partition("].")
                if not where.startswith("records[") or not where[8:].isdigit():
                    raise  # not about one record: let the chunk go one by one
                index = int(where[8:])
                refused.setdefault(index, []).append(str(Problem(rest, problem.message)))
            for index, reasons in refused.items():
                n, item = new[index]
                out[n] = ImportOutcome(item.origin, "refused", reasons=reasons)
            new = [pair for index, pair in enumerate(new) if index not in refused]
            continue
        by_id = Activity.objects.only(
            "id", "title", "warnings", "kind", "status", "published_at"
        ).in_bulk(ids)
        pairs = [(item, by_id[pk]) for (_, item), pk in zip(new, ids, strict=True)]
        if kind == Activity.Kind.LISTED:
            settle_created([(a, i.held, i.unread) for i, a in pairs], actor=actor)
        for (n, _), (item, activity) in zip(new, pairs, strict=True):
            out[n] = _saved(item.origin, activity, "created")
        break

    unchanged = _unchanged([(n, i) for n, i in later if i.identity in existing], existing, kind)
    for n, item in later:
        if n in unchanged:
            out[n] = unchanged[n]
        else:
            out[n] = _save_one(item, actor=actor, provider=provider, kind=kind)
    return out


def _source_fields(item: Prepared) -> dict[str, Any]:
    fields: dict[str, Any] = {
        name: item.statements.get(key, "") for key, name in STATEMENT_FIELDS.items()
    }
    fields.update(
        source_text=item.text,
        source_hash=item.hash,
        source_origin=item.origin,
        source_key=item.key,
    )
    return fields


def _unchanged(
    items: list[tuple[int, Prepared]],
    existing: dict[tuple[str, str], tuple[int, str, str]],
    kind: str,
) -> dict[int, ImportOutcome]:
    """Listings whose stored activity has the same source hash, kind and record: no write."""
    same = {
        n: existing[i.identity][0]
        for n, i in items
        if existing[i.identity][1] == i.hash and existing[i.identity][2] == kind
    }
    if not same:
        return {}
    stored = {a.pk: a for a in activity_queryset_for_record().filter(pk__in=set(same.values()))}
    out = {}
    records = dict(items)
    for n, pk in same.items():
        activity = stored.get(pk)
        if activity is None:
            continue
        if _comparable(activity_record(activity)) == _comparable(records[n].record):
            out[n] = _saved(records[n].origin, activity, "unchanged")
    return out
