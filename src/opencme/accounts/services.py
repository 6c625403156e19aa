"""Every write to accounts: sign-up, sign-in, passwords, the profile (tokens: ``tokens``;
throttling: ``throttle``; confirmation: ``confirmation``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import authenticate
from django.contrib.auth.hashers import make_password
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, connection, transaction

from opencme.accounts import hooks, rules, throttle, tokens
from opencme.accounts.confirmation import send_confirmation, send_sign_up_notice
from opencme.accounts.models import Attempt, BoardId, LearnerProfile, StateLicense, User
from opencme.accounts.tokens import issue_token, token_hash, user_for_token  # noqa: F401
from opencme.core import audit, clock, rows
from opencme.core.errors import PermissionDenied, Problem, ValidationFailed


def _clean_email(email: str) -> str:
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except DjangoValidationError as exc:
        raise ValidationFailed([Problem("email", "is not a valid email address")]) from exc
    return email


def sign_up(
    *,
    email: str,
    password: str,
    legal_name: str = "",
    profession: str = "",
    next_url: str = "",
) -> User | None:
    """Create a learner account and send the confirmation email after commit; its link brings
    the learner back to ``next_url`` (a local path the caller has checked). The password is
    hashed before the transaction: SQLite lets one writer in at a time, and none should wait
    for a hash made to be slow.

    When the address already has an account, nothing is created and its owner is told by
    email (``notify_owner_of_sign_up``; a few a quarter hour at most): None. The caller answers
    the same either way, so sign-up does not tell who has an account."""
    email = _clean_email(email)
    problems: list[Problem] = []
    try:
        validate_password(password or "", User(email=email))
    except DjangoValidationError as exc:
        problems += [Problem("password", m) for m in exc.messages]
    if profession and profession not in rules.PROFESSIONS:
        problems.append(Problem("profession", f"must be one of {', '.join(rules.PROFESSIONS)}"))
    if problems:
        raise ValidationFailed(problems)
    password_hash = make_password(password)  # for a taken address too: the same time taken
    if User.objects.filter(email=email).exists():
        notify_owner_of_sign_up(email=email)
        return None
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email, password_hash=password_hash, confirmation_sent_at=clock.now()
            )
            LearnerProfile.objects.create(
                user=user, legal_name=legal_name.strip(), profession=profession
            )
            audit.record(
                actor=user, action="accounts.user.signed_up", obj=user, after={"email": email}
            )
            transaction.on_commit(lambda: send_confirmation(user=user, next_url=next_url))
    except IntegrityError:  # the same email signed up at the same moment
        notify_owner_of_sign_up(email=email)
        return None
    return user


def notify_owner_of_sign_up(*, email: str) -> None:
    """Tell the owner of ``email`` that someone tried to sign up with it, with the way to
    sign in or reset the password; at most ``throttle.PER_ACCOUNT`` emails a window."""
    try:
        throttle.begin(kind=Attempt.MAIL, email=email, ip=None)
    except throttle.TooManyAttempts:
        return  # the owner has just been told
    transaction.on_commit(lambda: send_sign_up_notice(email=email))


def sign_in(*, email: str, password: str, ip: str, request: Any = None) -> User:
    """Check a password unless the throttle refuses (``throttle.TooManyAttempts``): the
    attempt is counted first, so simultaneous attempts count each other. ``ip``: the
    client's address (``throttle.client_address``)."""
    email = (email or "").strip().lower()
    begun = throttle.begin(kind=Attempt.SIGN_IN, email=email, ip=ip)
    user = authenticate(request, email=email, password=password)
    if user is None:  # the attempt stays recorded: a failure
        raise ValidationFailed([Problem("password", "email and password do not match an account")])
    throttle.forgive(begun)
    return user


def change_password(*, user: User, actor: User, new_password: str) -> None:
    """Set ``user``'s password to ``new_password`` (checked by the caller's form against the
    current one and the validators) and revoke their API tokens. Hashed before the
    transaction, like ``sign_up``; the caller keeps the session with
    ``update_session_auth_hash``."""
    if actor.pk != user.pk:
        raise PermissionDenied("you may change only your own password", field="old_password")
    _set_password(user=user, actor=actor, new_password=new_password, how="changed")


def reset_password(*, user: User, new_password: str) -> None:
    """Set the password of ``user``, who proved they read their mailbox (a reset link), and
    revoke their API tokens: whoever held the old password may hold a token too."""
    _set_password(user=user, actor=user, new_password=new_password, how="reset")


