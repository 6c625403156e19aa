"""Where a learner's claim is reported, said to the learner: pending with its deadline,
overdue, in a provider's batch not yet submitted, reported (its batch submitted) with the
date, or not reported and why.

Registered as the ``reporting`` claim annotator (``credits.hooks``): the transcript page, its
CSV and PDF, and the public transcript verification show these lines. "Reported" means what
OpenCME knows: the provider marked the batch that carried the claim as submitted to the
registry (``ReportObligation.reported_on``); a batch made but not submitted is only "in the
provider's batch N", and the deadline still applies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from django.utils import timezone

from opencme.credits.transcript import day_text
from opencme.reporting import rules
from opencme.reporting.selectors import reporting_status_for_claims

NOT_REPORTED = "not_reported"
SHORT = {
    rules.PENDING: "Pending",
    rules.OVERDUE: "Overdue",
    rules.EXPORTED: "Reported",
    NOT_REPORTED: "Not reported",
}


@dataclass(frozen=True)
class ReportLine:
    status: str  # pending, overdue, exported or not_reported
    destination: str  # "PARS", "CPE_MONITOR" or ""
    text: str

    @property
    def short(self) -> str:
        return SHORT[self.status]


def line_for(row: dict[str, object]) -> ReportLine:
    """One destination's status (a row of ``reporting_status_for_claims``) as a sentence."""
    label, status = str(row["label"]), str(row["status"])
    due = row["due_on"]
    assert isinstance(due, dt.date)
    reported_on = row.get("reported_on")
    moment = row.get("exported_at")
    in_batch = ""
    if row.get("batch_id") and isinstance(moment, dt.datetime):
        in_batch = (
            f"; in the provider's batch {row['batch_id']} on "
            f"{day_text(timezone.localdate(moment))}, not yet submitted"
        )
    if status == rules.EXPORTED and isinstance(reported_on, dt.date):
        text = f"Reported to {label} on {day_text(reported_on)}"
    elif status == rules.OVERDUE:
        text = f"Overdue: the provider was to report it to {label} by {day_text(due)}{in_batch}"
    else:
        text = f"Pending: the provider reports it to {label} by {day_text(due)}{in_batch}"
    return ReportLine(status, str(row["destination"]), text)


NOT_REPORTED_LINE = ReportLine(
    NOT_REPORTED,
    "",
    "Not reported: no registry receives this credit type from this site; "
    "keep the certificate as your record",
)


def report_lines_for_claims(claim_ids: Sequence[int]) -> dict[int, list[ReportLine]]:
    """The claim annotator: each claim's lines, one per destination, or the one line saying
    it is reported nowhere."""
    return {
        claim_id: [line_for(row) for row in found] or [NOT_REPORTED_LINE]
        for claim_id, found in reporting_status_for_claims(claim_ids).items()
    }
