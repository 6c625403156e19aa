"""Each exporter's file read back and compared with the rows expected; problems held back."""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from xml.etree import ElementTree as ET

import pytest
from openpyxl import load_workbook

from opencme.accounts.services import update_profile
from opencme.core import clock
from opencme.ingest.loader import ALL_CONFIRMED, import_file
from opencme.reporting.batches import submit_batch
from opencme.reporting.exporters import ExportResult, mems
from opencme.reporting.models import ExportBatch, ReportObligation
from opencme.reporting.services import run_export
from opencme.reporting.tests import data
from opencme.reporting.tests.schema import metrics_schema
from opencme.web.demo.loader import LISTINGS

pytestmark = pytest.mark.django_db


def export(name: str, fmt: str = "", provider=None, **kw) -> tuple[bytes, ExportResult]:
    out = io.BytesIO()
    ids = frozenset({provider.pk}) if provider else None
    result, _ = run_export(
        name=name, actor=None, out=out, provider=provider, provider_ids=ids, fmt=fmt, **kw
    )
    return out.getvalue(), result


@pytest.fixture
def world():
    provider = data.provider()
    activity = data.activity(provider)
    physician = data.learner(data.PHYSICIAN)
    pharmacist = data.learner(data.PHARMACIST)
    ama = data.claim(physician, activity, "AMA_PRA_1", "1.25")
    acpe = data.claim(pharmacist, activity, "ACPE", "1.00")
    return provider, activity, physician, pharmacist, ama, acpe


def _day(claim) -> str:
    return clock.today().strftime("%m/%d/%Y")


def test_cpe_monitor_csv_holds_the_expected_row(world):
    provider, _activity, _, _, _, acpe = world
    body, result = export("cpe-monitor", "csv", provider)
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert rows == [
        [
            "nabp_eprofile_id",
            "birth_mmdd",
            "uan",
            "participation_date",
            "credit_hours",
            "provider_number",
        ],
        ["1234567", "0417", data.UAN, _day(acpe), "1.00", "JA0000001"],
    ]
    assert result.problems == []


