"""The transcript as CSV."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse

from opencme.core.csvsafe import safe_cell
from opencme.credits.selectors import Transcript


def transcript_csv(transcript: Transcript) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["date", "activity", "provider", "credit_type", "amount", "unit"])
    for claim in transcript.claims:
        writer.writerow(
            [
                claim.claimed_at.date().isoformat(),
                safe_cell(claim.activity.title),
                safe_cell(claim.activity.provider.name),
                claim.credit_type,
                claim.amount,
                claim.unit,
            ]
        )
    writer.writerow([])
    for code, total in transcript.totals.items():
        writer.writerow(["total", "", "", code, total, ""])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="opencme-transcript.csv"'
    return response
