"""NABP CPE Monitor: one row per pharmacist or technician ACPE claim."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from opencme.accreditation.selectors import rulebook_get
from opencme.reporting import rules
from opencme.reporting.exporters.base import Batch, Exporter, Scope, register
from opencme.reporting.exporters.queries import (
    ActivityFacts,
    Memo,
    as_decimal,
    chunks,
    obligations_in_scope,
    stored_day,
    us_date,
)

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
    "day",  # completed_on, see stored_day
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

    def batches(self, scope: Scope) -> Iterator[Batch]:
        """A tight loop per obligation: what depends on the activity (its UAN for the learner's
        audience, whether that UAN fits, the provider number) is worked out once per activity
        and profession; a row that passes the cheap tests of ``rules`` is written at once, and
        only a row that fails them goes through the checks that say what is wrong."""
        pattern = rulebook_get(on=scope.today).uan_pattern
        facts = ActivityFacts()
        amounts = Memo(as_decimal)
        days = Memo(us_date)
        mmdd = Memo(lambda md: f"{md[0]:02d}{md[1]:02d}")

        def per_audience(key: tuple[int, str]) -> tuple[str, bool, str]:
            uan = choose_uan(facts.uans[key[0]], key[1] or "")
            return uan, rules.uan_fits(uan, key[1] or "", pattern), rules.provider_number(uan)

        audiences = Memo(per_audience)
        learner_ready, amount_within, nabp_id_ok = (
            rules.learner_ready,
            rules.amount_within,
            rules.nabp_id_ok,
        )
        maximum = facts.maximum
        qs = (
            obligations_in_scope(scope, self.destination)
            .annotate(day=stored_day("completed_on"))
            .values_list(*FIELDS)
        )
        for chunk in chunks(qs):
            facts.load({r[2] for r in chunk})
            batch = Batch()
            add = batch.rows.append
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
                amount = amounts[amount]
                uan, uan_ok, provider_number = audiences[activity_id, profession]
                most = maximum.get((activity_id, code))
                if not (
                    uan_ok
                    and learner_ready(consent, name, month, day)
                    and nabp_id_ok(nabp)
                    and amount_within(amount, most)
                ):
                    problems = rules.check_cpe_row(
                        rules.ClaimFacts(
                            claim_id=claim_id,
                            learner=name or email,
                            amount=amount,
                            maximum=most,
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
                        batch.problems += [replace(p, key=key) for p in problems]
                        continue
                add((nabp, mmdd[month, day], uan, days[completed_on], amount, provider_number))
            batch.settled = len(batch.rows)  # one row per obligation
            yield batch
