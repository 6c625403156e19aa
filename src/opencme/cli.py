"""The ``opencme`` command: Django's management commands with OpenCME's settings."""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    from django.core.management import execute_from_command_line

    args = sys.argv[1:]
    # Our commands are spelled with hyphens (generate-catalog); Django's modules use underscores.
    if args and not args[0].startswith("-"):
        args[0] = args[0].replace("-", "_")
    try:
        execute_from_command_line(["opencme", *args])
    except Exception as exc:
        # Commands refuse what they foresee with CommandError (one line, exit 1); anything
        # else gets the same shape here instead of a traceback, unless one is asked for.
        if "--traceback" in args:
            raise
        what = " ".join(str(exc).split()) or "failed"
        name = args[0].replace("_", "-") if args else "opencme"
        sys.stderr.write(
            f"opencme {name}: {type(exc).__name__}: {what} (--traceback shows where)\n"
        )
        sys.exit(1)


if __name__ == "__main__":
    main()
