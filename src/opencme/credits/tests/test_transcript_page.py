"""The transcript a board auditor accepts, and certificates where the learner looks: each row
with its dates, credit type by name, amount, certificate links and reporting status; filters,
totals, the CSV; the enrollment page and My learning with the certificate's links."""

from __future__ import annotations

import csv
import datetime as dt
import io
from html import unescape

import pytest
from django.test import Client
from django.utils import timezone

from opencme.accounts.services import update_profile
from opencme.activities.models import Activity
from opencme.certificates.models import Certificate
from opencme.certificates.services import revoke_certificate
from opencme.credits.services import claim_credit
from opencme.reporting.models import ReportObligation
from tests import factories
from tests.journey_data import ready_to_claim, seed_000_rerelease

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity() -> Activity:
    return seed_000_rerelease()


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _claimed(activity: Activity, profession: str, credit_type: str, amount: str = "1.25"):
    user, enrollment = ready_to_claim(activity, profession)
    claim = claim_credit(enrollment=enrollment, credit_type=credit_type, amount=amount, actor=user)
    return user, enrollment, claim, Certificate.objects.get(claim=claim)


def _day(day: dt.date) -> str:
    return f"{day:%b} {day.day}, {day.year}"


def test_transcript_row_links_certificate_and_says_where_it_is_reported(activity):
    user, _, claim, cert = _claimed(activity, "physician", "AMA_PRA_1")
    html = signed_in(user).get("/learn/transcript/").content.decode()
    assert f'href="/certificates/{cert.code}.pdf"' in html
    assert f'href="/verify/{cert.code}"' in html
    assert f'href="/certificates/{cert.code}.json"' in html
    completed = timezone.localdate(claim.enrollment.completed_at or claim.claimed_at)
    due = _day(completed + dt.timedelta(days=30))
    assert f"Pending: the provider reports it to ACCME PARS / MOC boards by {due}" in html
    assert _day(completed) in html
    assert "AMA PRA Category 1 Credit™" in html
    assert 'href="/learn/transcript.pdf"' in html
    assert 'href="/learn/transcript.csv"' in html


def test_transcript_credit_reported_nowhere_says_so(activity):
    user, *_ = _claimed(activity, "nurse", "NURSING_CE")
    html = signed_in(user).get("/learn/transcript/").content.decode()
    assert "Not reported: no registry receives this credit type from this site" in html


def test_transcript_exported_obligation_shows_its_date(activity):
    user, _, claim, _ = _claimed(activity, "physician", "AMA_PRA_1")
    moment = timezone.now() - dt.timedelta(days=2)
    # Reported once the provider's batch is submitted (reporting.batches.submit_batch).
    ReportObligation.objects.filter(claim=claim).update(
        exported_at=moment, reported_on=timezone.localdate(moment)
    )
    html = unescape(signed_in(user).get("/learn/transcript/").content.decode())
    assert f"Reported to ACCME PARS / MOC boards on {_day(timezone.localdate(moment))}" in html


def test_transcript_revoked_certificate_says_so_without_download(activity):
    user, _, _, cert = _claimed(activity, "physician", "AMA_PRA_1")
    revoke_certificate(
        certificate=cert, reason="wrong learner", actor=factories.staff(of=activity.provider)
    )
    html = signed_in(user).get("/learn/transcript/").content.decode()
    assert "Revoked on" in html
    assert f'href="/certificates/{cert.code}.pdf"' not in html
    assert f'href="/verify/{cert.code}"' in html


def test_transcript_reissued_certificate_links_the_current_one(activity):
    user, _, _, cert = _claimed(activity, "physician", "AMA_PRA_1")
    update_profile(user=user, actor=user, changes={"legal_name": "Dana Kim"})
    cert.refresh_from_db()
    assert cert.replaced_by is not None
    html = signed_in(user).get("/learn/transcript/").content.decode()
    assert f'href="/certificates/{cert.replaced_by.code}.pdf"' in html
    assert "Reissued on" in html
    assert f'href="/certificates/{cert.code}.pdf"' not in html


