"""Outcomes of an activity and of a provider: participation, credit, knowledge change, what
learners said in evaluations and follow-ups. Reads only; each function decides its queries."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, Sum

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

RESPONSE_KINDS = (StepKind.REFLECTION, StepKind.SURVEY, StepKind.EVALUATION)


@dataclass
class QuestionSummary:
    """Answers to one question: counts per choice (or scale point), and free text as given."""

    question_id: int
    step_title: str
    text: str
    type: str
    respondents: int = 0
    counts: list[tuple[str, int]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)


@dataclass
class KnowledgeChange:
    """Share of learners answering a quiz question correctly before and after."""

    text: str
    pre_correct: int
    pre_total: int
    post_correct: int
    post_total: int

    @property
    def pre_percent(self) -> float:
        return 100 * self.pre_correct / self.pre_total if self.pre_total else 0.0

    @property
    def post_percent(self) -> float:
        return 100 * self.post_correct / self.post_total if self.post_total else 0.0

    @property
    def change(self) -> float:
        return self.post_percent - self.pre_percent


@dataclass
class ActivityOutcomes:
    activity: Activity
    enrollments: int = 0
    completions: int = 0
    claims: list[tuple[str, int, Decimal]] = field(default_factory=list)
    knowledge: list[KnowledgeChange] = field(default_factory=list)
    knowledge_method: str = ""
    responses: list[QuestionSummary] = field(default_factory=list)
    follow_up: list[QuestionSummary] = field(default_factory=list)
    follow_ups_due: int = 0
    follow_ups_answered: int = 0

    @property
    def completion_rate(self) -> float:
        return 100 * self.completions / self.enrollments if self.enrollments else 0.0

    @property
    def follow_up_rate(self) -> float:
        return 100 * self.follow_ups_answered / self.follow_ups_due if self.follow_ups_due else 0.0


def _is_correct(question: Question, value: Any) -> bool:
    expected = list(question.correct or [])
    if question.type == "multiple":
        return sorted(value if isinstance(value, list) else [value]) == sorted(expected)
    return value in expected


def _summaries(steps: list[Step], activity_id: int) -> list[QuestionSummary]:
    """Distributions of every question of ``steps``: the latest attempt of each learner."""
    questions = {q.pk: q for s in steps for q in s.questions.all()}
    titles = {s.pk: s.title for s in steps}
    latest: dict[tuple[int, int], Any] = {}
    for enrollment_id, question_id, value in (
        Answer.objects.filter(question_id__in=list(questions))
        .order_by("attempt", "id")
        .values_list("enrollment_id", "question_id", "value")
        .iterator(chunk_size=2000)
    ):
        latest[(enrollment_id, question_id)] = value
    by_question: dict[int, list[Any]] = defaultdict(list)
    for (_, question_id), value in latest.items():
        by_question[question_id].append(value)
    out = []
    for qid, q in questions.items():
        values = by_question.get(qid, [])
        summary = QuestionSummary(qid, titles[q.step_id], q.text, q.type, len(values))
        if q.type == "text":
            summary.texts = [str(v) for v in values if v]
        elif q.type == "scale":
            points = Counter(int(v) for v in values if isinstance(v, int | float))
            summary.counts = [(str(p), points.get(p, 0)) for p in range(1, 6)]
        else:
            tally: Counter[str] = Counter()
            for v in values:
                for choice in v if isinstance(v, list) else [v]:
                    tally[str(choice)] += 1
            summary.counts = [(str(c), tally.get(str(c), 0)) for c in q.choices]
        out.append(summary)
    return out


def _knowledge(quizzes: list[Step]) -> tuple[list[KnowledgeChange], str]:
    """Two or more quizzes: the first is the pre-test, the last the post-test, questions paired by
    position. One quiz: each learner's first attempt against their last."""
    if not quizzes:
        return [], ""
    if len(quizzes) >= 2:
        pre, post = quizzes[0], quizzes[-1]
        pairs = list(zip(pre.questions.all(), post.questions.all(), strict=False))
        method = f"“{pre.title}” (pre) against “{post.title}” (post)"
    else:
        pre = post = quizzes[0]
        pairs = [(q, q) for q in pre.questions.all()]
        method = f"first against last attempt of “{pre.title}”"
    ids = {q.pk for pair in pairs for q in pair}
    attempts: dict[tuple[int, int], dict[int, Any]] = defaultdict(dict)
    for enrollment_id, question_id, attempt, value in Answer.objects.filter(
        question_id__in=ids
    ).values_list("enrollment_id", "question_id", "attempt", "value"):
        attempts[(enrollment_id, question_id)][attempt] = value
    out = []
    for before, after in pairs:
        pre_vals = [v[min(v)] for (_, qid), v in attempts.items() if qid == before.pk]
        post_vals = [v[max(v)] for (_, qid), v in attempts.items() if qid == after.pk]
        out.append(
            KnowledgeChange(
                after.text,
                sum(_is_correct(before, v) for v in pre_vals),
                len(pre_vals),
                sum(_is_correct(after, v) for v in post_vals),
                len(post_vals),
            )
        )
    return out, method


