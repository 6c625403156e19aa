"""The ``opencme`` command: Django's management commands with OpenCME's settings.

``parse-listing`` alone takes a fast path that never sets Django up: the parser is pure (no
settings, no database), and Django's start-up (settings, apps, system checks, which import the
certificate and PDF libraries) cost about two seconds a call where parsing a listing costs
milliseconds. The management command of the same name stays for ``opencme help`` and
``call_command``; both run ``run_parse_listing`` below, so they cannot drift apart.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import Protocol

PARSE_LISTING_HELP = (
    "Parse listings (text, HTML or PDF) and print each one's activity record as JSON."
)
# Options Django adds to every command; given one, parse-listing goes the Django way.
_DJANGO_OPTIONS = frozenset(
    ("--settings", "--pythonpath", "--traceback", "--no-color", "--force-color",
     "--skip-checks", "-v", "--verbosity")
)  # fmt: skip


class Writer(Protocol):
    """Where output goes: a text stream, or a management command's ``OutputWrapper``."""

    def write(self, text: str, /) -> object: ...


def add_parse_listing_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of ``parse-listing``, for the fast path and the management command."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="listing files (or pipes)")
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--explain", action="store_true", help="print which lines made which fields")
    shape.add_argument(
        "--jsonl",
        action="store_true",
        help="one JSON object a line per file: file, record, confidence, needs_review",
    )


def run_parse_listing(
    files: Sequence[str],
    *,
    explain: bool,
    jsonl: bool,
    out: Writer,
    err: Writer,
    traceback: bool = False,
) -> int:
    """Parse each file in order, print its record, and return how many could not be read.

    A file that cannot be read is one line on ``err`` naming it; the others are printed all
    the same. One file prints as before (an indented record, or its explanation); several
    print each under a ``==> FILE <==`` line unless ``--jsonl`` is asked for. The parser
    never raises on text; should it, that file is one line naming the failure too (one bug
    must not cost a batch its other files), unless ``traceback`` asks for the traceback."""
    # Imported here, not at the top: ``opencme`` with any other command never needs them.
    from opencme.ingest.parsing import ListingError, parse_listing
    from opencme.ingest.parsing.checks import review
    from opencme.ingest.parsing.files import read_listing_path

    failed = 0
    headed = len(files) > 1 and not jsonl
    for file in files:
        try:
            # Any file, a pipe included (``parse-listing <(curl ...)``), read up to the limit.
            text = read_listing_path(file, regular_only=False)
        except ListingError as exc:
            err.write(f"{file}: {exc.message}\n")
            failed += 1
            continue
        try:
            draft = parse_listing(text, origin=file)
        except Exception as exc:
            if traceback:
                raise
            what = " ".join(str(exc).split())
            err.write(f"{file}: the parser failed ({type(exc).__name__}: {what}); report it\n")
            failed += 1
            continue
        if jsonl:
            line = {
                "file": file,
                "record": draft.record,
                "confidence": draft.confidence,
                # low confidence or a failed check (the import page holds the same fields)
                "needs_review": [
                    {"field": r.field, "confidence": r.confidence, "reason": r.reason}
                    for r in review(draft)
                ],
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            continue
        if headed:
            out.write(f"==> {file} <==\n")
        body = (
            draft.explain() if explain else json.dumps(draft.record, indent=2, ensure_ascii=False)
        )
        out.write(body.rstrip("\n") + "\n")
    return failed


def parse_listing_main(argv: Sequence[str]) -> int:
    """``opencme parse-listing`` without Django: exit 0, or 1 when any file failed."""
    parser = argparse.ArgumentParser(prog="opencme parse-listing", description=PARSE_LISTING_HELP)
    add_parse_listing_arguments(parser)
    options = parser.parse_args(argv)
    try:
        failed = run_parse_listing(
            options.files,
            explain=options.explain,
            jsonl=options.jsonl,
            out=sys.stdout,
            err=sys.stderr,
        )
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (``| head``): nothing more to say, and nothing to say it to.
        # Point stdout at /dev/null so the interpreter's last flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 1 if failed else 0


def _fast_path(args: Sequence[str]) -> bool:
    return (
        bool(args)
        and args[0] in ("parse-listing", "parse_listing")
        and not any(arg.split("=", 1)[0] in _DJANGO_OPTIONS for arg in args[1:])
    )


def main() -> None:
    args = sys.argv[1:]
    if _fast_path(args):
        _guarded("parse-listing", args, lambda: sys.exit(parse_listing_main(args[1:])))
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    # Our commands are spelled with hyphens (generate-catalog); Django's modules use underscores.
    # ``opencme help parse-listing`` names a command the same way.
    for at in (0, 1) if args[:1] == ["help"] else (0,):
        if len(args) > at and not args[at].startswith("-"):
            args[at] = args[at].replace("-", "_")
    name = args[0].replace("_", "-") if args else "opencme"
    _guarded(name, args, lambda: execute_from_command_line(["opencme", *args]))


def _guarded(name: str, args: Sequence[str], run: Callable[[], object]) -> None:
    """Run ``run``; an unforeseen failure is one line on stderr and exit 1, not a traceback.

    Commands refuse what they foresee with CommandError (one line, exit 1); anything else
    gets the same shape here, unless ``--traceback`` asks for the traceback."""
    try:
        run()
    except Exception as exc:
        if "--traceback" in args:
            raise
        what = " ".join(str(exc).split()) or "failed"
        sys.stderr.write(
            f"opencme {name}: {type(exc).__name__}: {what} (--traceback shows where)\n"
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
