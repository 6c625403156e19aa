"""``opencme export NAME [--provider P] [--since D] [--output FILE] [--format F]``."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from opencme.accounts.models import User
from opencme.core.errors import DomainError
from opencme.providers.models import Provider
from opencme.reporting.exporters import EXPORTERS
from opencme.reporting.selectors import scope_ids
from opencme.reporting.services import run_export


class Command(BaseCommand):
    help = (
        "Write a report file: "
        + ", ".join(sorted(EXPORTERS))
        + ". Rows with problems are left out and listed on stderr, with the fix."
    )

    def add_arguments(self, parser):
        parser.add_argument("name", choices=sorted(EXPORTERS))
        parser.add_argument("--provider", default="", help="provider slug or name (default: all)")
        parser.add_argument("--since", default="", help="completions on or after YYYY-MM-DD")
        parser.add_argument("--output", default="", help="file to write (default: stdout)")
        parser.add_argument("--format", default="", help="csv, xlsx, xml or txt (tab-delimited)")
        parser.add_argument(
            "--as-user",
            default="",
            help="act as this user's email: the export covers only their providers",
        )
        parser.add_argument(
            "--include-exported", action="store_true", help="also rows already exported"
        )

    def handle(self, *args, name, provider, since, output, format, as_user, include_exported, **o):
        chosen = None
        if provider:
            chosen = (
                Provider.objects.filter(slug=provider).first()
                or Provider.objects.filter(name=provider).first()
            )
            if chosen is None:
                raise CommandError(f"--provider: no provider {provider!r}")
        actor = None
        if as_user:
            actor = User.objects.filter(email=as_user.lower()).first()
            if actor is None:
                raise CommandError(f"--as-user: no user {as_user!r}")
        try:
            day = dt.date.fromisoformat(since) if since else None
        except ValueError as exc:
            raise CommandError(f"--since: {since!r} is not a date YYYY-MM-DD") from exc
        try:
            # The shell user is trusted with every provider unless --as-user narrows it.
            ids = (
                scope_ids(actor, chosen) if actor else (frozenset({chosen.pk}) if chosen else None)
            )
            if ids is not None and not ids:
                raise CommandError(f"--as-user: {as_user} is staff of no provider")
            if output:
                try:
                    out = Path(output).open("wb")  # noqa: SIM115 - closed by the with below
                except OSError as exc:
                    raise CommandError(
                        f"--output: {output} cannot be written ({exc.strerror})"
                    ) from None
                with out:
                    result, batch = run_export(
                        name=name, actor=actor, out=out, provider=chosen, provider_ids=ids,
                        fmt=format, since=day, include_exported=include_exported,
                        filename=Path(output).name,
                    )  # fmt: skip
            else:
                result, batch = run_export(
                    name=name, actor=actor, out=sys.stdout.buffer, provider=chosen,
                    provider_ids=ids, fmt=format, since=day, include_exported=include_exported,
                )  # fmt: skip
        except DomainError as exc:
            raise CommandError(str(exc)) from exc
        for p in result.problems:
            self.stderr.write(
                f"problem: claim {p.claim_id} ({p.learner}) {p.field}: {p.message}; fix: {p.fix}"
            )
        self.stderr.write(
            f"{name}: {result.rows} rows written as {result.format}"
            f"{' to ' + output if output else ''}; {len(result.problems)} held back with problems"
            f" (batch {batch.pk})"
        )