def _set_password(*, user: User, actor: User, new_password: str, how: str) -> None:
    user.set_password(new_password)
    with transaction.atomic():
        user.save(update_fields=["password"])
        audit.record(actor=actor, action=f"accounts.user.password_{how}", obj=user)
        tokens.revoke_all(user=user, actor=actor, reason=f"password {how}")
        throttle.forget_account(user.email)  # the old password's misses


def profile_of(user: User) -> LearnerProfile | None:
    """The user's profile, or None when they have none yet."""
    found = rows.select(LearnerProfile, user=user.pk)
    return found[0] if found else None


def profile_for(user: User) -> LearnerProfile:
    """The user's profile, made (blank) when they have none yet."""
    profile = profile_of(user)
    if profile is None:
        profile, _ = LearnerProfile.objects.get_or_create(user=user)
    return profile


PROFILE_FIELDS = (
    "legal_name",
    "degree",
    "profession",
    "npi",
    "nabp_eprofile_id",
    "birth_month",
    "birth_day",
    "consent_pars",
    "consent_cpe_monitor",
)


def profile_snapshot(
    profile: LearnerProfile,
    *,
    licenses: Iterable[StateLicense] | None = None,
    board_ids: Iterable[BoardId] | None = None,
) -> dict[str, Any]:
    """The profile as the API shows it; ``licenses`` and ``board_ids``, when the caller holds
    them as they are now, save reading them."""
    data = {name: getattr(profile, name) for name in PROFILE_FIELDS}
    data["licenses"] = [
        {
            "state": lic.state,
            "number": lic.number,
            "renewal_date": lic.renewal_date.isoformat() if lic.renewal_date else None,
        }
        for lic in (profile.licenses.all() if licenses is None else licenses)
    ]
    data["board_ids"] = [
        {"board": b.board, "identifier": b.identifier}
        for b in (profile.board_ids.all() if board_ids is None else board_ids)
    ]
    return data


@dataclass
class SavedProfile:
    """A profile as saved, and its snapshot as it is now (``profile_snapshot``)."""

    profile: LearnerProfile
    snapshot: dict[str, Any]


def update_profile(*, user: User, actor: User, changes: dict[str, Any]) -> SavedProfile:
    """Change the fields in ``changes``, others kept; every problem named, nothing half-saved.

    Decided on the profile as read before the transaction (on SQLite every other writer waits
    while one is open); the transaction writes that if the profile is still as it was read,
    or else decides again on the profile as locked now."""
    if actor.pk != user.pk and not actor.is_superuser:
        raise PermissionDenied("you may change only your own profile", field="profile")
    return write_profile_change(decide_profile_change(user, changes), actor, changes)


def decide_profile_change(user: User, changes: dict[str, Any]) -> ProfileDecision:
    """``changes`` decided on ``user``'s profile as it is now, without a lock; problems are
    raised."""
    version = profile_version(user)  # first: the profile read next is at least this one
    return _decide_profile(user, profile_of(user), changes, version)


def write_profile_change(
    decision: ProfileDecision, actor: User, changes: dict[str, Any]
) -> SavedProfile:
    """Write ``decision`` if the profile is still the one it was made on; else decide
    ``changes`` again on the profile as locked now, and write that."""
    user = decision.profile.user
    try:
        with transaction.atomic():
            if decision.version != profile_version(user, lock=True):
                decision = _decide_locked(user, changes)
            return _write_profile(decision, actor)
    except IntegrityError:  # the profile was first made by a simultaneous request
        with transaction.atomic():
            return _write_profile(_decide_locked(user, changes), actor)


# A profile's version: its key and the time of its last save (every change saves it).
PROFILE_VERSION_SQL = (
    f"SELECT id, updated_at FROM {LearnerProfile._meta.db_table} WHERE user_id = %s"  # noqa: S608
)


def profile_version(user: User, *, lock: bool = False) -> tuple[Any, ...] | None:
    """The key and last save of ``user``'s profile (None when it has none): two reads that
    say the same saw the same profile."""
    sql = PROFILE_VERSION_SQL
    if lock and connection.features.has_select_for_update:
        sql += " FOR UPDATE"
    with connection.cursor() as cursor:
        cursor.execute(sql, [user.pk])
        row = cursor.fetchone()
    return tuple(row) if row is not None else None


@dataclass
class ProfileDecision:
    """What a profile change writes, decided on the profile as read (``version``: its key and
    last save, read just before it; None when it had none): the profile with the changes made
    (unsaved), the licenses and board ids to put in place of the kept ones (None: unchanged),
    the snapshots before and after."""

    version: tuple[Any, ...] | None
    profile: LearnerProfile
    licenses: list[StateLicense] | None
    board_ids: list[BoardId] | None
    before: dict[str, Any]
    after: dict[str, Any]


