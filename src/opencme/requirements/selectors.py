"""Every read of the tracker: a clinician's credentials, facts and credit from elsewhere, and
the tracker itself (the allocation over them, explained); the calendar address's owner."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from opencme.accreditation.selectors import rulebook_get
from opencme.core.errors import NotFound
from opencme.requirements import feed, kinds
from opencme.requirements.allocation import evaluate
from opencme.requirements.explain import Held, TrackerView, tracker_view
from opencme.requirements.inputs import credentials_of, credits_for, facts_for
from opencme.requirements.loader import load_shipped
from opencme.requirements.models import Credential, ExternalCredit, TrackerProfile
from opencme.requirements.rules import RuleSet
from opencme.requirements.search_links import with_search_links
from opencme.requirements.tracker_cache import page_part_cached, tracker_cached


def credit_type_names() -> dict[str, str]:
    """Credit types a clinician may record from elsewhere: the rule book's, and MOC points."""
    book = rulebook_get()
    names = {code: rule.name for code, rule in book.credit_types.items()}
    return names | kinds.MOC_POINT_TYPES


def credential_list_for(user: Any) -> list[Credential]:
    return list(Credential.objects.filter(user_id=user.pk).order_by("expires_on", "id"))


def credential_get_for(user: Any, credential_id: int) -> Credential:
    found = Credential.objects.filter(user_id=user.pk, pk=credential_id).first()
    if found is None:
        raise NotFound("you have no credential with this id", field="credential_id")
    return found


def external_credit_list_for(user: Any) -> list[ExternalCredit]:
    return list(ExternalCredit.objects.filter(user_id=user.pk).order_by("-completed_on", "-id"))


def tracker_profile_of(user: Any) -> TrackerProfile | None:
    return TrackerProfile.objects.filter(user_id=user.pk).first()


def held(row: Credential) -> Held:
    name = kinds.credential_name(
        kind=row.kind, state=row.state, license_type=row.license_type, board=row.board
    )
    return Held(row.pk, row.kind, name, row.rule_set, row.expires_on, row.number)


class _Unread:
    """A tracker profile not read yet (``None`` is read and absent)."""


UNREAD = _Unread()


def tracker_for(
    user: Any, *, as_of: dt.date, profile: TrackerProfile | _Unread | None = UNREAD
) -> TrackerView:
    """The tracker of ``user`` on ``as_of``: the shipped rules over their credentials and
    every credit (claims on OpenCME and credit from elsewhere). Kept in the cache under a key
    of everything it reads (``tracker_cache``): asked again unchanged, it is one query.
    ``profile``: the user's tracker profile when the caller has read it already."""
    rule_sets = load_shipped()
    return tracker_cached(
        user,
        as_of=as_of,
        rule_sets=rule_sets,
        compute=lambda: _tracker_evaluated(user, as_of=as_of, rule_sets=rule_sets, profile=profile),
    )


def tracker_page_part_for(
    user: Any,
    *,
    as_of: dt.date,
    profile: TrackerProfile | _Unread | None = UNREAD,
    render: Callable[[TrackerView], str],
) -> str:
    """``render`` of ``user``'s tracker on ``as_of``, kept like the tracker itself: the page's
    cards and timeline are rendered again only when something they show has changed."""
    rule_sets = load_shipped()
    return page_part_cached(
        user,
        as_of=as_of,
        rule_sets=rule_sets,
        compute=lambda: _tracker_evaluated(user, as_of=as_of, rule_sets=rule_sets, profile=profile),
        render=render,
    )


def _tracker_evaluated(
    user: Any,
    *,
    as_of: dt.date,
    rule_sets: Mapping[str, RuleSet],
    profile: TrackerProfile | _Unread | None = UNREAD,
) -> TrackerView:
    rows = credential_list_for(user)
    if isinstance(profile, _Unread):
        profile = tracker_profile_of(user)
    facts = facts_for(user, profile, rows)
    rows = [r for r in rows if not r.rule_set or r.rule_set in rule_sets]
    pairs = credits_for(user)
    result = evaluate(
        facts,
        credentials_of(rows),
        [credit for credit, _ in pairs],
        as_of=as_of,
        rule_sets=rule_sets,
    )
    view = tracker_view(
        [held(r) for r in rows], result, rule_sets, [s for _, s in pairs], credit_type_names()
    )
    # A gap's finder question asks for the credit types this clinician may claim (a physician
    # is not sent to nursing contact hours), all of them when the profession claims none.
    book = rulebook_get()
    claimable = {c for c, rule in book.credit_types.items() if rule.may_claim(facts.profession)}
    return with_search_links(view, rule_sets, claimable or book.credit_types, book.boards)


def user_for_feed_key(key: str) -> Any | None:
    """The owner of a calendar address, or None for an address that was never made, was
    revoked, or was not signed by this site."""
    nonce = feed.nonce_of(key) if len(key) <= feed.KEY_MAX else None
    if not nonce:
        return None
    profile = TrackerProfile.objects.select_related("user").filter(feed_nonce=nonce).first()
    if profile is None or not profile.user.is_active:
        return None
    return profile.user


def feed_key_of(user: Any) -> str:
    """The secret part of ``user``'s calendar address ("" when they have not made one)."""
    profile = tracker_profile_of(user)
    return feed.key_for(profile.feed_nonce) if profile and profile.feed_nonce else ""


def attestations_for(rows: list[Credential], chosen: list[str]) -> list[str]:
    """The statements the rules of ``rows`` accept (and any already chosen), in a stable order."""
    rule_sets = load_shipped()
    wanted = set(chosen)
    for row in rows:
        rule_set = rule_sets.get(row.rule_set)
        if rule_set is None:
            continue
        wanted |= {n.attestation for n in rule_set.walk() if n.attestation}
        wanted |= {m.attestation for m in rule_set.modifiers if m.attestation}
    return [code for code in kinds.ATTESTATIONS if code in wanted]
