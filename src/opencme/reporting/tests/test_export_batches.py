"""Learner files at the edges: several MOC boards, held rows between written ones, repeat runs.

These pin what the streaming exporters write and mark, whatever their internals: the rows in
obligation order (a row per board the learner holds, in the activity's MOC order), every
problem in order, and exactly the written obligations marked exported.
"""

from __future__ import annotations

import io
from decimal import Decimal
from xml.etree import ElementTree as ET

import pytest
from openpyxl import load_workbook

from opencme.accounts.services import update_profile
from opencme.core import clock
from opencme.reporting import services
from opencme.reporting.batches import submit_batch
from opencme.reporting.models import ExportBatch, ReportObligation
from opencme.reporting.services import run_export
from opencme.reporting.tests import data

pytestmark = pytest.mark.django_db

TWO_BOARDS = [
    {"board": "ABIM", "points": 1.0, "credit_types": ["Medical Knowledge"]},
    {
        "board": "ABP",
        "points": 1.25,  # at most the AMA credit designated (the publish check)
        "credit_types": ["Lifelong Learning and Self-Assessment", "Quality Improvement"],
    },
]


def _export(name: str, fmt: str, provider, **kw):
    out = io.BytesIO()
    result, batch = run_export(
        name=name,
        actor=None,
        out=out,
        provider=provider,
        provider_ids=frozenset({provider.pk}),
        fmt=fmt,
        **kw,
    )
    return out.getvalue().decode(), result, batch


def test_pars_learners_rows_per_held_board_and_problems_between_them():
    provider = data.provider()
    activity = data.activity(provider, moc=TWO_BOARDS)
    both = data.learner(
        data.PHYSICIAN,
        legal_name="Ann Both",
        board_ids=[{"board": "ABP", "identifier": "P-1"}, {"board": "ABIM", "identifier": "111"}],
    )
    none = data.learner(data.PHYSICIAN, legal_name="Nia None", board_ids=[])
    abp = data.learner(
        data.PHYSICIAN, legal_name="Pat Abp", board_ids=[{"board": "ABP", "identifier": "P-2"}]
    )
    shy = data.learner(data.PHYSICIAN, legal_name="Sy Shy", consent_pars=False)
    claims = [data.claim(u, activity, "AMA_PRA_1", "1.25") for u in (both, none, abp, shy)]
    day = clock.today().strftime("%m/%d/%Y")
    common = ["JA0000001", str(activity.pk)]

    body, result, batch = _export("pars-learners", "txt", provider)

    assert [line.split("\t") for line in body.split("\r\n")[:-1]] == [
        [*common, "111", "Ann", "Both", "9", "23", "ABIM", day, "1.00", "Medical Knowledge",
         "1.25"],
        [*common, "P-1", "Ann", "Both", "9", "23", "ABP", day, "1.25",
         "Lifelong Learning and Self-Assessment; Quality Improvement", "1.25"],
        [*common, "P-2", "Pat", "Abp", "9", "23", "ABP", day, "1.25",
         "Lifelong Learning and Self-Assessment; Quality Improvement", "1.25"],
    ]  # fmt: skip
    assert [(p.claim_id, p.learner, p.field) for p in result.problems] == [
        (claims[1].pk, "Nia None", "board_id"),
        (claims[3].pk, "Sy Shy", "consent"),
    ]
    assert result.rows == 3
    assert (batch.row_count, batch.problem_count) == (3, 2)
    exported = set(ReportObligation.objects.filter(batch=batch).values_list("claim_id", flat=True))
    assert exported == {claims[0].pk, claims[2].pk}
    assert not ReportObligation.objects.filter(
        claim__in=[claims[1], claims[3]], exported_at__isnull=False
    ).exists()