def activity_outcomes(activity: Activity) -> ActivityOutcomes:
    out = ActivityOutcomes(activity)
    counts = Enrollment.objects.filter(activity=activity).aggregate(
        n=Count("id"), done=Count("id", filter=Q(status=Enrollment.Status.COMPLETED))
    )
    out.enrollments, out.completions = counts["n"], counts["done"]
    out.claims = [
        (row["credit_type"], row["n"], row["total"])
        for row in Claim.objects.filter(activity=activity, is_current=True)
        .values("credit_type")
        .annotate(n=Count("id"), total=Sum("amount"))
        .order_by("credit_type")
    ]
    steps = list(
        Step.objects.filter(activity=activity)
        .prefetch_related("questions")
        .order_by("position", "id")
    )
    out.knowledge, out.knowledge_method = _knowledge([s for s in steps if s.kind == StepKind.QUIZ])
    out.responses = _summaries([s for s in steps if s.kind in RESPONSE_KINDS], activity.pk)
    follow_steps = [s for s in steps if s.kind == StepKind.FOLLOW_UP]
    out.follow_up = _summaries(follow_steps, activity.pk)
    due = FollowUp.objects.filter(enrollment__activity=activity, due_on__lte=clock.today())
    out.follow_ups_due = due.count()
    out.follow_ups_answered = StepProgress.objects.filter(
        step__in=follow_steps, completed_at__isnull=False
    ).count()
    return out


@dataclass
class ProviderActivityRow:
    activity_id: int
    title: str
    enrollments: int
    completions: int
    claims: int


def provider_outcomes(provider_id: int) -> list[ProviderActivityRow]:
    """Hosted activities of the provider with enrollments, completions and current claims (one
    query)."""
    rows = (
        Activity.objects.filter(provider_id=provider_id, kind=Activity.Kind.HOSTED)
        .annotate(
            n_enrolled=Count("enrollments", distinct=True),
            n_completed=Count(
                "enrollments",
                filter=Q(enrollments__status=Enrollment.Status.COMPLETED),
                distinct=True,
            ),
            n_claims=Count("claims", filter=Q(claims__is_current=True), distinct=True),
        )
        .order_by("-n_enrolled", "title")
        .values_list("id", "title", "n_enrolled", "n_completed", "n_claims")
    )
    return [ProviderActivityRow(*r) for r in rows]


def outcome_numbers(o: ActivityOutcomes) -> list[tuple[str, str, str, Any]]:
    """The numbers behind the dashboard as (section, item, label, value) rows for CSV."""
    rows: list[tuple[str, str, str, Any]] = [
        ("participation", "enrollments", "", o.enrollments),
        ("participation", "completions", "", o.completions),
        ("follow-up", "due", "", o.follow_ups_due),
        ("follow-up", "answered", "", o.follow_ups_answered),
    ]
    rows += [("claims", code, "count", n) for code, n, _ in o.claims]
    rows += [("claims", code, "credit", total) for code, _, total in o.claims]
    for k in o.knowledge:
        rows += [
            ("knowledge", k.text, "pre % correct", round(k.pre_percent, 1)),
            ("knowledge", k.text, "post % correct", round(k.post_percent, 1)),
        ]
    for section, summaries in (("responses", o.responses), ("follow-up answers", o.follow_up)):
        for s in summaries:
            rows += [(section, s.text, label, n) for label, n in s.counts]
            rows += [(section, s.text, "text", t) for t in s.texts]
    return rows
