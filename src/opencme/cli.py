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
    execute_from_command_line(["opencme", *args])


if __name__ == "__main__":
    main()