@pytest.mark.parametrize("held_per_update", [1, 2, 500])
def test_cpe_monitor_marks_written_rows_and_keeps_held_ones_for_the_next_run(
    held_per_update, monkeypatch
):
    # Held ids are left out of the marking UPDATE a bounded number at a time.
    monkeypatch.setattr(services, "HELD_PER_UPDATE", held_per_update)
    provider = data.provider()
    activity = data.activity(provider)
    learners = [data.learner(data.PHARMACIST, legal_name=f"Pharm {i}") for i in range(5)]
    claims = [data.claim(u, activity, "ACPE", "1.00") for u in learners]
    for i in (1, 3, 4):  # IDs removed after claiming: these are held back
        update_profile(user=learners[i], actor=learners[i], changes={"nabp_eprofile_id": ""})

    body, result, first = _export("cpe-monitor", "csv", provider)
    assert len(body.splitlines()) == 1 + 2
    assert [p.claim_id for p in result.problems] == [claims[1].pk, claims[3].pk, claims[4].pk]
    assert set(ReportObligation.objects.filter(batch=first).values_list("claim_id", flat=True)) == {
        claims[0].pk,
        claims[2].pk,
    }

    update_profile(user=learners[3], actor=learners[3], changes={"nabp_eprofile_id": "7654321"})
    body, result, second = _export("cpe-monitor", "csv", provider)
    assert body.splitlines()[1].startswith("7654321,")
    assert len(body.splitlines()) == 2
    assert [p.claim_id for p in result.problems] == [claims[1].pk, claims[4].pk]
    assert list(
        ReportObligation.objects.filter(batch=second).values_list("claim_id", flat=True)
    ) == [claims[3].pk]

    # Asked for again while both batches are open: a claim is never in two open batches.
    _body, again, third = _export("cpe-monitor", "csv", provider, include_exported=True)
    assert again.rows == 0
    assert ReportObligation.objects.filter(batch=third).count() == 0
    # Once submitted, their rows can be written again; they stay in the batch that reported them.
    for batch in (first, second):
        submit_batch(batch=batch, actor=None, submitted_on=clock.today())
    _body, again, fourth = _export("cpe-monitor", "csv", provider, include_exported=True)
    assert again.rows == 3
    assert ReportObligation.objects.filter(batch=fourth).count() == 0
    assert ReportObligation.objects.filter(batch__in=[first, second]).count() == 3
    assert ExportBatch.objects.filter(name="cpe-monitor").count() == 4


def test_pars_learners_cells_cannot_break_columns_or_run_as_formulas():
    provider = data.provider()
    activity = data.activity(provider)
    odd = data.learner(
        data.PHYSICIAN,
        legal_name="=SUM(1) Evil",
        board_ids=[{"board": "ABIM", "identifier": "12\t34\r\n5"}],
    )
    data.claim(odd, activity, "AMA_PRA_1", "1.25")

    body, _, batch = _export("pars-learners", "txt", provider, every_format=True)
    [line] = body.split("\r\n")[:-1]
    cells = line.split("\t")
    assert len(cells) == 12
    assert cells[2:5] == ["12 34  5", "'=SUM(1)", "Evil"]  # neutralised, as in CSV and XLSX

    assert "'=SUM(1)" in services.batch_file(batch, "csv").read_text()


def test_pars_learners_hold_rows_of_a_provider_without_accreditation_id():
    provider = data.provider()
    activity = data.activity(provider)
    claim = data.claim(data.learner(data.PHYSICIAN), activity, "AMA_PRA_1", "1.25")
    type(provider).objects.filter(pk=provider.pk).update(accreditation_id="")

    body, result, batch = _export("pars-learners", "txt", provider)

    assert body == ""
    assert [(p.claim_id, p.field) for p in result.problems] == [
        (claim.pk, "provider.accreditation_id")
    ]
    assert not ReportObligation.objects.filter(batch=batch).exists()


def test_pars_learners_xlsx_and_xml_carry_the_same_rows():
    provider = data.provider()
    activity = data.activity(provider, moc=TWO_BOARDS)
    both = data.learner(
        data.PHYSICIAN,
        legal_name="Ann Both",
        board_ids=[{"board": "ABP", "identifier": "P-1"}, {"board": "ABIM", "identifier": "111"}],
    )
    data.claim(both, activity, "AMA_PRA_1", "1.25")

    out = io.BytesIO()
    result, batch = run_export(
        name="pars-learners", actor=None, out=out, provider=provider,
        provider_ids=frozenset({provider.pk}), fmt="xlsx", every_format=True,
    )  # fmt: skip
    sheet = load_workbook(io.BytesIO(out.getvalue()), read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert [r[2] for r in rows[1:]] == ["111", "P-1"]
    assert [Decimal(str(r[9])) for r in rows[1:]] == [Decimal("1.00"), Decimal("1.25")]

    body = services.batch_file(batch, "xml").read_text()  # the same batch, kept
    root = ET.fromstring(body)  # noqa: S314 - our own file, just written
    assert [row.findtext("board") for row in root.findall("row")] == ["ABIM", "ABP"]
    assert result.rows == 2
