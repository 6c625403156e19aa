"""ACCME PARS learner completions with MOC: ACCME's tab-delimited learner batch layout."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from opencme.reporting import rules
from opencme.reporting.exporters.base import Exporter, Row, Scope, register
from opencme.reporting.exporters.queries import (
    ActivityFacts,
    as_amount,
    board_ids_for,
    chunks,
    obligations_in_scope,
    us_date,
)
from opencme.reporting.rules import RowProblem

FIELDS = (
    "id",
    "claim_id",
    "activity_id",
    "learner_id",
    "provider__accreditation_id",
    "learner__email",
    "learner__profile__legal_name",
    "learner__profile__birth_month",
    "learner__profile__birth_day",
    "learner__profile__consent_pars",
    "claim__credit_type",
    "claim__amount",
    "completed_on",
)


@register
class ParsLearnersExporter(Exporter):
    """One row per consenting physician's AMA claim and board: a row per board the activity's MOC
    is registered with and the learner holds an id for; an activity without MOC gives one
    CME-only row (board columns empty). MOC points are the credit claimed, capped at the
    board's designated points. The tab-delimited file has no header row (PARS reads the
    columns by position, in this order)."""

    name = "pars-learners"
    title = "PARS learner completions and MOC"
    description = "Consenting physicians' completions, AMA credit and MOC points (30-day deadline)."
    destination = "PARS"
    columns = (
        "provider_id",
        "activity_id",
        "board_id",
        "first_name",
        "last_name",
        "birth_month",
        "birth_day",
        "board",
        "completion_date",
        "moc_points",
        "moc_credit_types",
        "ama_credit",
    )
    formats = ("txt", "csv", "xlsx", "xml")
    default_format = "txt"

    def items(self, scope: Scope) -> Iterator[Row | RowProblem]:
        facts = ActivityFacts()
        rows = obligations_in_scope(scope, self.destination).values_list(*FIELDS)
        for chunk in chunks(rows):
            facts.load(r[2] for r in chunk)
            boards = board_ids_for(r[3] for r in chunk)
            for (
                key,
                claim_id,
                activity_id,
                learner_id,
                provider_number,
                email,
                name,
                month,
                day,
                consent,
                code,
                amount,
                completed_on,
            ) in chunk:
                amount = as_amount(amount)
                moc = facts.moc[activity_id]
                held = boards.get(learner_id, {})
                problems = rules.check_pars_row(
                    rules.ClaimFacts(
                        claim_id=claim_id,
                        learner=name or email,
                        amount=amount,
                        maximum=facts.maximum.get((activity_id, code)),
                        legal_name=name or "",
                        birth_month=month,
                        birth_day=day,
                        consent=bool(consent),
                    ),
                    activity_boards=[m[0] for m in moc],
                    learner_boards=held,
                )
                if not provider_number:
                    problems.append(
                        RowProblem(
                            claim_id,
                            name or email,
                            "provider.accreditation_id",
                            "the provider has no ACCME/JA accreditation id for PARS",
                            "a site administrator adds the provider's accreditation id",
                        )
                    )
                if problems:
                    yield from (replace(p, key=key) for p in problems)
                    continue
                first, last = rules.split_name(name)
                common = (provider_number, activity_id)
                done = us_date(completed_on)
                if not moc:
                    yield Row((*common, "", first, last, month, day, "", done, "", "", amount), key)
                    continue
                for board, points, kinds in moc:
                    if not held.get(board):
                        continue  # the learner is not certified by this board
                    earned = min(amount, points) if points is not None else amount
                    yield Row(
                        (
                            *common,
                            held[board],
                            first,
                            last,
                            month,
                            day,
                            board,
                            done,
                            earned,
                            "; ".join(kinds),
                            amount,
                        ),
                        key,
                    )
