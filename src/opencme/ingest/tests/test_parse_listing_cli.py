"""``opencme parse-listing FILE...``: many files in one call, ``--jsonl``, one stderr line per
file that cannot be read, and a start without Django or the PDF and certificate libraries.

Run as a person runs it (a real process) where the start-up is the point; through
``call_command`` for the management command that shares its code."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from opencme.ingest.parsing import parse_listing
from opencme.ingest.parsing.checks import review

OPENCME = str(Path(sys.executable).with_name("opencme"))
HEAVY = ("django", "pypdf", "weasyprint", "cryptography", "PIL")

LISTING = """Heart Failure Update 2026

Acme Health is accredited by the ACCME to provide continuing medical education for physicians.
Acme Health designates this enduring material for a maximum of 2.00 AMA PRA Category 1 Credits™.
Expiration Date: December 31, 2026
Cost: $25
"""
PAGE = (
    "<html><head><script>var x = '9 AMA PRA Category 1 Credits';</script></head><body>"
    "<nav><a href='/'>Home</a></nav><h1>Sepsis Grand Rounds</h1>"
    "<p>Bayside Hospital designates this live activity for a maximum of 1.00 "
    "<i>AMA PRA Category 1 Credit</i>&trade;.</p></body></html>"
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    return subprocess.run(
        [OPENCME, "parse-listing", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    text = tmp_path / "heart.txt"
    text.write_text(LISTING, encoding="utf-8")
    page = tmp_path / "sepsis.html"
    page.write_text(PAGE, encoding="utf-8")
    return [str(text), str(page)]


def test_parse_listing_prints_every_file_under_its_name(files: list[str]) -> None:
    done = _run(*files)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    parts = done.stdout.split("==> ")
    assert [part.split(" <==\n", 1)[0] for part in parts[1:]] == files
    records = [json.loads(part.split(" <==\n", 1)[1]) for part in parts[1:]]
    assert [r["title"] for r in records] == ["Heart Failure Update 2026", "Sepsis Grand Rounds"]


def test_parse_listing_one_file_prints_its_record_alone(files: list[str]) -> None:
    done = _run(files[0])
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == parse_listing(LISTING, origin=files[0]).record


def test_parse_listing_jsonl_is_one_object_a_line_per_file(files: list[str]) -> None:
    done = _run("--jsonl", *files)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["file"] for line in lines] == files
    draft = parse_listing(LISTING, origin=files[0])
    assert lines[0] == {
        "file": files[0],
        "record": draft.record,
        "confidence": draft.confidence,
        "needs_review": [
            {"field": r.field, "confidence": r.confidence, "reason": r.reason}
            for r in review(draft)
        ],
    }
    assert lines[1]["record"]["credits"] == [{"type": "AMA_PRA_1", "amount": 1.0, "unit": "credit"}]


def test_parse_listing_jsonl_names_a_field_failing_a_check_for_review(tmp_path: Path) -> None:
    listing = tmp_path / "backwards.txt"
    listing.write_text(
        LISTING.replace("Cost: $25", "Release Date: March 1, 2027"), encoding="utf-8"
    )
    done = _run("--jsonl", str(listing))
    assert done.returncode == 0, done.stderr
    flagged = json.loads(done.stdout)["needs_review"]
    assert "expires" in [item["field"] for item in flagged]
    assert all(item["reason"] for item in flagged)


def test_parse_listing_a_missing_file_is_one_line_and_the_rest_are_printed(
    files: list[str], tmp_path: Path
) -> None:
    missing = str(tmp_path / "nowhere.txt")
    done = _run("--jsonl", files[0], missing, files[1])
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"{missing}: cannot be read (No such file or directory)"]
    assert [json.loads(line)["file"] for line in done.stdout.splitlines()] == files


def test_parse_listing_names_each_bad_file(files: list[str], tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    done = _run(str(empty), files[0], str(scan), str(tmp_path))
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = done.stderr.splitlines()
    assert [line.split(": ", 1)[0] for line in errors] == [str(empty), str(scan), str(tmp_path)]
    assert "empty file" in errors[0]
    assert "this PDF cannot be read" in errors[1]
    head, body = done.stdout.split("\n", 1)
    assert head == f"==> {files[0]} <=="
    assert json.loads(body)["title"] == "Heart Failure Update 2026"


def test_parse_listing_into_a_closed_pipe_stops_quietly(files: list[str]) -> None:
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [OPENCME, "parse-listing", "--jsonl", *files * 400],
        env=env,
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait(timeout=10)
    assert done.returncode == 1
    assert done.stderr == ""


def test_parse_listing_explain_works_per_file(files: list[str]) -> None:
    done = _run("--explain", *files)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("used (") == 2
    assert f"==> {files[1]} <==\nlisting: {files[1]}" in done.stdout


def test_parse_listing_reads_a_pdf(tmp_path: Path) -> None:
    from weasyprint import HTML

    brochure = tmp_path / "brochure.pdf"
    brochure.write_bytes(HTML(string=f"<pre>{LISTING}</pre>").write_pdf())
    done = _run("--jsonl", str(brochure))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)["record"]
    assert record["title"] == "Heart Failure Update 2026"
    assert record["expires"] == "2026-12-31"


def _modules_after(*args: str) -> list[str]:
    """The heavy modules loaded by the time ``opencme parse-listing ARGS`` has finished."""
    code = (
        "import sys\nfrom opencme import cli\n"
        f"sys.argv = ['opencme', 'parse-listing', *{list(args)!r}]\n"
        "try:\n    cli.main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    return json.loads(done.stderr.splitlines()[-1].replace("'", '"'))


def test_parse_listing_starts_without_django_or_pdf_libraries(files: list[str]) -> None:
    assert _modules_after("--jsonl", *files) == []


def test_parse_listing_loads_pypdf_when_a_pdf_arrives(tmp_path: Path) -> None:
    pdf = tmp_path / "listing.txt"  # a PDF by its header, whatever its name
    pdf.write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert "pypdf" in _modules_after(str(pdf))


@pytest.mark.django_db
def test_parse_listing_command_shares_the_fast_path(files: list[str], tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    missing = str(tmp_path / "nowhere.txt")
    with pytest.raises(CommandError, match="1 of 3 files could not be parsed"):
        call_command(
            "parse_listing", files[0], missing, files[1], jsonl=True, stdout=out, stderr=err
        )
    assert [json.loads(line)["file"] for line in out.getvalue().splitlines()] == files
    assert err.getvalue().splitlines() == [f"{missing}: cannot be read (No such file or directory)"]
