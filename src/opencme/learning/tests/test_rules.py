"""Gating rules without a database: plain step and progress facts in, states and reasons out."""

from __future__ import annotations

import datetime as dt

from opencme.learning.rules import (
    DONE,
    LOCKED,
    OPEN,
    Journey,
    ProgressFacts,
    QuestionFacts,
    StepFacts,
    check_answers,
    grade,
    is_completed,
    may_claim,
    step_state,
)

TODAY = dt.date(2026, 3, 1)

# Seed 000's pipeline: each step waits for the one before it.
REFLECTION = StepFacts(1, "reflection", "Pre-reflection question")
CONTENT = StepFacts(2, "content", "Recorded presentation", prerequisites=(1,))
SURVEY = StepFacts(3, "survey", "Survey", prerequisites=(2,))
EVALUATION = StepFacts(4, "evaluation", "Course evaluation", prerequisites=(3,))
CLAIM = StepFacts(5, "claim", "Claim credit", prerequisites=(4,))
FOLLOW_UP = StepFacts(6, "follow_up", "Post survey", prerequisites=(5,), delay_days=90)
SEED_000 = (REFLECTION, CONTENT, SURVEY, EVALUATION, CLAIM, FOLLOW_UP)
DONE_FACTS = ProgressFacts(completed=True, attempts=1)


def journey(*done: int, steps=SEED_000, completed_on=None, today=TODAY, **progress) -> Journey:
    facts = {sid: DONE_FACTS for sid in done}
    facts.update({int(k.removeprefix("p")): v for k, v in progress.items()})
    return Journey(steps=steps, progress=facts, today=today, completed_on=completed_on)


def states(j: Journey) -> list[str]:
    return [step_state(j, s)[0] for s in j.steps]


def test_step_state_new_enrollment_opens_only_the_first_step():
    assert states(journey()) == [OPEN, LOCKED, LOCKED, LOCKED, LOCKED, LOCKED]


def test_step_state_done_steps_open_the_next_one():
    assert states(journey(1, 2)) == [DONE, DONE, OPEN, LOCKED, LOCKED, LOCKED]


def test_step_state_locked_reason_names_the_missing_prerequisite():
    state, reason = step_state(journey(1), SURVEY)
    assert state == LOCKED
    assert reason == "Complete “Recorded presentation” first."


def test_step_state_survey_unlocks_evaluation():
    before = step_state(journey(1, 2), EVALUATION)
    after = step_state(journey(1, 2, 3), EVALUATION)
    assert before == (LOCKED, "Complete “Survey” first.")
    assert after == (OPEN, None)


def test_step_state_every_prerequisite_is_named_when_several_are_missing():
    evaluation = StepFacts(4, "evaluation", "Course evaluation", prerequisites=(2, 3))
    steps = (REFLECTION, CONTENT, SURVEY, evaluation)
    state, reason = step_state(journey(1, steps=steps), evaluation)
    assert state == LOCKED
    assert reason == "Complete “Recorded presentation”, “Survey” first."


def test_step_state_a_step_without_prerequisites_is_open_at_once():
    side = StepFacts(9, "survey", "Optional survey")
    assert step_state(journey(steps=(REFLECTION, side)), side) == (OPEN, None)


def test_step_state_completed_step_is_done_even_if_prerequisites_are_not():
    # Progress recorded earlier stays done; the state never goes backwards.
    assert step_state(journey(3), SURVEY) == (DONE, None)


QUIZ = StepFacts(7, "quiz", "Knowledge check", pass_mark=80, attempts_allowed=2)


def test_quiz_open_while_attempts_remain():
    failed_once = ProgressFacts(completed=False, attempts=1, score=50)
    assert step_state(journey(steps=(QUIZ,), p7=failed_once), QUIZ) == (OPEN, None)


def test_quiz_locked_when_attempts_are_used_up():
    failed_twice = ProgressFacts(completed=False, attempts=2, score=50)
    state, reason = step_state(journey(steps=(QUIZ,), p7=failed_twice), QUIZ)
    assert state == LOCKED
    assert reason == "No attempts left (2 allowed); contact the provider."


def test_quiz_passed_is_done_whatever_the_attempts():
    passed = ProgressFacts(completed=True, attempts=2, score=100)
    assert step_state(journey(steps=(QUIZ,), p7=passed), QUIZ) == (DONE, None)


