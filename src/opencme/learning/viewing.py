"""A content step's viewing as the server records it: the player's reports of the seconds
watched, the time spent, and the check that the provider's completion rule is met before the
step may be marked viewed (``learning.rules``: the time rule)."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from opencme.core import audit, clock
from opencme.core.errors import NotFound, Problem, ValidationFailed
from opencme.learning import rules, time_rule
from opencme.learning.models import ContentView, Enrollment, Step, StepKind
from opencme.learning.reads import enrollment_of
from opencme.learning.selectors import journey_for


@dataclass(frozen=True)
class Viewing:
    """What the server counts of one learner's viewing of a content step."""

    watched: list[time_rule.Span]
    percent: int
    seconds_spent: int
    unmet: str | None  # why the step cannot be marked viewed yet, or None

    def as_dict(self) -> dict[str, Any]:
        return {
            "watched": [list(s) for s in self.watched],
            "watched_percent": self.percent,
            "seconds_spent": self.seconds_spent,
            "minutes_spent": self.seconds_spent // 60,
            "rule_met": self.unmet is None,
            "message": self.unmet or "You may now mark this step viewed.",
        }


def has_rule(step: Step) -> bool:
    return bool(step.min_watched_percent or step.min_minutes)


def viewing_of(step: Step, view: ContentView | None) -> Viewing:
    watched: list[time_rule.Span] = [(s[0], s[1]) for s in view.watched] if view else []
    spent = view.seconds_spent if view else 0
    return Viewing(
        watched=watched,
        percent=time_rule.watched_percent(watched, step.content_seconds),
        seconds_spent=spent,
        unmet=time_rule.content_rule_unmet(
            min_watched_percent=step.min_watched_percent,
            min_minutes=step.min_minutes,
            duration=step.content_seconds,
            watched=watched,
            seconds_spent=spent,
        ),
    )


def viewing_for(*, enrollment_id: int, step: Step) -> Viewing:
    view = ContentView.objects.filter(enrollment_id=enrollment_id, step=step).first()
    return viewing_of(step, view)


def clean_watched(raw: Any) -> list[time_rule.Span]:
    """The reported spans as numbers, or a problem naming ``watched``."""
    if raw is None:
        return []
    message = "must be a list of [start, end] pairs of seconds"
    if not isinstance(raw, list) or len(raw) > time_rule.MAX_SPANS:
        raise ValidationFailed([Problem("watched", message)])
    spans = []
    for span in raw:
        ok = isinstance(span, list | tuple) and len(span) == 2
        ok = ok and all(
            isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
            for v in span
        )
        if not ok:
            raise ValidationFailed([Problem("watched", message)])
        spans.append((float(span[0]), float(span[1])))
    return spans


def record_content_progress(
    *,
    enrollment: Enrollment | int,
    step_id: int,
    actor: Any,
    watched: Any = None,
    shown_at: dt.datetime | None = None,
) -> Viewing:
    """Record a report of the player on ``step_id``: the spans of the video played since the
    last one (seconds; the server merges them) and that the learner is still on the page.

    The first report opens the viewing (at ``shown_at``, when the page said when it was shown,
    else now). Spans are kept only as far as the time since opening allows
    (``time_rule.add_watched``); the time spent grows by the gap since the last report
    (``time_rule.seconds_counted``). Someone else's enrollment is not found; a locked step or one
    that is not a content step is refused."""
    spans = clean_watched(watched)
    pk = enrollment if isinstance(enrollment, int) else enrollment.pk
    own = enrollment_of(pk, actor)
    journey, steps, _ = journey_for(own)
    step = next((s for s in steps if s.pk == step_id), None)
    if step is None or step.kind != StepKind.CONTENT:
        raise NotFound("this activity has no such content step", field="step_id")
    state, reason = rules.step_state(journey, journey.step(step.pk))
    if state == rules.LOCKED:
        raise ValidationFailed([Problem("step", reason or "this step is locked")])
    with transaction.atomic():
        now = clock.now()
        view = ContentView.objects.select_for_update().filter(enrollment=own, step=step).first()
        first = view is None
        if view is None:
            opened = min(shown_at, now) if shown_at else now
            view = ContentView(enrollment=own, step=step, opened_at=opened, seen_at=opened)
        elif shown_at is not None and shown_at < view.opened_at:
            view.opened_at = shown_at
        gap = (now - view.seen_at).total_seconds()
        view.seconds_spent += time_rule.seconds_counted(gap, first=first)
        view.seen_at = now
        allowed = (now - view.opened_at).total_seconds() * time_rule.MAX_PLAYBACK_RATE
        view.watched = [
            list(s)
            for s in time_rule.add_watched(
                view.watched, spans, duration=step.content_seconds, allowed_seconds=allowed
            )
        ]
        view.save()
        if first:
            audit.record(
                actor=actor,
                action="learning.content.opened",
                obj=view,
                after={"step": step.pk, "opened_at": view.opened_at.isoformat()},
            )
    return viewing_of(step, view)


def check_rule(*, enrollment_id: int, step: Step) -> Viewing:
    """The viewing of ``step``, refused (naming the step) while its rule is unmet."""
    viewing = viewing_for(enrollment_id=enrollment_id, step=step)
    if viewing.unmet:
        raise ValidationFailed([Problem("step", viewing.unmet)])
    return viewing
