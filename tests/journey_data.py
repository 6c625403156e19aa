"""Learner-journey test data, built through the real services: the hosted re-release of seed 000
with its pipeline, learners with a profession, valid answers for any step, walking a journey.

Shared by the learning, credits, accounts and API tests.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from opencme.accounts.models import User
from opencme.accounts.services import update_profile
from opencme.activities.models import Activity
from opencme.core import clock
from opencme.ingest.loader import ALL_CONFIRMED, import_file
from opencme.learning import services as learning
from opencme.learning.models import Enrollment, Step, StepKind
from opencme.web.demo.loader import LISTINGS, SEED_000
from opencme.web.demo.rerelease import ensure_rerelease, watch_whole
from tests import factories

_serial = itertools.count(1)

PROFILES: dict[str, dict[str, Any]] = {
    "physician": {"profession": "physician", "legal_name": "Dana Whitfield", "degree": "MD"},
    "nurse": {"profession": "nurse", "legal_name": "Luis Ortega", "degree": "RN"},
    "pharmacist": {
        "profession": "pharmacist",
        "legal_name": "Mei Tanaka",
        "degree": "PharmD",
        "nabp_eprofile_id": "1234567",
        "birth_month": 4,
        "birth_day": 17,
    },
}


def seed_000_rerelease(*, today: dt.date | None = None, viewing_rule: bool = True) -> Activity:
    """Seed 000 imported as published (a listed activity) and its hosted demo re-release
    (``viewing_rule``: as ``ensure_rerelease``)."""
    outcome = import_file(LISTINGS / SEED_000, actor=None, confirmed=ALL_CONFIRMED)  # hand-checked
    assert outcome.activity_id, outcome.reasons
    seed = Activity.objects.get(pk=outcome.activity_id)
    return ensure_rerelease(seed=seed, today=today or clock.today(), viewing_rule=viewing_rule)


def learner(
    profession: str = "physician", *, email: str = "", password: str | None = None, **profile: Any
) -> User:
    """A new learner whose profile is ``PROFILES[profession]`` with ``profile`` on top.

    Without ``password`` the account has none: Argon2 takes most of a second per hash here, and
    only the sign-in tests need one (the API tests issue tokens through the service)."""
    user = factories.user(
        email=email or f"learner{next(_serial)}@example.org",
        password=password,  # type: ignore[arg-type]
    )
    changes = PROFILES.get(profession, {"profession": profession}) | profile
    update_profile(user=user, actor=user, changes=changes)
    return user


def steps_of(activity: Activity, revision: int | None = None) -> list[Step]:
    """The steps of ``activity``'s ``revision`` of its steps (None: the newest)."""
    if revision is None:
        revision = max((s.revision for s in activity.steps.all()), default=1)
    found = activity.steps.filter(revision=revision)
    return list(found.order_by("position", "id").prefetch_related("questions"))


def answers_for(step: Step) -> dict[str, Any]:
    """Answers every question of ``step`` accepts: text, the first choice, or 4 on a scale.
    A quiz gets its correct choices."""
    out: dict[str, Any] = {}
    for q in step.questions.all():
        if q.type == "text":
            out[str(q.pk)] = "I will reassess more often."
        elif q.type == "single":
            out[str(q.pk)] = q.correct[0] if q.correct else q.choices[0]
        elif q.type == "multiple":
            out[str(q.pk)] = list(q.correct) if q.correct else [q.choices[0]]
        elif q.type == "scale":
            out[str(q.pk)] = 4
    return out


def step_payload(step: Step) -> dict[str, Any]:
    """The API body that completes ``step``."""
    if step.kind == StepKind.ATTESTATION:
        return {"minutes": 75}
    return {"answers": answers_for(step)}


def walk(enrollment: Enrollment, user: User, *, until: str = StepKind.CLAIM) -> None:
    """Complete every step in order until the first of kind ``until`` (not included)."""
    for step in steps_of(enrollment.activity, enrollment.revision):
        if step.kind == until:
            return
        watch_whole(enrollment=enrollment, step=step, actor=user)
        learning.complete_step(
            enrollment=enrollment,
            step_id=step.pk,
            actor=user,
            answers=answers_for(step),
            minutes=75 if step.kind == StepKind.ATTESTATION else None,
        )


def ready_to_claim(activity: Activity, profession: str = "physician", **profile: Any):
    """A learner enrolled in ``activity`` with every step before the claim done."""
    user = learner(profession, **profile)
    enrollment = learning.enroll_learner(activity=activity, learner=user)
    walk(enrollment, user)
    return user, enrollment
