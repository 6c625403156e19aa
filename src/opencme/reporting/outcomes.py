"""Outcomes of an activity and of a provider: participation, credit, knowledge change, what
learners said in evaluations and follow-ups, each over a date range (``reporting.period``).
Reads only; each function decides its queries."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, Sum

from opencme.activities.models import Activity
from opencme.core import clock
from opencme.credits.models import Claim
from opencme.learning.models import (
    Answer,
    Enrollment,
    FollowUp,
    Question,
    Step,
    StepKind,
    StepProgress,
)
from opencme.reporting.knowledge import KnowledgeChange, knowledge_changes, roots
from opencme.reporting.period import Period

RESPONSE_KINDS = (StepKind.REFLECTION, StepKind.SURVEY, StepKind.EVALUATION)
SCALE_POINTS = range(1, 6)


@dataclass
class QuestionSummary:
    """Answers to one question: counts per choice (or scale point), and free text as given."""

    question_id: int
    step_title: str
    step_kind: str
    text: str
    type: str
    respondents: int = 0
    counts: list[tuple[str, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


@dataclass
class ActivityOutcomes:
    activity: Activity
    period: Period = field(default_factory=Period)
    enrollments: int = 0
    completions: int = 0
    claims: list[tuple[str, int, Decimal]] = field(default_factory=list)
    knowledge: list[KnowledgeChange] = field(default_factory=list)
    knowledge_method: str = ""
    responses: list[QuestionSummary] = field(default_factory=list)
    follow_up: list[QuestionSummary] = field(default_factory=list)
    follow_ups_due: int = 0
    follow_ups_sent: int = 0
    follow_ups_answered: int = 0

    @property
    def completion_rate(self) -> float:
        return 100 * self.completions / self.enrollments if self.enrollments else 0.0

    @property
    def follow_up_rate(self) -> float:
        """Answered of sent, in percent."""
        return (
            100 * self.follow_ups_answered / self.follow_ups_sent if self.follow_ups_sent else 0.0
        )


def _summaries(
    steps: list[Step], questions: dict[int, Question], root_of: dict[int, int], period: Period
) -> list[QuestionSummary]:
    """Distributions of every question of ``steps`` (answers to later copies counted with the
    first version): each learner's latest attempt given in ``period``."""
    step_ids = {s.pk for s in steps}
    by_step = {s.pk: s for s in steps}
    shown = [q for q in questions.values() if q.step_id in step_ids and root_of[q.pk] == q.pk]
    members = [qid for qid, root in root_of.items() if questions[root].step_id in step_ids]
    latest: dict[tuple[int, int], Any] = {}
    for enrollment_id, question_id, value in (
        Answer.objects.filter(period.q("answered_at"), question_id__in=members)
        .order_by("attempt", "id")
        .values_list("enrollment_id", "question_id", "value")
        .iterator(chunk_size=2000)
    ):
        latest[(enrollment_id, root_of[question_id])] = value
    by_question: dict[int, list[Any]] = defaultdict(list)
    for (_, question_id), value in latest.items():
        by_question[question_id].append(value)
    out = []
    for q in sorted(shown, key=lambda q: (by_step[q.step_id].position, q.step_id, q.position)):
        values = by_question.get(q.pk, [])
        step = by_step[q.step_id]
        summary = QuestionSummary(q.pk, step.title, step.get_kind_display(), q.text, q.type)
        summary.respondents = len(values)
        if q.type == "text":
            summary.texts = [str(v) for v in values if v]
        elif q.type == "scale":
            points = Counter(int(v) for v in values if isinstance(v, int | float))
            summary.counts = [(str(p), points.get(p, 0)) for p in SCALE_POINTS]
        else:
            tally: Counter[str] = Counter()
            for v in values:
                for choice in v if isinstance(v, list) else [v]:
                    tally[str(choice)] += 1
            summary.counts = [(str(c), tally.get(str(c), 0)) for c in q.choices]
        out.append(summary)
    return out


def activity_outcomes(activity: Activity, period: Period | None = None) -> ActivityOutcomes:
    period = period or Period()
    out = ActivityOutcomes(activity, period)
    enrollments = Enrollment.objects.filter(activity=activity)
    out.enrollments = enrollments.filter(period.q("enrolled_at")).count()
    out.completions = enrollments.filter(
        period.q("completed_at"), status=Enrollment.Status.COMPLETED
    ).count()
    out.claims = [
        (row["credit_type"], row["n"], row["total"])
        for row in Claim.objects.filter(period.q("claimed_at"), activity=activity, is_current=True)
        .values("credit_type")
        .annotate(n=Count("id"), total=Sum("amount"))
        .order_by("credit_type")
    ]
    steps = list(
        Step.objects.filter(activity=activity)
        .prefetch_related("questions")
        .order_by("position", "id")
    )
    questions = {q.pk: q for s in steps for q in s.questions.all()}
    root_of = roots(questions)
    # A quiz copied into a later revision (every question a copy) is the same quiz.
    quizzes = [
        s
        for s in steps
        if s.kind == StepKind.QUIZ and any(root_of[q.pk] == q.pk for q in s.questions.all())
    ]
    out.knowledge, out.knowledge_method = knowledge_changes(quizzes, questions, period)
    responding = [s for s in steps if s.kind in RESPONSE_KINDS]
    out.responses = _summaries(responding, questions, root_of, period)
    follow_steps = [s for s in steps if s.kind == StepKind.FOLLOW_UP]
    out.follow_up = _summaries(follow_steps, questions, root_of, period)
    follow_ups = FollowUp.objects.filter(enrollment__activity=activity)
    out.follow_ups_due = follow_ups.filter(
        period.q("due_on", is_date=True), due_on__lte=clock.today()
    ).count()
    sent = follow_ups.filter(period.q("sent_at"), sent_at__isnull=False)
    out.follow_ups_sent = sent.count()
    out.follow_ups_answered = sent.filter(
        Exists(
            StepProgress.objects.filter(
                enrollment=OuterRef("enrollment"), step=OuterRef("step"), completed_at__isnull=False
            )
        )
    ).count()
    return out


@dataclass
class ProviderActivityRow:
    activity_id: int
    title: str
    enrollments: int
    completions: int
    claims: int


def provider_outcomes(provider_id: int, period: Period | None = None) -> list[ProviderActivityRow]:
    """Hosted activities of the provider with enrollments, completions and current claims in
    ``period`` (one query)."""
    period = period or Period()
    rows = (
        Activity.objects.filter(provider_id=provider_id, kind=Activity.Kind.HOSTED)
        .annotate(
            n_enrolled=Count(
                "enrollments", filter=period.q("enrollments__enrolled_at"), distinct=True
            ),
            n_completed=Count(
                "enrollments",
                filter=Q(enrollments__status=Enrollment.Status.COMPLETED)
                & period.q("enrollments__completed_at"),
                distinct=True,
            ),
            n_claims=Count(
                "claims",
                filter=Q(claims__is_current=True) & period.q("claims__claimed_at"),
                distinct=True,
            ),
        )
        .order_by("-n_enrolled", "title")
        .values_list("id", "title", "n_enrolled", "n_completed", "n_claims")
    )
    return [ProviderActivityRow(*r) for r in rows]
