"""Reads of the provider workspace, each with its query plan decided here."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from opencme.activities.models import Activity
from opencme.credits.models import Claim
from opencme.learning.models import Enrollment, FollowUp, StepProgress
from opencme.providers.models import Provider
from opencme.workspace import rules

PAGE_SIZE = 20
RECENT = 20
PUBLISHED = Activity.Status.PUBLISHED


def _state_q(code: str, today: dt.date) -> Q:
    """The ORM form of ``rules.state_of``: the same partition of every activity."""
    started = Q(start_date__isnull=True) | Q(start_date__lte=today)
    if code == rules.DRAFT:
        return Q(status=Activity.Status.DRAFT)
    if code == rules.WITHDRAWN:
        return ~Q(status__in=[Activity.Status.DRAFT, PUBLISHED])
    if code == rules.UPCOMING:
        return Q(status=PUBLISHED, start_date__gt=today)
    if code == rules.EXPIRED:
        return Q(status=PUBLISHED, expires__lt=today) & started
    return Q(status=PUBLISHED) & started & (Q(expires__isnull=True) | Q(expires__gte=today))


def activity_state_counts(provider: Provider, *, today: dt.date) -> dict[str, int]:
    """State code -> number of the provider's activities in it. One query."""
    counts = Activity.objects.filter(provider=provider).aggregate(
        **{s.code: Count("id", filter=_state_q(s.code, today)) for s in rules.STATES}
    )
    return {code: int(n or 0) for code, n in counts.items()}


def activity_page(
    provider: Provider, *, today: dt.date, state: str = "", query: str = "", page: int = 1
) -> Page:
    """One page of the provider's activities, newest first, in ``state`` (any when empty) whose
    title holds ``query``. Two queries (count and page)."""
    qs: QuerySet[Activity] = Activity.objects.filter(provider=provider).only(
        "id", "title", "status", "kind", "start_date", "expires", "provider_id"
    )
    if state in rules.BY_CODE:
        qs = qs.filter(_state_q(state, today))
    if query:
        qs = qs.filter(title__icontains=query)
    return Paginator(qs.order_by("-created_at", "-id"), PAGE_SIZE).get_page(page)


def recent_claims(provider: Provider, *, limit: int = RECENT) -> list[Claim]:
    return list(
        Claim.objects.filter(activity__provider=provider, is_current=True)
        .select_related("learner__profile", "activity")
        .order_by("-claimed_at", "-id")[:limit]
    )


def recent_completions(provider: Provider, *, limit: int = RECENT) -> list[Enrollment]:
    return list(
        Enrollment.objects.filter(activity__provider=provider, completed_at__isnull=False)
        .select_related("learner__profile", "activity")
        .order_by("-completed_at", "-id")[:limit]
    )


@dataclass(frozen=True)
class FollowUpRate:
    activity_id: int
    title: str
    due: int
    sent: int
    answered: int

    @property
    def waiting(self) -> int:
        """Follow-ups scheduled whose day has not come (or that the worker has not sent)."""
        return self.due - self.sent

    @property
    def percent(self) -> int | None:
        """Answered as a whole percentage of those sent; None when none was sent."""
        return round(100 * self.answered / self.sent) if self.sent else None


def follow_up_rates(provider: Provider) -> list[FollowUpRate]:
    """Per activity with follow-ups: how many are due in all, were sent, and were answered
    (the learner completed the follow-up step). One query."""
    answered = StepProgress.objects.filter(
        enrollment=OuterRef("enrollment"), step=OuterRef("step"), completed_at__isnull=False
    )
    rows = (
        FollowUp.objects.filter(enrollment__activity__provider=provider)
        .annotate(done=Exists(answered))
        .values("enrollment__activity_id", "enrollment__activity__title")
        .annotate(
            due=Count("id"),
            sent=Count("id", filter=Q(sent_at__isnull=False)),
            answered=Count("id", filter=Q(done=True)),
        )
        .order_by("enrollment__activity__title", "enrollment__activity_id")
    )
    return [
        FollowUpRate(
            activity_id=r["enrollment__activity_id"],
            title=r["enrollment__activity__title"],
            due=r["due"],
            sent=r["sent"],
            answered=r["answered"],
        )
        for r in rows
    ]
