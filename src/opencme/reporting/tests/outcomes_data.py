"""Outcomes test data: an activity with a pre-test and a post-test quiz, a survey question with
a long text, a follow-up survey; learners, answers, claims and follow-ups on chosen days."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone

from opencme.activities.models import Activity
from opencme.learning.models import Answer, Enrollment, FollowUp, Question, StepProgress
from opencme.learning.services import create_pipeline, enroll_learner
from opencme.providers.models import Provider
from opencme.reporting.tests import data
from tests import factories

LONG = (
    "How confident are you, after this activity, in tapering a long-term opioid prescription "
    "for a patient with chronic low back pain?"
)
JAN = dt.date(2026, 1, 15)
MAR = dt.date(2026, 3, 15)


def at(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(12)))


def quiz(title: str, *texts: str) -> dict[str, Any]:
    questions = [
        {"type": "single", "text": t, "choices": ["yes", "no"], "correct": ["no"]} for t in texts
    ]
    return {"kind": "quiz", "title": title, "pass_mark": 0, "questions": questions}


def claim(activity: Activity, day: dt.date, profile=data.PHARMACIST, code="ACPE") -> None:
    claim = data.claim(data.learner(profile), activity, code)
    type(claim).objects.filter(pk=claim.pk).update(claimed_at=at(day))
    Enrollment.objects.filter(pk=claim.enrollment_id).update(enrolled_at=at(day))


def pipeline(activity: Activity) -> None:
    create_pipeline(
        activity=activity,
        actor=None,
        steps=[
            quiz("Before the talk", "Opioids are first-line", "Imaging is needed at once"),
            quiz("After the talk", "Opioids are first-line", "Imaging is needed at once"),
            {"kind": "survey", "title": "Your view",
             "questions": [{"type": "scale", "text": LONG}]},
            {"kind": "follow_up", "title": "Ninety days on", "delay_days": 90, "questions": [
                {"type": "single", "text": "Have you changed your practice?",
                 "choices": ["Yes", "No"]}]},
        ],
    )  # fmt: skip


def questions(activity: Activity) -> dict[str, list[Question]]:
    out: dict[str, list[Question]] = {}
    for q in Question.objects.filter(step__activity=activity).order_by(
        "step__position", "position"
    ):
        out.setdefault(q.step.title, []).append(q)
    return out


def answer(enrollment: Enrollment, question: Question, value: Any, day: dt.date, attempt=1):
    Answer.objects.create(
        enrollment=enrollment, step=question.step, question=question, attempt=attempt,
        value=value, answered_at=at(day),
    )  # fmt: skip


def learner(activity: Activity, day: dt.date = JAN) -> Enrollment:
    enrollment = enroll_learner(activity=activity, learner=factories.user())
    Enrollment.objects.filter(pk=enrollment.pk).update(enrolled_at=at(day))
    return enrollment


def filled(provider: Provider, title: str = "") -> Activity:
    """An activity of ``provider`` with claims (January and March), the pipeline, and three
    learners' answers (one took only the pre-test), two follow-ups sent and one answered."""
    activity = data.activity(provider, **({"title": title} if title else {}))
    claim(activity, JAN, data.PHYSICIAN, "AMA_PRA_1")
    claim(activity, MAR)
    pipeline(activity)
    qs = questions(activity)
    follow_up = qs["Ninety days on"][0]
    for i, (pre, post) in enumerate((("yes", "no"), ("no", "no"), ("yes", None))):
        day = JAN if i < 2 else MAR
        e = learner(activity, day)
        for before, after in zip(qs["Before the talk"], qs["After the talk"], strict=True):
            answer(e, before, pre, day)
            if post:
                answer(e, after, post, day)
        answer(e, qs["Your view"][0], 3 + i, day)
        if i < 2:
            FollowUp.objects.create(enrollment=e, step=follow_up.step, due_on=day, sent_at=at(day))
        if i == 0:
            answer(e, follow_up, "Yes", day)
            StepProgress.objects.create(enrollment=e, step=follow_up.step, completed_at=at(day))
    return activity
