"""The transcript as CSV: the rows and totals of the page, with headers people read. Codes
(the credit type's, the certificate's) sit in columns of their own beside the names."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse

from opencme.core.csvsafe import safe_cell
from opencme.credits.transcript import TranscriptView

HEADER = [
    "Completed",
    "Claimed",
    "Activity",
    "Provider",
    "Activity dates",
    "Credit type",
    "Amount",
    "Unit",
    "Credit type code",
    "Certificate code",
    "Certificate status",
    "Verification page",
    "Reporting",
]


def transcript_view_csv(view: TranscriptView) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for row in view.rows:
        cert = row.certificate
        writer.writerow(
            [
                row.completed_on.isoformat(),
                row.claimed_on.isoformat(),
                safe_cell(row.activity),
                safe_cell(row.provider),
                row.activity_dates,
                row.credit_name,
                row.amount_text,
                row.unit,
                row.credit_type,
                cert.code if cert else "",
                cert.status_text if cert else _no_certificate(row),
                cert.verify_address if cert else "",
                "; ".join(line.text for line in row.reporting),
            ]
        )
    writer.writerow([])
    for total in view.totals:
        writer.writerow(
            [
                "Total",
                "",
                "",
                "",
                "",
                total.credit_name,
                total.amount_text,
                total.unit,
                total.credit_type,
                "",
                "",
                "",
                "",
            ]
        )
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="opencme-transcript.csv"'
    return response


def _no_certificate(row: object) -> str:
    earlier = getattr(getattr(row, "certificates", None), "earlier", [])
    return earlier[0].status_text if earlier else "No certificate"
