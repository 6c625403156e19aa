"""Knowledge change: the share of learners answering a quiz question correctly before and after.

Pairs come from the questions themselves when the provider marked them (a post-test question
names its pre-test question, ``Question.pre_question``); otherwise, with two or more quizzes, the
first quiz is the pre-test and the last the post-test, paired by position; with one quiz, each
learner's first attempt is set against their last. A question copied into a later revision of
the pipeline names the one it was copied from (``Question.origin``): its answers count for that
first question, so one figure holds every revision's learners. Only learners who answered both
sides count, so before and after are the same people."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from opencme.learning.models import Answer, Question, Step
from opencme.reporting.period import Period


@dataclass
class KnowledgeChange:
    """One pair: correct answers of the same learners before and after."""

    text: str
    pre_text: str
    learners: int
    pre_correct: int
    post_correct: int

    @property
    def pre_total(self) -> int:
        return self.learners

    @property
    def post_total(self) -> int:
        return self.learners

    @property
    def pre_percent(self) -> float:
        return 100 * self.pre_correct / self.learners if self.learners else 0.0

    @property
    def post_percent(self) -> float:
        return 100 * self.post_correct / self.learners if self.learners else 0.0

    @property
    def change(self) -> float:
        return self.post_percent - self.pre_percent


def is_correct(question: Question, value: Any) -> bool:
    expected = list(question.correct or [])
    if question.type == "multiple":
        return sorted(value if isinstance(value, list) else [value]) == sorted(expected)
    return value in expected


def roots(questions: dict[int, Question]) -> dict[int, int]:
    """Each question's first version: its ``origin`` followed back as far as the activity's own
    questions go (itself when it has none)."""
    out = {}
    for qid in questions:
        root, seen = qid, {qid}
        while True:
            parent = questions[root].origin_id
            if parent is None or parent not in questions or parent in seen:
                break
            root = parent
            seen.add(root)
        out[qid] = root
    return out


def pairs_for(
    quizzes: list[Step], questions: dict[int, Question], root_of: dict[int, int]
) -> tuple[list[tuple[Question, Question]], str]:
    """The (pre, post) question pairs of an activity's quizzes and how they were chosen."""
    explicit = [
        (questions[root_of[q.pre_question_id]], q)
        for s in quizzes
        for q in s.questions.all()
        if q.pre_question_id in questions and root_of[q.pk] == q.pk
    ]
    if explicit:
        return explicit, "the question pairs marked in the quizzes (before against after)"
    if not quizzes:
        return [], ""
    if len(quizzes) >= 2:
        pre, post = quizzes[0], quizzes[-1]
        pairs = list(zip(_own(pre, root_of), _own(post, root_of), strict=False))
        return pairs, f"“{pre.title}” (before) against “{post.title}” (after), question by question"
    only = quizzes[0]
    return [(q, q) for q in _own(only, root_of)], f"first against last attempt of “{only.title}”"


def _own(step: Step, root_of: dict[int, int]) -> list[Question]:
    return [q for q in step.questions.all() if root_of[q.pk] == q.pk]


def knowledge_changes(
    quizzes: list[Step], questions: dict[int, Question], period: Period
) -> tuple[list[KnowledgeChange], str]:
    """Every pair's change over the answers given in ``period``."""
    root_of = roots(questions)
    pairs, method = pairs_for(quizzes, questions, root_of)
    if not pairs:
        return [], method
    wanted = {q.pk for pair in pairs for q in pair}
    ids = [qid for qid, root in root_of.items() if root in wanted]
    # (enrollment, first version of the question) -> [(attempt, answer id, correct)]
    attempts: dict[tuple[int, int], list[tuple[int, int, bool]]] = defaultdict(list)
    for pk, enrollment_id, question_id, attempt, value in (
        Answer.objects.filter(period.q("answered_at"), question_id__in=ids)
        .values_list("pk", "enrollment_id", "question_id", "attempt", "value")
        .iterator(chunk_size=2000)
    ):
        correct = is_correct(questions[question_id], value)
        attempts[(enrollment_id, root_of[question_id])].append((attempt, pk, correct))
    out = []
    for before, after in pairs:
        firsts = {e: min(v)[2] for (e, q), v in attempts.items() if q == before.pk}
        lasts = {e: max(v)[2] for (e, q), v in attempts.items() if q == after.pk}
        both = firsts.keys() & lasts.keys()
        out.append(
            KnowledgeChange(
                text=after.text,
                pre_text=before.text,
                learners=len(both),
                pre_correct=sum(firsts[e] for e in both),
                post_correct=sum(lasts[e] for e in both),
            )
        )
    return out, method
