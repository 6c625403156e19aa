"""The import and parse-listing commands through the real loader and activities services."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from opencme.activities.models import Activity
from opencme.core.models import AuditEvent
from opencme.ingest.loader import import_listing
from opencme.ingest.parsing import MAX_LISTING_BYTES, files
from opencme.providers.models import Provider
from tests import factories

pytestmark = pytest.mark.django_db

LISTINGS = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "listings"
SEEDS = {
    "seed_000_pcss_moud_course_page": "PCSS-MOUD",
    "seed_003_statpearls_finder_record": "StatPearls, LLC",
}
LISTING = """Heart Failure Update 2026

Acme Health is accredited by the ACCME to provide continuing medical education for physicians.
Acme Health designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™.
Expiration Date: December 31, 2026
Cost: $25
"""


def _run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def _reason_line(err: io.StringIO, reason: str) -> str:
    line = err.getvalue().strip().split(": file: ", 1)[1]
    assert line.startswith(reason)
    return line


def _write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_parse_listing_command_prints_the_seed_record(stem: str) -> None:
    out, _ = _run("parse_listing", str(LISTINGS / f"{stem}.txt"))
    expected = json.loads((LISTINGS / f"{stem}.expected.json").read_text(encoding="utf-8"))
    assert json.loads(out) == expected
    assert json.loads(out)["provider"] == SEEDS[stem]


def test_parse_listing_command_explain_names_used_lines() -> None:
    out, _ = _run(
        "parse_listing", str(LISTINGS / "seed_000_pcss_moud_course_page.txt"), "--explain"
    )
    assert "used (" in out
    assert "not understood (" in out
    assert "expires" in out


def test_import_command_twice_is_unchanged_and_writes_nothing_new(tmp_path: Path) -> None:
    path = _write(tmp_path, "heart.txt", LISTING)
    out, _ = _run("import", str(path))
    assert out.startswith("created: ")
    activity = Activity.objects.get()
    audits = AuditEvent.objects.count()
    before = (activity.updated_at, activity.source_hash, activity.title)
    out, _ = _run("import", str(path))
    assert out.startswith("unchanged: ")
    activity.refresh_from_db()
    assert (activity.updated_at, activity.source_hash, activity.title) == before
    assert Activity.objects.count() == 1
    assert AuditEvent.objects.count() == audits


def test_import_command_changed_listing_updates_the_same_activity(tmp_path: Path) -> None:
    path = _write(tmp_path, "heart.txt", LISTING)
    _run("import", str(path))
    first = Activity.objects.get()
    _write(tmp_path, "heart.txt", LISTING.replace("$25", "$40"))
    out, _ = _run("import", str(path))
    assert out.startswith("updated: ")
    again = Activity.objects.get()
    assert again.pk == first.pk
    assert again.source_hash != first.source_hash
    assert "$40" in again.source_text


def test_import_keeps_source_text_hash_and_origin(tmp_path: Path) -> None:
    path = _write(tmp_path, "heart.txt", LISTING)
    _run("import", str(path))
    activity = Activity.objects.get()
    assert activity.source_text == LISTING
    assert activity.source_origin == str(path)
    assert len(activity.source_hash) == 64
    assert activity.kind == Activity.Kind.LISTED
    assert activity.provider.name == "Acme Health"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "binary file"),
        ("huge.txt", b"a" * (MAX_LISTING_BYTES + 1), "file too large"),
        ("latin1.txt", "Café course, Cost: $10".encode("latin-1"), "not UTF-8"),
    ],
)
def test_import_command_bad_file_refused_rest_imported(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    good = _write(tmp_path, "good.txt", LISTING)
    bad = _write(tmp_path, name, data)
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 of 2 listings were refused"):
        call_command("import", str(bad), str(good), stdout=io.StringIO(), stderr=err)
    assert err.getvalue().strip().splitlines() == [f"{bad}: file: {_reason_line(err, reason)}"]
    assert Activity.objects.filter(title="Heart Failure Update 2026").count() == 1


def test_import_command_prints_one_line_per_problem_naming_the_file(tmp_path: Path) -> None:
    _write(tmp_path, "good.txt", LISTING)
    _write(tmp_path, "empty.txt", b"")
    _write(tmp_path, "binary.txt", b"\x00" * 100)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="2 of 3"):
        call_command("import", str(tmp_path), stdout=out, stderr=err)
    problems = [line for line in err.getvalue().splitlines() if line.strip()]
    assert len(problems) == 2
    assert any("empty.txt" in p and "empty file" in p for p in problems)
    assert any("binary.txt" in p and "binary file" in p for p in problems)
    assert "created: " in out.getvalue()


def test_import_command_dry_run_writes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, "heart.txt", LISTING)
    out, _ = _run("import", str(path), "--dry-run")
    assert out.startswith("would-create: ")
    assert not Activity.objects.exists()
    assert not Provider.objects.filter(name="Acme Health").exists()
    assert not AuditEvent.objects.exists()


def test_import_command_unknown_provider_is_a_clear_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "heart.txt", LISTING)
    with pytest.raises(CommandError, match="--provider: no provider is called 'Nobody'"):
        _run("import", str(path), "--provider", "Nobody")
    assert not Activity.objects.exists()


def test_import_command_provider_option_owns_the_activity(tmp_path: Path) -> None:
    owner = factories.provider(name="Owner Org")
    path = _write(tmp_path, "heart.txt", LISTING)
    _run("import", str(path), "--provider", "Owner Org")
    assert Activity.objects.get().provider == owner


def test_import_listing_refused_record_leaves_no_rows() -> None:
    text = "Title: " + "Long " * 400 + "\nCost: $25\nProvider: Someone New\n"
    counts = (Activity.objects.count(), Provider.objects.count(), AuditEvent.objects.count())
    outcome = import_listing(text=text, origin="long.txt", actor=None)
    assert outcome.status == "refused"
    assert any(r.startswith("title") for r in outcome.reasons)
    after = (Activity.objects.count(), Provider.objects.count(), AuditEvent.objects.count())
    assert after == counts


def test_import_command_says_which_fields_are_held_for_review(
    tmp_path: Path, files_confidence: dict[str, float]
) -> None:
    files_confidence["title"] = 0.1
    (tmp_path / "hf.txt").write_text(LISTING, encoding="utf-8")
    out, _ = _run("import", str(tmp_path))
    activity = Activity.objects.get()
    assert activity.status == Activity.Status.DRAFT
    assert "held for review (title): out of the finder until staff confirm it" in out
    assert f"/import/?review={activity.pk}" in out


def _dies(path: str) -> files.ParsedFile:
    """A parsing worker that ends its process without answering (killed, out of memory)."""
    os._exit(3)


def test_import_a_dead_parsing_worker_is_a_one_line_error_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for k in range(3):
        (tmp_path / f"listing{k}.txt").write_text(LISTING.replace("2026", f"202{k + 6}"))
    # the real worker pool, with workers that die: the fault is injected, the pool is real
    pool = files.parse_files
    monkeypatch.setattr(
        files, "parse_files", lambda paths, workers: pool(paths, workers=2, parse=_dies)
    )
    with pytest.raises(CommandError, match=r"^paths: .*worker process died"):
        _run("import", str(tmp_path))
    assert not Activity.objects.exists()
