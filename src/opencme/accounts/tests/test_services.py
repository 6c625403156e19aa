"""Accounts services: sign-up, sign-in throttling, tokens and the profile, with audit events."""

from __future__ import annotations

import re
from typing import ClassVar

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import signing
from django.db import connection

from opencme.accounts import confirmation, services
from opencme.accounts.models import ApiToken, User
from opencme.core.audit import AuditEvent
from opencme.core.errors import PermissionDenied, Throttled, ValidationFailed
from tests.journey_data import learner

pytestmark = pytest.mark.django_db
PASSWORD = "a long learner passphrase 7"


def test_sign_up_hashes_with_argon2_and_sends_a_confirmation(
    mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        user = services.sign_up(email=" Ann@Example.org", password=PASSWORD, profession="nurse")
    assert user is not None
    assert user.email == "ann@example.org"
    assert user.password.startswith("argon2$")
    assert user.profile.profession == "nurse"
    assert [m.to for m in mailoutbox] == [["ann@example.org"]]
    link = re.search(r"/accounts/confirm/(\S+)/", mailoutbox[0].body)
    assert link, mailoutbox[0].body
    token = link[1]
    confirmed = confirmation.confirm_email(token=token)
    assert confirmed.user.email_confirmed_at is not None
    assert (confirmed.newly_confirmed, confirmed.signs_in) == (True, True)
    again = confirmation.confirm_email(token=token)
    assert (again.newly_confirmed, again.signs_in) == (False, False)  # signs in once only
    with pytest.raises(ValidationFailed, match="not valid"):
        confirmation.confirm_email(token=token + "x")


def test_confirmation_link_carries_next_and_a_legacy_link_still_confirms():
    user = learner()
    token = confirmation.confirmation_token(user, next_url="/activities/7/")
    assert confirmation.confirm_email(token=token).next_url == "/activities/7/"
    other = learner()
    legacy = signing.TimestampSigner(salt=confirmation.CONFIRM_SALT).sign(str(other.pk))
    opened = confirmation.confirm_email(token=legacy)
    assert (opened.user, opened.newly_confirmed, opened.signs_in) == (other, True, False)


class _RecordingHasher(MD5PasswordHasher):
    """Records whether each hash is made inside a transaction."""

    algorithm = "recording_md5"
    inside: ClassVar[list[bool]] = []

    def encode(self, password: str, salt: str) -> str:
        self.inside.append(connection.in_atomic_block)
        return super().encode(password, salt)


@pytest.mark.django_db(transaction=True)  # no test transaction around the call
def test_sign_up_hashes_the_password_before_its_transaction(settings):
    settings.PASSWORD_HASHERS = [f"{__name__}._RecordingHasher"]
    _RecordingHasher.inside.clear()
    user = services.sign_up(email="hash@example.org", password=PASSWORD)
    assert user is not None
    assert _RecordingHasher.inside == [False]  # no writer waits on the lock for the hash
    assert User.objects.get(pk=user.pk).check_password(PASSWORD)
    assert user.profile.pk is not None


def test_sign_up_names_every_problem_and_writes_nothing():
    with pytest.raises(ValidationFailed) as exc:
        services.sign_up(email="b@example.org", password="password", profession="wizard")
    assert {p.field for p in exc.value.problems} == {"password", "profession"}
    assert not User.objects.filter(email="b@example.org").exists()


def test_sign_in_throttles_after_five_failures_for_the_email():
    learner(email="c@example.org", password=PASSWORD)
    for _ in range(5):
        with pytest.raises(ValidationFailed):
            services.sign_in(email="c@example.org", password="wrong password 1", ip="10.0.0.1")
    with pytest.raises(Throttled, match="too many failed sign-ins"):
        services.sign_in(email="c@example.org", password=PASSWORD, ip="10.0.0.2")


def test_issue_token_keeps_only_its_hash():
    user = learner()
    key = services.issue_token(user=user)
    stored = ApiToken.objects.get(user=user)
    assert stored.key_hash != key
    assert services.user_for_token(key) == user
    assert services.user_for_token(key + "x") is None


def test_update_profile_records_what_changed():
    user = learner("physician")
    services.update_profile(user=user, actor=user, changes={"npi": "1234567893"})
    event = AuditEvent.objects.filter(action="accounts.profile.updated").latest("id")
    assert event.after == {"npi": "1234567893"}
    assert event.before == {"npi": ""}


def test_update_profile_of_someone_else_is_refused():
    user, other = learner(), learner()
    with pytest.raises(PermissionDenied):
        services.update_profile(user=user, actor=other, changes={"legal_name": "X"})


def test_update_profile_nothing_saved_when_one_field_is_bad():
    user = learner("physician")
    with pytest.raises(ValidationFailed) as exc:
        services.update_profile(
            user=user, actor=user, changes={"legal_name": "New Name", "npi": "1234567890"}
        )
    assert [p.field for p in exc.value.problems] == ["npi"]
    user.profile.refresh_from_db()
    assert user.profile.legal_name == "Dana Whitfield"


def test_a_profile_change_decided_before_another_is_decided_again_under_the_lock():
    # Two changes at once, both decided on the profile before either writes: the second to
    # write finds the profile changed and decides again, keeping the first change.
    user = learner("physician")
    name = services.decide_profile_change(user, {"legal_name": "Dana K. Whitfield"})
    npi = services.decide_profile_change(user, {"npi": "1234567893"})
    services.write_profile_change(name, user, {"legal_name": "Dana K. Whitfield"})
    saved = services.write_profile_change(npi, user, {"npi": "1234567893"})
    assert (saved.snapshot["legal_name"], saved.snapshot["npi"]) == (
        "Dana K. Whitfield",
        "1234567893",
    )
    user.profile.refresh_from_db()
    assert (user.profile.legal_name, user.profile.npi) == ("Dana K. Whitfield", "1234567893")
    events = AuditEvent.objects.filter(action="accounts.profile.updated").order_by("id")
    assert [e.after for e in events][-2:] == [
        {"legal_name": "Dana K. Whitfield"},
        {"npi": "1234567893"},
    ]


def test_a_first_profile_is_made_by_the_change_decided_without_one():
    user = User.objects.create_user(email="first-profile@example.org")
    decision = services.decide_profile_change(user, {"profession": "nurse"})
    assert decision.version is None
    saved = services.write_profile_change(decision, user, {"profession": "nurse"})
    assert saved.profile.pk is not None
    assert User.objects.get(pk=user.pk).profile.profession == "nurse"
