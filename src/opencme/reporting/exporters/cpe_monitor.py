"""NABP CPE Monitor: one row per pharmacist or technician ACPE claim."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from opencme.accreditation.selectors import rulebook_get
from opencme.reporting import rules
from opencme.reporting.exporters.base import Exporter, Row, Scope, register
from opencme.reporting.exporters.queries import (
    ActivityFacts,
    as_amount,
    chunks,
    obligations_in_scope,
    us_date,
)
from opencme.reporting.rules import RowProblem

FIELDS = (
    "id",
    "claim_id",
    "activity_id",
    "learner__email",
    "learner__profile__legal_name",
    "learner__profile__profession",
    "learner__profile__nabp_eprofile_id",
    "learner__profile__birth_month",
    "learner__profile__birth_day",
    "learner__profile__consent_cpe_monitor",
    "claim__credit_type",
    "claim__amount",
    "completed_on",
)


def choose_uan(uans: list[str], profession: str) -> str:
    """The activity's UAN for the learner's audience (-P pharmacists, -T technicians)."""
    suffix = "-" + rules.PHARMACY_PROFESSIONS.get(profession, "P")
    return next((u for u in uans if u.endswith(suffix)), uans[0] if uans else "")


@register
class CpeMonitorExporter(Exporter):
    name = "cpe-monitor"
    title = "CPE Monitor pharmacy credit"
    description = "Each pharmacist or technician ACPE claim for NABP CPE Monitor (60-day deadline)."
    destination = "CPE_MONITOR"
    columns = (
        "nabp_eprofile_id",
        "birth_mmdd",
        "uan",
        "participation_date",
        "credit_hours",
        "provider_number",
    )
    formats = ("csv", "xlsx", "xml")

    def items(self, scope: Scope) -> Iterator[Row | RowProblem]:
        pattern = rulebook_get(on=scope.today).uan_pattern
        facts = ActivityFacts()
        uans: dict[tuple[int, str], str] = {}
        rows = obligations_in_scope(scope, self.destination).values_list(*FIELDS)
        for chunk in chunks(rows):
            facts.load(r[2] for r in chunk)
            for (
                key,
                claim_id,
                activity_id,
                email,
                name,
                profession,
                nabp,
                month,
                day,
                consent,
                code,
                amount,
                completed_on,
            ) in chunk:
                amount = as_amount(amount)
                uan = uans.get((activity_id, profession), "")
                if not uan:
                    uan = uans[activity_id, profession] = choose_uan(
                        facts.uans[activity_id], profession
                    )
                problems = rules.check_cpe_row(
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
                    nabp_eprofile_id=nabp or "",
                    profession=profession or "",
                    uan=uan,
                    uan_pattern=pattern,
                )
                if problems:
                    yield from (replace(p, key=key) for p in problems)
                    continue
                yield Row(
                    (
                        nabp,
                        f"{month:02d}{day:02d}",
                        uan,
                        us_date(completed_on),
                        amount,
                        rules.provider_number(uan),
                    ),
                    key,
                )