def test_transcript_filters_totals_and_csv(activity):
    user, enrollment = ready_to_claim(activity, "physician")
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    claim_credit(enrollment=enrollment, credit_type="PARTICIPATION", amount="1.25", actor=user)
    client = signed_in(user)
    html = client.get("/learn/transcript/?credit_type=AMA_PRA_1").content.decode()
    assert 'href="/learn/transcript.pdf?credit_type=AMA_PRA_1"' in html
    assert "Certificate of participation</td>" not in html
    # the filter offers the credit types claimed, by name
    assert '<option value="PARTICIPATION">Certificate of participation</option>' in html
    assert "AAPA" not in html
    rows = list(csv.reader(io.StringIO(client.get("/learn/transcript.csv").text)))
    header = rows[0]
    assert header[:4] == ["Completed", "Claimed", "Activity", "Provider"]
    assert all(h[:1].isupper() and "_" not in h for h in header)
    by_type = {r[header.index("Credit type code")]: r for r in rows[1:] if r and r[0] != "Total"}
    ama = by_type["AMA_PRA_1"]
    assert ama[header.index("Credit type")] == "AMA PRA Category 1 Credit™"
    assert ama[header.index("Amount")] == "1"
    assert ama[header.index("Certificate status")] == "Valid"
    assert ama[header.index("Verification page")].endswith(
        "/verify/" + ama[header.index("Certificate code")]
    )
    assert ama[header.index("Reporting")].startswith(
        "Pending: the provider reports it to ACCME PARS"
    )
    totals = [r for r in rows if r and r[0] == "Total"]
    assert {(r[header.index("Credit type")], r[header.index("Amount")]) for r in totals} == {
        ("AMA PRA Category 1 Credit™", "1"),
        ("Certificate of participation", "1.25"),
    }
    bad = client.get("/learn/transcript.csv?date_from=2026-01-02&date_to=2026-01-01")
    assert bad.status_code == 422
    assert "Claimed to:" in bad.text


def test_transcript_page_reads_a_fixed_number_of_queries(activity, django_assert_max_num_queries):
    user, enrollment = ready_to_claim(activity, "physician")
    claim_credit(enrollment=enrollment, credit_type="AMA_PRA_1", amount="1", actor=user)
    client = signed_in(user)
    client.get("/learn/transcript/")  # warm the rule book cache
    with django_assert_max_num_queries(12) as one:
        client.get("/learn/transcript/")
    claim_credit(enrollment=enrollment, credit_type="PARTICIPATION", amount="1.25", actor=user)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get("/learn/transcript/")


def test_enrollment_page_and_my_learning_show_the_certificate(activity):
    user, enrollment, _, cert = _claimed(activity, "physician", "AMA_PRA_1")
    client = signed_in(user)
    for url in (f"/learn/enrollments/{enrollment.pk}/", "/learn/"):
        html = client.get(url).content.decode()
        assert f'href="/certificates/{cert.code}.pdf"' in html, url
        assert f'href="/verify/{cert.code}"' in html, url
        assert f'href="/certificates/{cert.code}.json"' in html, url
    # another learner sees none of it
    other, _ = ready_to_claim(activity, "physician")
    assert cert.code not in signed_in(other).get("/learn/").content.decode()
    assert cert.code not in signed_in(other).get("/learn/transcript/").content.decode()


def test_my_learning_says_a_certificate_was_revoked(activity):
    user, _, _, cert = _claimed(activity, "physician", "AMA_PRA_1")
    revoke_certificate(
        certificate=cert, reason="wrong learner", actor=factories.staff(of=activity.provider)
    )
    html = signed_in(user).get("/learn/").content.decode()
    assert "Revoked on" in html
    assert f'href="/certificates/{cert.code}.pdf"' not in html
