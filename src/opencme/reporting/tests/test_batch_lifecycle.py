"""A batch from made to submitted or withdrawn: claims are "in batch N" until submitted, never in
two open batches, freed by a withdrawal; every kept format of one batch holds the same rows."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from openpyxl import load_workbook

from opencme.core import clock
from opencme.core.errors import ValidationFailed
from opencme.core.models import AuditEvent
from opencme.reporting import rules
from opencme.reporting.batches import submit_batch, withdraw_batch
from opencme.reporting.claim_status import report_lines_for_claims
from opencme.reporting.models import BatchStatus, ReportObligation
from opencme.reporting.selectors import deadlines_for
from opencme.reporting.services import batch_file, run_export
from opencme.reporting.tests import data

pytestmark = pytest.mark.django_db


@pytest.fixture
def pharmacy():
    provider = data.provider()
    activity = data.activity(provider)
    claims = [
        data.claim(data.learner(data.PHARMACIST, legal_name=f"Pharm {i}"), activity, "ACPE")
        for i in range(3)
    ]
    return provider, claims


def _batch(provider, **kw):
    return run_export(
        name="cpe-monitor", actor=None, out=None, provider=provider,
        provider_ids=frozenset({provider.pk}), every_format=True, **kw,
    )  # fmt: skip


def test_every_format_of_one_batch_holds_the_same_rows(pharmacy):
    provider, claims = pharmacy
    result, batch = _batch(provider)
    assert result.rows == 3
    assert set(batch.files) == {"csv", "xlsx", "xml"}
    with batch_file(batch, "csv").open(newline="") as f:
        from_csv = [row for row in csv.reader(f)][1:]
    sheet = load_workbook(batch_file(batch, "xlsx"), read_only=True).active
    from_xlsx = [
        ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
    ][1:]
    root = ET.parse(batch_file(batch, "xml")).getroot()  # noqa: S314 - our own file
    from_xml = [[(cell.text or "") for cell in row] for row in root]
    assert len(from_csv) == 3
    assert from_csv == from_xlsx == from_xml
    # Kept: downloading it again tomorrow gives the same bytes, whatever changed since.
    kept = batch_file(batch, "csv").read_bytes()
    data.claim(data.learner(data.PHARMACIST, legal_name="Later"), claims[0].activity, "ACPE")
    assert batch_file(batch, "csv").read_bytes() == kept


def test_no_claim_is_in_two_open_batches(pharmacy):
    provider, _ = pharmacy
    _, first = _batch(provider)
    again, second = _batch(provider)
    assert again.rows == 0
    also, third = _batch(provider, include_exported=True)  # not even when asked for again
    assert also.rows == 0
    assert ReportObligation.objects.filter(batch=first).count() == 3
    assert not ReportObligation.objects.filter(batch__in=[second, third]).exists()


def test_withdrawn_batch_frees_its_claims_for_the_next(pharmacy):
    provider, _claims = pharmacy
    _, first = _batch(provider)
    withdraw_batch(batch=first, actor=None)
    first.refresh_from_db()
    assert first.status == BatchStatus.WITHDRAWN
    assert not ReportObligation.objects.filter(batch=first).exists()
    assert not ReportObligation.objects.filter(exported_at__isnull=False).exists()
    result, second = _batch(provider)
    assert result.rows == 3
    assert ReportObligation.objects.filter(batch=second).count() == 3
    with pytest.raises(ValidationFailed) as refused:
        submit_batch(batch=first, actor=None, submitted_on=clock.today())
    expected = {"submitted_on": [f"batch {first.pk} is already withdrawn"]}
    assert refused.value.as_dict() == expected
    assert AuditEvent.objects.filter(action="reporting.batch.withdrawn").count() == 1


def test_claims_count_as_reported_only_once_submitted(pharmacy):
    provider, claims = pharmacy
    today = clock.today()
    ReportObligation.objects.update(due_on=today - dt.timedelta(days=1))
    _, batch = _batch(provider)
    ids = frozenset({provider.pk})
    d = deadlines_for(ids)
    # In a batch, still overdue: it stays in view until the batch is submitted.
    assert len(d.overdue) == 3
    assert d.counts["CPE_MONITOR"]["in_batch"] == 3
    [line] = report_lines_for_claims([claims[0].pk])[claims[0].pk]
    assert line.status == rules.OVERDUE
    assert f"in the provider's batch {batch.pk} on" in line.text
    assert "not yet submitted" in line.text

    submit_batch(batch=batch, actor=None, submitted_on=today, confirmation=" CPE-123 ")
    batch.refresh_from_db()
    assert (batch.status, batch.confirmation) == (BatchStatus.SUBMITTED, "CPE-123")
    d = deadlines_for(ids)
    assert d.overdue == []
    assert d.counts["CPE_MONITOR"]["reported"] == 3
    [line] = report_lines_for_claims([claims[0].pk])[claims[0].pk]
    assert line.status == rules.EXPORTED
    assert line.text.startswith("Reported to NABP CPE Monitor on ")
    with pytest.raises(ValidationFailed):
        withdraw_batch(batch=batch, actor=None)  # submitted: stays
    assert AuditEvent.objects.filter(action="reporting.batch.submitted").count() == 1


def test_submit_checks_date_and_confirmation_beside_their_fields(pharmacy):
    provider, _ = pharmacy
    _, batch = _batch(provider)
    cases: list[tuple[dict[str, Any], str]] = [
        ({"submitted_on": None}, "submitted_on"),
        ({"submitted_on": clock.today() + dt.timedelta(days=1)}, "submitted_on"),
        ({"submitted_on": clock.today() - dt.timedelta(days=9)}, "submitted_on"),
        ({"submitted_on": clock.today(), "confirmation": "9" * 61}, "confirmation"),
    ]
    for kw, field in cases:
        with pytest.raises(ValidationFailed) as refused:
            submit_batch(batch=batch, actor=None, **kw)
        assert list(refused.value.as_dict()) == [field]
    batch.refresh_from_db()
    assert batch.status == BatchStatus.OPEN
    assert not ReportObligation.objects.filter(reported_on__isnull=False).exists()


def test_export_to_a_stream_keeps_its_file_too(pharmacy):
    provider, _ = pharmacy
    out = io.BytesIO()
    _, batch = run_export(
        name="cpe-monitor", actor=None, out=out, provider=provider,
        provider_ids=frozenset({provider.pk}), fmt="xlsx",
    )  # fmt: skip
    assert list(batch.files) == ["xlsx"]
    assert batch_file(batch, "xlsx").read_bytes() == out.getvalue()
    assert len(batch.problems) == batch.problem_count


def test_an_export_racing_another_marks_nothing(pharmacy):
    """What a second export running at the same moment would meet: the rows it wrote were
    taken by another batch before it could mark them. It refuses (rolled back) rather than
    put a claim in two batches."""
    from django.db import transaction

    from opencme.reporting.exporters import Scope, exporter_get, write_export
    from opencme.reporting.models import ExportBatch
    from opencme.reporting.services import _mark_exported

    provider, _ = pharmacy
    scope = Scope(frozenset({provider.pk}), clock.today())
    written = write_export(exporter_get("cpe-monitor"), scope, "csv", io.BytesIO())
    assert written.settled == 3
    _, other = _batch(provider)  # the other export wins the race
    late = ExportBatch.objects.create(name="cpe-monitor", format="csv", created_at=clock.now())
    with pytest.raises(RuntimeError, match="nothing was marked"), transaction.atomic():
        _mark_exported(written, scope=scope, destination="CPE_MONITOR", batch=late, at=clock.now())
    assert ReportObligation.objects.filter(batch=other).count() == 3
    assert not ReportObligation.objects.filter(batch=late).exists()
