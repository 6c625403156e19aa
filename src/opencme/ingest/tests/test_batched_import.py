"""The batched import path (``import_files``): chunks in one transaction each, same contract."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from opencme.activities.models import Activity
from opencme.catalog.models import CatalogEntry
from opencme.core.models import AuditEvent
from opencme.ingest.loader import import_files, import_texts
from opencme.providers.models import Provider
from tests import factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("files_confidence")]

LISTINGS = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "listings"


def _listing(n: int, cost: str = "$25") -> str:
    return (
        f"Heart Failure Update {n}\n\n"
        f"Activity Link: https://example.org/hf/{n}\n"
        "Acme Health is accredited by the ACCME to provide continuing medical education for "
        "physicians.\n"
        "Acme Health designates this enduring material for a maximum of 2.00 AMA PRA Category 1 "
        "Credits™.\n"
        "Expiration Date: December 31, 2026\n"
        f"Cost: {cost}\n"
    )


def _folder(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for n in range(count):
        path = tmp_path / f"{n:03d}.txt"
        path.write_text(_listing(n), encoding="utf-8")
        paths.append(path)
    return paths


def test_import_files_creates_each_listing_with_source_index_and_audit(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 7)
    outcomes = list(import_files(paths, actor=None, batch_size=3, workers=1))
    assert [o.status for o in outcomes] == ["created"] * 7
    assert [o.origin for o in outcomes] == [str(p) for p in paths]
    for outcome, path in zip(outcomes, paths, strict=True):
        assert outcome.activity_id is not None
        activity = Activity.objects.get(pk=outcome.activity_id)
        assert activity.source_text == path.read_text(encoding="utf-8")
        assert activity.source_origin == str(path)
        assert len(activity.source_hash) == 64
        assert activity.source_key == activity.url
        assert activity.accreditation_statement.startswith("Acme Health is accredited")
        assert activity.status == Activity.Status.PUBLISHED
        assert activity.credits.get().credit_type == "AMA_PRA_1"
    ids = [o.activity_id for o in outcomes if o.activity_id is not None]
    assert CatalogEntry.objects.filter(activity_id__in=ids).count() == 7
    created = AuditEvent.objects.filter(action="activities.activity.created")
    assert sorted(int(e.object_id) for e in created) == sorted(ids)
    assert Provider.objects.filter(name="Acme Health").count() == 1


def test_import_files_second_run_is_unchanged_and_writes_nothing(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 5)
    list(import_files(paths, actor=None, batch_size=2))
    stamps = dict(Activity.objects.values_list("id", "updated_at"))
    audits = AuditEvent.objects.count()
    outcomes = list(import_files(paths, actor=None, batch_size=2))
    assert [o.status for o in outcomes] == ["unchanged"] * 5
    assert dict(Activity.objects.values_list("id", "updated_at")) == stamps
    assert AuditEvent.objects.count() == audits


def test_import_files_changed_listing_updates_the_same_activity(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 3)
    first = list(import_files(paths, actor=None))
    paths[1].write_text(_listing(1, cost="$40"), encoding="utf-8")
    outcomes = list(import_files(paths, actor=None))
    assert [o.status for o in outcomes] == ["unchanged", "updated", "unchanged"]
    assert outcomes[1].activity_id == first[1].activity_id
    assert Activity.objects.get(pk=outcomes[1].activity_id or 0).cost_amount == 40


def test_import_files_refused_listing_leaves_the_others_whole(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 4)
    paths[2].write_text("Title: " + "Long " * 400 + "\nProvider: Someone New\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    outcomes = list(import_files([*paths, empty], actor=None, batch_size=10))
    assert [o.status for o in outcomes] == [
        "created",
        "created",
        "refused",
        "created",
        "refused",
    ]
    assert any(r.startswith("title") for r in outcomes[2].reasons)
    assert outcomes[4].reasons[0].startswith("file: empty file")
    assert Activity.objects.count() == 3
    assert not Provider.objects.filter(name="Someone New").exists()
    assert CatalogEntry.objects.count() == 3


def test_import_texts_same_activity_twice_in_one_chunk_is_created_then_updated() -> None:
    outcomes = import_texts(
        [("a.txt", _listing(1)), ("b.txt", _listing(1, cost="$40"))], actor=None
    )
    assert [o.status for o in outcomes] == ["created", "updated"]
    assert outcomes[0].activity_id == outcomes[1].activity_id
    assert Activity.objects.get().source_origin == "b.txt"


def test_import_files_dry_run_writes_nothing_and_checks_records(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 2)
    list(import_files(paths[:1], actor=None))
    audits = AuditEvent.objects.count()
    outcomes = list(import_files(paths, actor=None, dry_run=True))
    assert [o.status for o in outcomes] == ["would-update", "would-create"]
    assert Activity.objects.count() == 1
    assert AuditEvent.objects.count() == audits


def test_import_files_fixture_folder_twice_is_unchanged_without_a_write(tmp_path: Path) -> None:
    """Every fixture listing, batched: the second run finds each record equal and skips it."""
    owner = factories.provider(name="Fixture Owner")
    files = sorted(LISTINGS.glob("*.txt"))
    first = list(import_files(files, actor=None, provider=owner, batch_size=16))
    assert {o.status for o in first} == {"created"}
    audits = AuditEvent.objects.count()
    with CaptureQueriesContext(connection) as queries:
        again = list(import_files(files, actor=None, provider=owner, batch_size=16))
    assert {o.status for o in again} == {"unchanged"}
    assert [o.activity_id for o in again] == [o.activity_id for o in first]
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in {"INSERT", "UPDATE", "DELETE"}]
    assert writes == []
    assert len(queries) <= 2 * 10  # a few reads per chunk, none per listing
    assert AuditEvent.objects.count() == audits


def test_import_files_parsed_in_worker_processes_gives_the_same_outcomes(tmp_path: Path) -> None:
    paths = _folder(tmp_path, 5)
    (tmp_path / "binary.txt").write_bytes(b"\x00" * 64)
    paths.insert(2, tmp_path / "binary.txt")
    outcomes = list(import_files(paths, actor=None, batch_size=2, workers=2))
    assert [o.status for o in outcomes] == ["created", "created", "refused"] + ["created"] * 3
    assert outcomes[2].reasons[0].startswith("file: binary file")
    again = list(import_files(paths, actor=None, batch_size=4, workers=1))
    assert [o.status for o in again] == ["unchanged", "unchanged", "refused"] + ["unchanged"] * 3