def test_quiz_without_attempt_limit_stays_open():
    quiz = StepFacts(7, "quiz", "Knowledge check", pass_mark=80)
    many = ProgressFacts(completed=False, attempts=40, score=0)
    assert step_state(journey(steps=(quiz,), p7=many), quiz) == (OPEN, None)


def test_follow_up_locked_until_the_activity_is_completed():
    state, reason = step_state(journey(1, 2, 3, 4, 5), FOLLOW_UP)
    assert state == LOCKED
    assert reason == "Opens after you complete the activity."


def test_follow_up_opens_delay_days_after_completion():
    completed = dt.date(2026, 3, 1)
    day_89 = journey(1, 2, 3, 4, 5, completed_on=completed, today=completed + dt.timedelta(89))
    day_90 = journey(1, 2, 3, 4, 5, completed_on=completed, today=completed + dt.timedelta(90))
    assert step_state(day_89, FOLLOW_UP) == (
        LOCKED,
        "Opens on May 30, 2026 (90 days after completion).",
    )
    assert step_state(day_90, FOLLOW_UP) == (OPEN, None)


def test_follow_up_waits_for_its_prerequisite_before_its_date():
    late = journey(1, 2, 3, 4, completed_on=TODAY, today=TODAY + dt.timedelta(200))
    assert step_state(late, FOLLOW_UP) == (LOCKED, "Complete “Claim credit” first.")


def test_is_completed_ignores_follow_ups():
    assert not is_completed(journey(1, 2, 3, 4))
    assert is_completed(journey(1, 2, 3, 4, 5))


def test_may_claim_locked_until_the_evaluation_is_done():
    assert may_claim(journey(1, 2, 3)) == (False, "Complete “Course evaluation” first.")
    assert may_claim(journey(1, 2, 3, 4)) == (True, None)


def test_may_claim_stays_true_once_claimed():
    assert may_claim(journey(1, 2, 3, 4, 5)) == (True, None)


def test_may_claim_without_claim_step_needs_every_other_step():
    steps = (REFLECTION, CONTENT, SURVEY)
    assert may_claim(journey(1, steps=steps)) == (
        False,
        "Complete “Recorded presentation”, “Survey” first.",
    )
    assert may_claim(journey(1, 2, 3, steps=steps)) == (True, None)


QUESTIONS = [
    QuestionFacts(1, "text", "What will you change?"),
    QuestionFacts(2, "single", "Opioids are", choices=("First-line", "Not first-line")),
    QuestionFacts(3, "multiple", "Strategies", choices=("A", "B", "C")),
    QuestionFacts(4, "scale", "Confidence"),
    QuestionFacts(5, "text", "Anything else?", required=False),
]


def test_check_answers_accepts_valid_answers_keyed_by_question_id():
    clean, problems = check_answers(
        QUESTIONS, {"1": "  Reassess.  ", "2": "Not first-line", "3": ["C", "A", "C"], "4": "5"}
    )
    assert problems == []
    assert clean == {1: "Reassess.", 2: "Not first-line", 3: ["A", "C"], 4: 5}


def test_check_answers_names_each_bad_answer():
    _, problems = check_answers(QUESTIONS, {"2": "Maybe", "3": ["D"], "4": 9, "99": "x"})
    assert {p.field: p.message for p in problems} == {
        "answers.99": "is not a question of this step",
        "answers.1": "an answer is required",
        "answers.2": "must be one of: First-line, Not first-line",
        "answers.3": "must be chosen from: A, B, C",
        "answers.4": "must be a whole number from 1 to 5",
    }


def test_grade_counts_only_questions_with_a_correct_answer():
    quiz = [
        QuestionFacts(1, "single", "a", choices=("x", "y"), correct=("x",)),
        QuestionFacts(2, "multiple", "b", choices=("x", "y", "z"), correct=("x", "z")),
        QuestionFacts(3, "text", "c"),
    ]
    assert grade(quiz, {1: "x", 2: ["z", "x"], 3: "t"}) == 100
    assert grade(quiz, {1: "x", 2: ["x"]}) == 50
    assert grade(quiz[2:], {3: "t"}) == 100
