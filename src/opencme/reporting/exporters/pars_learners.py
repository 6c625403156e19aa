"""ACCME PARS learner completions with MOC: ACCME's tab-delimited learner batch layout."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

from opencme.providers.models import Provider
from opencme.reporting import rules
from opencme.reporting.exporters.base import CHUNK, Batch, Exporter, Scope, register
from opencme.reporting.exporters.queries import (
    ActivityFacts,
    Memo,
    as_decimal,
    chunks,
    obligations_in_scope,
    stored_day,
    us_date,
)
from opencme.reporting.rules import RowProblem

# The learner's board ids come joined to each obligation (a row per board id, none when the
# learner holds none), so rows of one obligation are adjacent in the id-ordered walk.
FIELDS = (
    "id",
    "claim_id",
    "activity_id",
    "provider_id",
    "learner__email",
    "learner__profile__legal_name",
    "learner__profile__birth_month",
    "learner__profile__birth_day",
    "learner__profile__consent_pars",
    "claim__credit_type",
    "claim__amount",
    "day",  # completed_on, see stored_day
    "learner__profile__board_ids__board",
    "learner__profile__board_ids__identifier",
)
BOARD = len(FIELDS) - 2
NAMES_KEPT = 50_000  # split names remembered, at most (a few MB)

Moc = tuple[list[str], list[tuple[str, Decimal | None, str]]]


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

    def batches(self, scope: Scope) -> Iterator[Batch]:
        """A tight loop per obligation: what depends on the activity (its boards, their credit
        types) is worked out once; an obligation that passes the cheap tests of ``rules`` is
        written at once, and only one that fails them goes through the checks that say what is
        wrong."""
        facts = ActivityFacts()
        amounts = Memo(as_decimal)
        days = Memo(us_date)

        def activity_moc(activity_id: int) -> Moc:
            moc = facts.moc[activity_id]
            return [m[0] for m in moc], [(b, p, "; ".join(k)) for b, p, k in moc]

        mocs = Memo(activity_moc)
        # The provider's accreditation id, looked up once per provider instead of joined per row.
        accreditation = Memo(
            lambda pk: Provider.objects.filter(pk=pk).values_list("accreditation_id", flat=True)[0]
        )
        maximum = facts.maximum
        learner_ready, amount_within = rules.learner_ready, rules.amount_within
        names = Memo(rules.split_name)  # a learner's claims share the name
        qs = (
            obligations_in_scope(scope, self.destination)
            .annotate(day=stored_day("completed_on"))
            .values_list(*FIELDS)
        )
        batch = Batch()
        for row, held in _with_board_ids(qs, facts):
            (_, _, activity_id, provider_id, _, name, month, day, consent,
             code, amount, completed_on, _, _) = row  # fmt: skip
            provider_number = accreditation[provider_id]
            amount = amounts[amount]
            boards, moc = mocs[activity_id]
            most = maximum.get((activity_id, code))
            if not (
                provider_number
                and learner_ready(consent, name, month, day)
                and amount_within(amount, most)
                and (not boards or any(map(held.get, boards)))
            ):
                problems = _problems(row, provider_number, amount, most, boards, held)
                if problems:
                    batch.problems += problems
                    continue
            first, last = names[name]
            done = days[completed_on]
            if not moc:
                batch.rows.append(
                    (provider_number, activity_id, "", first, last, month, day, "", done, "", "",
                     amount)
                )  # fmt: skip
            for board, points, kinds in moc:
                if not held.get(board):
                    continue  # the learner is not certified by this board
                earned = min(amount, points) if points is not None else amount
                batch.rows.append(
                    (provider_number, activity_id, held[board], first, last, month, day, board,
                     done, earned, kinds, amount)
                )  # fmt: skip
            batch.settled += 1
            if len(batch.rows) >= CHUNK:
                yield batch
                batch = Batch()
                if len(names) > NAMES_KEPT:
                    names.clear()
        yield batch


def _with_board_ids(
    qs: Any, facts: ActivityFacts
) -> Iterator[tuple[tuple[Any, ...], dict[str, str]]]:
    """Each obligation's row with the learner's board ids (board -> identifier), the
    activities of each chunk loaded into ``facts`` before its rows are given."""
    current: tuple[Any, ...] | None = None
    held: dict[str, str] = {}
    for chunk in chunks(qs):
        facts.load({r[2] for r in chunk})
        for row in chunk:
            if current is not None and row[0] == current[0]:
                if row[BOARD + 1]:
                    held[row[BOARD]] = row[BOARD + 1]
                continue
            if current is not None:
                yield current, held
            current = row
            held = {row[BOARD]: row[BOARD + 1]} if row[BOARD + 1] else {}
    if current is not None:
        yield current, held


def _problems(
    row: tuple[Any, ...],
    provider_number: str,
    amount: Decimal,
    maximum: Decimal | None,
    boards: list[str],
    held: dict[str, str],
) -> list[RowProblem]:
    """What is wrong with one obligation's record, each problem carrying the obligation."""
    key, claim_id, _, _, email, name, month, day, consent, *_ = row
    facts = rules.ClaimFacts(
        claim_id=claim_id,
        learner=name or email,
        amount=amount,
        maximum=maximum,
        legal_name=name or "",
        birth_month=month,
        birth_day=day,
        consent=bool(consent),
    )
    problems = rules.check_pars_row(facts, activity_boards=boards, learner_boards=held)
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
    return [replace(p, key=key) for p in problems]