def _decide_locked(user: User, changes: dict[str, Any]) -> ProfileDecision:
    profile, _ = LearnerProfile.objects.select_for_update().get_or_create(user=user)
    return _decide_profile(user, profile, changes, version=None)


def _decide_profile(
    user: User,
    profile: LearnerProfile | None,
    changes: dict[str, Any],
    version: tuple[Any, ...] | None,
) -> ProfileDecision:
    if profile is None:
        profile = LearnerProfile(user=user)
    profile.user = user  # the listeners read it; it is this user
    kept_licenses = list(profile.licenses.all()) if profile.pk else []
    kept_boards = list(profile.board_ids.all()) if profile.pk else []
    before = profile_snapshot(profile, licenses=kept_licenses, board_ids=kept_boards)
    problems: list[Problem] = []
    unknown = sorted(set(changes) - set(PROFILE_FIELDS) - {"licenses", "board_ids"})
    for name in unknown:
        problems.append(Problem(name, "is not a profile field"))
    for name in PROFILE_FIELDS:
        if name in changes:
            setattr(profile, name, changes[name])
    for name in ("legal_name", "degree", "profession", "npi", "nabp_eprofile_id"):
        setattr(profile, name, str(getattr(profile, name) or "").strip())
    for name in ("consent_pars", "consent_cpe_monitor"):
        setattr(profile, name, bool(getattr(profile, name)))
    if len(profile.legal_name) > 200:
        problems.append(Problem("legal_name", "is longer than 200 characters"))
    if profile.profession and profile.profession not in rules.PROFESSIONS:
        problems.append(Problem("profession", f"must be one of {', '.join(rules.PROFESSIONS)}"))
    problems += rules.check_npi(profile.npi)
    problems += rules.check_nabp_id(profile.nabp_eprofile_id)
    problems += rules.check_birth_month_day(profile.birth_month, profile.birth_day)
    licenses = changes.get("licenses")
    if licenses is not None:
        for i, lic in enumerate(licenses):
            problems += rules.check_license(lic.get("state", ""), lic.get("number", ""), index=i)
    board_ids = changes.get("board_ids")
    if board_ids is not None:
        boards = [str(b.get("board", "")).strip().upper() for b in board_ids]
        known = hooks.boards()
        for i, b in enumerate(board_ids):
            if not boards[i]:
                problems.append(Problem(f"board_ids[{i}].board", "choose the board"))
            elif boards[i] not in known:
                problems.append(rules.unknown_board(boards[i], known, index=i))
            if not str(b.get("identifier", "")).strip():
                problems.append(
                    Problem(f"board_ids[{i}].identifier", "give your identifier at this board")
                )
        if len(set(boards)) != len(boards):
            problems.append(Problem("board_ids", "one identifier per board"))
    if problems:
        raise ValidationFailed(problems)
    new_licenses = None
    if licenses is not None:
        new_licenses = [
            StateLicense(
                state=lic["state"].upper(),
                number=lic["number"],
                renewal_date=lic.get("renewal_date") or None,
            )
            for lic in licenses
        ]
    new_boards = None
    if board_ids is not None:
        new_boards = [
            BoardId(board=str(b["board"]).strip().upper(), identifier=str(b["identifier"]).strip())
            for b in board_ids
        ]
    after = profile_snapshot(
        profile,
        licenses=kept_licenses if new_licenses is None else new_licenses,
        board_ids=kept_boards if new_boards is None else new_boards,
    )
    return ProfileDecision(version, profile, new_licenses, new_boards, before, after)


def _write_profile(decision: ProfileDecision, actor: User) -> SavedProfile:
    profile = decision.profile
    if profile.pk is None:  # the first: IntegrityError when a simultaneous request made it
        rows.add(profile)
    else:
        profile.save()
    if decision.licenses is not None:
        profile.licenses.all().delete()
        for lic in decision.licenses:
            lic.profile = profile
        StateLicense.objects.bulk_create(decision.licenses)
    if decision.board_ids is not None:
        profile.board_ids.all().delete()
        for board in decision.board_ids:
            board.profile = profile
        BoardId.objects.bulk_create(decision.board_ids)
    changed_before, changed_after = audit.changed(decision.before, decision.after)
    if changed_after:
        audit.record(
            actor=actor,
            action="accounts.profile.updated",
            obj=profile,
            before=changed_before,
            after=changed_after,
        )
        hooks.notify_profile_changed(
            profile, before=changed_before, after=changed_after, actor=actor
        )
    return SavedProfile(profile, decision.after)