def test_cpe_monitor_xlsx_read_back_with_openpyxl(world):
    provider, *_ = world
    body, _ = export("cpe-monitor", "xlsx", provider)
    sheet = load_workbook(io.BytesIO(body), read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == "nabp_eprofile_id"
    assert rows[1][:3] == ["1234567", "0417", data.UAN]
    assert Decimal(str(rows[1][4])) == Decimal("1.00")
    assert len(rows) == 2


def test_cpe_monitor_xml_read_back(world):
    provider, *_ = world
    body, _ = export("cpe-monitor", "xml", provider)
    root = ET.fromstring(body)  # noqa: S314 - our own file, just written
    assert root.tag == "export"
    assert root.get("name") == "cpe-monitor"
    [row] = root.findall("row")
    assert row.findtext("nabp_eprofile_id") == "1234567"
    assert row.findtext("uan") == data.UAN
    assert row.findtext("provider_number") == "JA0000001"


def test_pars_learners_tab_delimited_one_row_per_board(world):
    provider, activity, _physician, _, ama, _ = world
    body, result = export("pars-learners", "", provider)
    lines = body.decode().split("\r\n")
    assert lines[-1] == ""
    assert [line.split("\t") for line in lines[:-1]] == [
        ["JA0000001", str(activity.pk), "123456", "Dana Q", "Whitfield", "9", "23", "ABIM",
         _day(ama), "1.00", "Medical Knowledge", "1.25"],
    ]  # fmt: skip
    assert result.rows == 1
    assert result.problems == []


def test_pars_learners_csv_has_a_header_and_cme_only_rows_without_moc():
    provider = data.provider()
    activity = data.activity(provider, moc=[])
    physician = data.learner(data.PHYSICIAN)
    data.claim(physician, activity, "AMA_PRA_1", "1.00")
    body, _ = export("pars-learners", "csv", provider)
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(rows) == 1
    assert rows[0]["board"] == ""
    assert rows[0]["board_id"] == ""
    assert rows[0]["ama_credit"] == "1.00"


def test_missing_eprofile_id_is_a_problem_and_not_in_the_file(world):
    provider, activity, *_ = world
    # The claim service refuses ACPE credit without an ID, so this learner claimed with one and
    # removed it from their profile before the export.
    nobody = data.learner(data.PHARMACIST, legal_name="Ana Ruiz")
    held = data.claim(nobody, activity, "ACPE", "1.25")
    update_profile(user=nobody, actor=nobody, changes={"nabp_eprofile_id": ""})
    body, result = export("cpe-monitor", "csv", provider)
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert len(rows) == 2  # header and the one good row
    assert [(p.claim_id, p.learner, p.field) for p in result.problems] == [
        (held.pk, "Ana Ruiz", "nabp_eprofile_id")
    ]
    assert "NABP e-Profile ID" in result.problems[0].fix
    still = ReportObligation.objects.get(claim=held, destination="CPE_MONITOR")
    assert still.exported_at is None  # held back, still pending
    batch = ExportBatch.objects.get(name="cpe-monitor")
    assert (batch.row_count, batch.problem_count) == (1, 1)


def test_pars_learner_without_consent_or_board_id_is_listed(world):
    provider, activity, *_ = world
    shy = data.learner(data.PHYSICIAN, consent_pars=False, board_ids=[], legal_name="Li Wei")
    data.claim(shy, activity, "AMA_PRA_1", "1.25")
    _, result = export("pars-learners", "txt", provider)
    assert sorted(p.field for p in result.problems) == ["board_id", "consent"]
    assert {p.learner for p in result.problems} == {"Li Wei"}


def test_exported_rows_are_not_exported_twice_unless_asked(world):
    provider, *_ = world
    export("cpe-monitor", "csv", provider)
    _body, result = export("cpe-monitor", "csv", provider)
    assert result.rows == 0
    # Asked for again: not while its batch is open (never in two open batches), once submitted.
    _, again = export("cpe-monitor", "csv", provider, include_exported=True)
    assert again.rows == 0
    for batch in ExportBatch.objects.filter(name="cpe-monitor", row_count=1):
        submit_batch(batch=batch, actor=None, submitted_on=clock.today())
    _, again = export("cpe-monitor", "csv", provider, include_exported=True)
    assert again.rows == 1


def test_completions_csv_and_xlsx_list_every_current_claim(world):
    provider, _activity, physician, pharmacist, ama, acpe = world
    body, _ = export("completions", "csv", provider)
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert [(r["claim_id"], r["learner_email"], r["credit_type"], r["amount"]) for r in rows] == [
        (str(ama.pk), physician.email, "AMA_PRA_1", "1.25"),
        (str(acpe.pk), pharmacist.email, "ACPE", "1.00"),
    ]
    book, _ = export("completions", "xlsx", provider)
    sheet = load_workbook(io.BytesIO(book), read_only=True).active
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [ama.pk, acpe.pk]


def test_csv_cells_from_learners_cannot_run_as_formulas():
    provider = data.provider()
    activity = data.activity(provider)
    sly = data.learner(data.PHYSICIAN, legal_name="=HYPERLINK(1) Evil")
    data.claim(sly, activity, "AMA_PRA_1", "1.00")
    body, _ = export("completions", "csv", provider)
    assert "'=HYPERLINK(1) Evil" in body.decode()


def _metrics(body: bytes) -> list[ET.Element]:
    root = ET.fromstring(body)  # noqa: S314 - our own file, just written
    # ACCME's PARS Activity XML: a plain ACCMEActivities root (no namespace of ours, which PARS
    # would refuse) holding one MedBiquitous MedicalEducationMetrics per activity.
    assert root.tag == "ACCMEActivities"
    assert [child.tag for child in root] == [f"{{{mems.METRICS}}}MedicalEducationMetrics"] * len(
        root
    )
    return list(root)


def test_pars_activity_xml_validates_against_the_medbiquitous_schema(world):
    provider, activity, *_ = world
    body, _result = export("pars-activities", "xml", provider)
    [element] = _metrics(body)
    schema = metrics_schema()
    errors = list(schema.iter_errors(element))
    assert errors == [], errors[:1]
    ns = {"m": mems.METRICS, "hx": mems.HX, "oc": mems.OPENCME, "lom": mems.LOM}
    assert (
        element.findtext(
            ".//m:ParticipationMetrics/m:NumberOfParticipantsReceivingCredit", namespaces=ns
        )
        == "2"
    )
    assert element.findtext(".//oc:MocRegistration/oc:CreditType", namespaces=ns) == (
        "Medical Knowledge"
    )
    assert element.findtext(".//lom:general/lom:identifier/lom:entry", namespaces=ns) == str(
        activity.pk
    )


def test_pars_activity_xml_of_seed_003_carries_its_fields_and_validates():
    # a seed: its record is hand-checked, so nothing is held for review
    outcome = import_file(
        LISTINGS / "003_cd1b7cbbb4c31ee5.txt", actor=None, confirmed=ALL_CONFIRMED
    )
    body, _ = export("pars-activities", "xml")
    [element] = _metrics(body)
    assert metrics_schema().is_valid(element)
    ns = {"m": mems.METRICS, "hx": mems.HX, "oc": mems.OPENCME, "lom": mems.LOM}
    assert element.findtext(".//oc:ActivityType", namespaces=ns) == "Enduring Material"
    assert element.findtext(".//hx:activitySponsorship", namespaces=ns) == "direct"
    assert element.findtext(".//hx:commercialSupport", namespaces=ns) == "no"
    assert element.findtext(".//m:ChangesInCompetenceMeasured", namespaces=ns) == "true"
    assert element.findtext(".//oc:Registration", namespaces=ns) == "open"
    assert element.findtext(".//oc:Fee", namespaces=ns) == "Variable"
    location = element.findtext(".//lom:technical/lom:location", namespaces=ns) or ""
    assert location.startswith("https://www.statpearls.com/")
    boards = [
        (m.get("board"), m.get("points"), [k.text for k in m])
        for m in element.findall(".//oc:MocRegistration", ns)
    ]
    assert ("ABPATH", "1.5", ["Lifelong Learning (ABPATH)"]) in boards or (
        "ABPATH", "1.5", ["Lifelong Learning"]) in boards  # fmt: skip
    assert len(boards) == 5
    amounts = {
        c.findtext("hx:activityCertification", namespaces=ns): c.findtext(
            "hx:numberOfCredits", namespaces=ns
        )
        for c in element.findall(".//hx:healthcareEducation/hx:credits", ns)
    }
    assert amounts["AMA_PRA_1"] == "1.5"
    assert amounts["ACPE"] == "1.5"
    assert outcome.activity_id


def test_the_schema_check_can_fail():
    """The validator is not a rubber stamp: a credit type outside the schema's list fails."""
    provider = data.provider()
    data.activity(provider)
    body, _ = export("pars-activities", "xml", provider)
    [element] = _metrics(body)
    node = element.find(f".//{{{mems.HX}}}creditType")
    assert node is not None
    node.text = "CREDITS"
    assert not metrics_schema().is_valid(element)


def test_pars_activities_csv_read_back(world):
    provider, activity, *_ = world
    body, _ = export("pars-activities", "csv", provider)
    [row] = list(csv.DictReader(io.StringIO(body.decode())))
    assert row["activity_id"] == str(activity.pk)
    assert row["moc"] == "ABIM 1.00 (Medical Knowledge)"
    assert row["receiving_credit"] == "2"
