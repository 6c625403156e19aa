"""The tracker's writes: validation named by field, nothing half-written, an audit event each,
a clinician's records theirs alone; and the selectors that read them back into the tracker."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from opencme.core import clock
from opencme.core.errors import NotFound, PermissionDenied, ValidationFailed
from opencme.core.models import AuditEvent
from opencme.requirements import selectors, services
from opencme.requirements.models import Credential, ExternalCredit
from tests import factories

pytestmark = pytest.mark.django_db


def _fields(exc: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {p.field for p in exc.value.problems}


def test_save_credential_license_without_number_takes_its_rule_file() -> None:
    user = factories.user()
    made = services.save_credential(
        actor=user,
        user=user,
        kind="license",
        state="FL",
        license_type="MD",
        expires_on=dt.date(2027, 1, 31),
    )
    assert (made.rule_set, made.profession, made.number) == ("us-fl-md", "physician", "")
    event = AuditEvent.objects.get(action="requirements.credential.created")
    assert event.object_id == str(made.pk)
    assert (event.after or {})["state"] == "FL"


def test_save_credential_names_every_problem_and_writes_nothing() -> None:
    user = factories.user()
    with pytest.raises(ValidationFailed) as exc:
        services.save_credential(
            actor=user,
            user=user,
            kind="license",
            state="ZZ",
            license_type="",
            number="<script>",
            issued_on=dt.date(2030, 1, 1),
            expires_on=None,
        )
    assert _fields(exc) == {"state", "license_type", "number", "expires_on", "issued_on"}
    assert not Credential.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="requirements.").exists()


def test_save_credential_dea_number_format_and_issue_before_expiry() -> None:
    user = factories.user()
    with pytest.raises(ValidationFailed) as exc:
        services.save_credential(
            actor=user,
            user=user,
            kind="dea",
            number="12345",
            issued_on=dt.date(2024, 5, 1),
            expires_on=dt.date(2024, 4, 30),
        )
    assert _fields(exc) == {"number", "issued_on"}
    made = services.save_credential(
        actor=user, user=user, kind="dea", number="AB1234563", expires_on=dt.date(2027, 4, 30)
    )
    assert made.rule_set == "us-dea-mate"


def test_license_with_no_shipped_rules_is_kept_without_rules() -> None:
    user = factories.user()
    made = services.save_credential(
        actor=user,
        user=user,
        kind="license",
        state="FL",
        license_type="DO",
        expires_on=dt.date(2027, 3, 31),
    )
    assert made.rule_set == ""
    view = selectors.tracker_for(user, as_of=dt.date(2026, 6, 1))
    assert [c.status for c in view.credentials] == ["no_rules"]


def test_change_and_remove_credential_only_ones_own() -> None:
    owner, other = factories.user(), factories.user()
    made = services.save_credential(
        actor=owner, user=owner, kind="board", board="ABIM", expires_on=dt.date(2028, 12, 31)
    )
    with pytest.raises(NotFound):
        services.save_credential(
            actor=other,
            user=other,
            credential_id=made.pk,
            kind="board",
            board="ABFM",
            expires_on=dt.date(2028, 12, 31),
        )
    with pytest.raises(PermissionDenied):
        services.remove_credential(actor=other, user=owner, credential_id=made.pk)
    with pytest.raises(NotFound):
        services.remove_credential(actor=other, user=other, credential_id=made.pk)
    changed = services.save_credential(
        actor=owner,
        user=owner,
        credential_id=made.pk,
        kind="board",
        board="ABFM",
        expires_on=dt.date(2028, 12, 31),
    )
    assert changed.rule_set == "us-abfm"
    event = AuditEvent.objects.get(action="requirements.credential.changed")
    assert event.before == {"board": "ABIM", "rule_set": "us-abim"}
    services.remove_credential(actor=owner, user=owner, credential_id=made.pk)
    assert not Credential.objects.exists()
    assert AuditEvent.objects.filter(action="requirements.credential.removed").count() == 1


def test_record_external_credit_checks_and_audits() -> None:
    user = factories.user()
    with pytest.raises(ValidationFailed) as exc:
        services.record_external_credit(
            actor=user,
            user=user,
            title=" ",
            completed_on=clock.today() + dt.timedelta(days=2),
            credit_type="NOPE",
            amount="1.234",
            topics=["astrology"],
            format="radio",
        )
    assert _fields(exc) == {"title", "completed_on", "credit_type", "amount", "topics", "format"}
    assert not ExternalCredit.objects.exists()
    credit = services.record_external_credit(
        actor=user,
        user=user,
        title="Medical errors 2026",
        provider="Somewhere CME",
        completed_on=dt.date(2026, 3, 1),
        credit_type="AMA_PRA_1",
        amount="2",
        topics=["medical_errors"],
    )
    assert credit.amount == Decimal("2.00")
    event = AuditEvent.objects.get(action="requirements.external_credit.recorded")
    assert (event.after or {})["topics"] == ["medical_errors"]
    other = factories.user()
    with pytest.raises(NotFound):
        services.remove_external_credit(actor=other, user=other, credit_id=credit.pk)
    assert ExternalCredit.objects.filter(pk=credit.pk).exists()


def test_save_facts_refuses_unknown_statements() -> None:
    user = factories.user()
    with pytest.raises(ValidationFailed) as exc:
        services.save_facts(
            actor=user, user=user, direct_patient_care=True, specialty="x", attestations=["y"]
        )
    assert _fields(exc) == {"specialty", "attestations"}
    services.save_facts(
        actor=user,
        user=user,
        direct_patient_care=False,
        specialty="pathology",
        attestations=["abim_moc_assessment"],
    )
    assert AuditEvent.objects.get(action="requirements.facts.changed").after == {
        "attestations": ["abim_moc_assessment"],
        "direct_patient_care": False,
        "specialty": "pathology",
    }


def test_feed_address_renewal_revokes_the_old_one() -> None:
    user = factories.user()
    first = services.renew_feed_address(actor=user, user=user)
    assert selectors.user_for_feed_key(first) == user
    second = services.renew_feed_address(actor=user, user=user)
    assert selectors.user_for_feed_key(second) == user
    assert selectors.user_for_feed_key(first) is None
    nonce = second.split(".")[0]
    assert selectors.user_for_feed_key(nonce + ".forged") is None
    assert selectors.feed_key_of(user) == second
    assert AuditEvent.objects.filter(action="requirements.feed.renewed").count() == 1


def test_tracker_for_counts_self_reported_credit_with_its_reason() -> None:
    user = factories.user()
    services.save_credential(
        actor=user,
        user=user,
        kind="license",
        state="FL",
        license_type="MD",
        expires_on=dt.date(2027, 1, 31),
        renewal_number=3,
    )
    services.record_external_credit(
        actor=user,
        user=user,
        title="Preventing medical errors",
        completed_on=dt.date(2026, 2, 1),
        credit_type="AMA_PRA_1",
        amount="2",
        topics=["medical_errors"],
    )
    view = selectors.tracker_for(user, as_of=dt.date(2026, 6, 1))
    florida = view.credentials[0]
    assert florida.status == "due"
    errors = next(r for r in florida.requirements if r.id == "medical_errors")
    assert errors.met
    assert errors.is_topic
    assert errors.applied[0].credit.source == "self-reported"
    assert errors.applied[0].reason == "counts toward the topic it covers"
    assert florida.main is not None
    assert florida.main.id == "total"
    assert (florida.main.counted, florida.main.missing) == (Decimal(2), Decimal(38))
    assert any(r.id == "domestic_violence" for r in florida.topics_due)
    assert errors.citations
    assert errors.citations[0].url.startswith("http")
    assert [e.date for e in view.timeline] == [dt.date(2027, 1, 31)]
