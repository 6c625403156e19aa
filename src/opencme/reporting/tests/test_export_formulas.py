"""Text from learners never reaches a spreadsheet as a formula, in any file format."""

from __future__ import annotations

import csv
import io

import pytest
from openpyxl import load_workbook

from opencme.reporting.exporters import base
from opencme.reporting.tests import data
from opencme.reporting.tests.test_exporters import export

SLY = '=HYPERLINK("https://evil.example/x") Evil'


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["txt", "csv", "xlsx"])
def test_pars_learners_name_cannot_run_as_a_formula(fmt):
    provider = data.provider()
    activity = data.activity(provider, moc=[])
    sly = data.learner(data.PHYSICIAN, legal_name=SLY)
    data.claim(sly, activity, "AMA_PRA_1", "1.00")
    body, result = export("pars-learners", fmt, provider)
    assert result.rows == 1
    if fmt == "txt":
        (row,) = [line.split("\t") for line in body.decode().split("\r\n") if line]
    elif fmt == "csv":
        row = list(csv.reader(io.StringIO(body.decode())))[1]
    else:
        sheet = load_workbook(io.BytesIO(body), read_only=True).active
        row = [str(v) for v in next(sheet.iter_rows(min_row=2, values_only=True))]
    first = row[3]
    assert first == "'" + SLY.rsplit(" ", 1)[0]
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in row)


def test_tab_delimited_writer_guards_every_text_cell_and_leaves_numbers():
    class Rows(base.Exporter):
        name = "probe"
        title = "probe"
        columns = ("a", "b", "c", "d")
        formats = ("txt",)

        def batches(self, scope):
            yield base.Batch(rows=[("+1 555", -3, "@SUM(A1)", "fine"), ("-x", "a\t=b", "", None)])

    out = io.BytesIO()
    scope = base.Scope(None, __import__("datetime").date(2026, 1, 1))
    base.write_export(Rows(), scope, "txt", out)
    assert out.getvalue().decode().split("\r\n") == [
        "'+1 555\t-3\t'@SUM(A1)\tfine",
        "'-x\ta =b\t\t",
        "",
    ]
