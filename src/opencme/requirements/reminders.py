"""Which deadlines to remind a clinician of today, and the signed link that stops reminders.

Pure (no database): the tracker's timeline in, the reminders due out. A deadline is reminded
when it is exactly 90, 30 or 7 days away and something is still missing for it; "today" is
the project clock's date in the site's time zone (``settings.TIME_ZONE``), the same date the
tracker pages show, because a clinician has no time zone of their own on file and a
deadline is a date, not an instant.

The unsubscribe token is the clinician's id signed with the site's secret (its own salt), so
it works without signing in, cannot be made from the database alone, and one clinician's
token names only them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core import signing

from opencme.requirements.explain import RequirementView, TimelineEntry, TrackerView

THRESHOLDS = (90, 30, 7)  # days before a deadline (issue 19: "at 90, 30 and 7 days")
TOKEN_MAX = 120  # a longer token is none this site made
_SIGNER = signing.Signer(salt="opencme.requirements.reminders.unsubscribe", sep=".")


@dataclass(frozen=True)
class Due:
    """One deadline to remind of: the credential, the date, how far, and what is missing."""

    key: str  # stable across evaluations: the credential and the date
    credential_pk: int
    credential_name: str
    date: dt.date
    days: int
    is_deadline: bool
    gaps: tuple[RequirementView, ...]


def deadline_key(entry: TimelineEntry) -> str:
    return f"credential-{entry.credential.pk}:{entry.date.isoformat()}"


def due_today(view: TrackerView) -> list[Due]:
    """The deadlines of ``view`` exactly a threshold away from its ``as_of`` with gaps open.
    A credential's renewal deadline also lists what was due earlier and is still missing
    (the DEA MATE Act's one-time training, due at the first renewal after June 2023): the
    renewal is where it is asked for again."""
    overdue = {
        card.held.pk: tuple(g for g in card.gaps if g.due < view.as_of) for card in view.credentials
    }
    out = []
    for entry in view.timeline:
        gaps = entry.gaps + (overdue.get(entry.credential.pk, ()) if entry.is_deadline else ())
        if entry.past or not gaps or entry.days not in THRESHOLDS:
            continue
        out.append(
            Due(
                deadline_key(entry),
                entry.credential.pk,
                entry.credential.name,
                entry.date,
                entry.days,
                entry.is_deadline,
                gaps,
            )
        )
    return out


def unsubscribe_token(user_pk: int) -> str:
    return _SIGNER.sign(str(user_pk))


def user_pk_of(token: str) -> int | None:
    """The clinician a token names, or None when this site did not sign it."""
    if len(token) > TOKEN_MAX:
        return None
    try:
        value = _SIGNER.unsign(token)
    except signing.BadSignature:
        return None
    return int(value) if value.isdigit() else None
