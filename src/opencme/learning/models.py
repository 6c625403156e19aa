"""Pipelines of gated steps, enrollments, progress, answers and follow-ups."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from opencme.activities.models import Activity
from opencme.learning.storage import content_storage


class StepKind(models.TextChoices):
    REFLECTION = "reflection", "Reflection"
    CONTENT = "content", "Content"
    QUIZ = "quiz", "Quiz"
    SURVEY = "survey", "Survey"
    EVALUATION = "evaluation", "Evaluation"
    ATTESTATION = "attestation", "Attestation"
    CLAIM = "claim", "Claim credit"
    FOLLOW_UP = "follow_up", "Follow-up survey"


class ContentKind(models.TextChoices):
    VIDEO = "video", "Video"
    DOCUMENT = "document", "Document"
    ARTICLE = "article", "Article"
    LINK = "link", "Link"


class Step(models.Model):
    """One step of an activity's pipeline. It opens when all its prerequisites are complete."""

    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="steps")
    # the pipeline's revision this step belongs to: editing the steps of an activity that has
    # learners copies them to a new revision (``learning.authoring``); learners keep theirs
    revision = models.PositiveIntegerField(default=1)
    position = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(max_length=20, choices=StepKind.choices)
    title = models.CharField(max_length=200)
    instructions = models.TextField(blank=True)
    prerequisites = models.ManyToManyField(
        "self", symmetrical=False, blank=True, related_name="unlocks"
    )
    # content: the material (an uploaded file, an address, or an article's text), its captions,
    # and the provider's completion rule (``learning.time_rule.content_rule_unmet``)
    content_url = models.URLField(max_length=1000, blank=True)
    content_kind = models.CharField(max_length=10, blank=True, choices=ContentKind.choices)
    content_file = models.FileField(
        upload_to="steps/%Y/", storage=content_storage, blank=True, max_length=300
    )
    captions_file = models.FileField(
        upload_to="steps/%Y/", storage=content_storage, blank=True, max_length=300
    )
    content_text = models.TextField(blank=True, help_text="an article shown in the page")
    content_seconds = models.PositiveIntegerField(
        null=True, blank=True, help_text="the video's length in seconds"
    )
    min_watched_percent = models.PositiveSmallIntegerField(null=True, blank=True)
    min_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    # quiz
    pass_mark = models.PositiveSmallIntegerField(null=True, blank=True, help_text="percent")
    attempts_allowed = models.PositiveSmallIntegerField(null=True, blank=True)
    # follow-up
    delay_days = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["activity", "position", "id"]
        indexes = [models.Index(fields=["activity", "revision"], name="step_activity_revision")]

    def __str__(self) -> str:
        return f"{self.position}. {self.title}"


class QuestionType(models.TextChoices):
    TEXT = "text", "Free text"
    SINGLE = "single", "One choice"
    MULTIPLE = "multiple", "Several choices"
    SCALE = "scale", "Scale 1-5"


class Question(models.Model):
    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="questions")
    position = models.PositiveSmallIntegerField(default=0)
    type = models.CharField(max_length=10, choices=QuestionType.choices)
    text = models.TextField()
    choices = models.JSONField(default=list, blank=True)
    correct = models.JSONField(default=list, blank=True, help_text="quiz: the correct choices")
    required = models.BooleanField(default=True)
    # outcomes: a post-test question names the pre-test question it pairs with
    pre_question = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="post_questions",
        help_text="a post-test question: the pre-test question it pairs with",
    )
    # the question this one was copied from in an earlier revision of the pipeline, so outcomes
    # may add the answers of every revision together
    origin = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["step", "position", "id"]

    def __str__(self) -> str:
        return self.text[:60]


class Enrollment(models.Model):
    class Status(models.TextChoices):
        ACTIVE = "active", "In progress"
        PENDING_PAYMENT = "pending_payment", "Awaiting payment"
        COMPLETED = "completed", "Completed"

    activity = models.ForeignKey(Activity, on_delete=models.PROTECT, related_name="enrollments")
    learner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="enrollments"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.ACTIVE)
    enrolled_at = models.DateTimeField()
    completed_at = models.DateTimeField(null=True, blank=True)
    # the revision of the activity's steps the learner goes through (the newest at enrollment)
    revision = models.PositiveIntegerField(default=1)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "learner"], name="one_enrollment_per_activity"
            )
        ]
        ordering = ["-enrolled_at", "-id"]

    def __str__(self) -> str:
        return f"{self.learner} in {self.activity_id}"


class StepProgress(models.Model):
    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="progress")
    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="+")
    completed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    score = models.PositiveSmallIntegerField(null=True, blank=True, help_text="percent")
    minutes = models.PositiveIntegerField(null=True, blank=True, help_text="attested participation")
    seconds_spent = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "step"], name="one_progress_per_step")
        ]

    def __str__(self) -> str:
        return f"step {self.step_id} of enrollment {self.enrollment_id}"


class ContentView(models.Model):
    """A learner's viewing of one content step, as the server recorded it: when it was first
    opened, the parts of the video watched (merged ``[start, end]`` seconds) and the time spent
    on the page (``learning.rules``: what counts)."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="+")
    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="+")
    opened_at = models.DateTimeField()
    seen_at = models.DateTimeField()
    watched = models.JSONField(default=list, blank=True)
    seconds_spent = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "step"], name="one_view_per_step")
        ]

    def __str__(self) -> str:
        return f"viewing of step {self.step_id} by enrollment {self.enrollment_id}"


class Answer(models.Model):
    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="answers")
    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="+")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    attempt = models.PositiveSmallIntegerField(default=1)
    value = models.JSONField()
    answered_at = models.DateTimeField()

    class Meta:
        ordering = ["enrollment", "step", "attempt", "question"]

    def __str__(self) -> str:
        return f"answer to question {self.question_id}"


class FollowUp(models.Model):
    """A follow-up survey due on a day after completion; the worker sends and reminds."""

    enrollment = models.ForeignKey(Enrollment, on_delete=models.CASCADE, related_name="follow_ups")
    step = models.ForeignKey(Step, on_delete=models.CASCADE, related_name="+")
    due_on = models.DateField(db_index=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    reminder_queued_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["enrollment", "step"], name="one_follow_up_per_step")
        ]

    def __str__(self) -> str:
        return f"follow-up of enrollment {self.enrollment_id} due {self.due_on}"


class PipelineRevision(models.Model):
    """A number that grows whenever an activity's steps, their prerequisites or questions
    change (``learning.pipelines``), so a process may keep the pipeline it read until then."""

    activity = models.OneToOneField(
        Activity, primary_key=True, on_delete=models.CASCADE, related_name="+"
    )
    revision = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return f"pipeline of activity {self.activity_id}, revision {self.revision}"
