"""Forms of the pipeline admin (``learning/admin.py``).

A step's fields are checked by its kind; its prerequisites must be other steps of the same
activity and must not close a cycle; a question's choices are typed one per line.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import QuerySet

from opencme.learning.models import Answer, Question, QuestionType, Step, StepKind

# The fields only one kind of step uses, with the kind that uses them.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    StepKind.CONTENT: (
        "content_url",
        "content_kind",
        "content_file",
        "captions_file",
        "content_text",
        "content_seconds",
        "min_watched_percent",
        "min_minutes",
    ),
    StepKind.QUIZ: ("pass_mark", "attempts_allowed"),
    StepKind.FOLLOW_UP: ("delay_days",),
}


def cycle_through(
    step_id: int, chosen: Iterable[int], waits_for: Mapping[int, Iterable[int]]
) -> list[int] | None:
    """The chain from one of ``chosen`` through saved prerequisites back to ``step_id``, or None.

    ``waits_for`` maps step ids to their prerequisites' ids as saved. A chain means that making
    ``chosen`` prerequisites of ``step_id`` would lock each step of it until the others are done.
    """
    stack = [[c] for c in chosen]
    seen: set[int] = set()
    while stack:
        path = stack.pop()
        here = path[-1]
        if here == step_id:
            return path
        if here in seen:
            continue
        seen.add(here)
        stack.extend([*path, after] for after in waits_for.get(here, ()))
    return None


class PrerequisiteField(forms.ModelMultipleChoiceField):
    """Offers the steps of ``queryset`` but accepts any step of ``accepted`` (the steps the user
    may edit), so the form can say why a step of another activity is refused instead of only
    that it was not offered. Ids outside ``accepted`` are refused without saying more."""

    accepted: QuerySet[Step]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(queryset=Step.objects.none(), **kwargs)
        self.accepted = Step.objects.none()
        self.show_activity = False

    def label_from_instance(self, obj: Step) -> str:
        label = f"{obj} ({obj.get_kind_display()})"
        return f"{obj.activity.title} › {label}" if self.show_activity else label

    def clean(self, value: Any) -> QuerySet[Step]:
        if value in self.empty_values:
            return self.accepted.none()
        if not isinstance(value, (list, tuple)):
            raise ValidationError(self.error_messages["invalid_list"], code="invalid_list")
        ids: set[int] = set()
        for raw in value:
            try:
                ids.add(int(raw))
            except (TypeError, ValueError):
                message = f"“{raw}” is not a step id."
                raise ValidationError(message, code="invalid_pk_value") from None
        found = self.accepted.select_related("activity").filter(pk__in=ids)
        unknown = sorted(ids - {step.pk for step in found})
        if unknown:
            raise ValidationError(
                f"No step you may edit has the id {', '.join(map(str, unknown))}.",
                code="invalid_choice",
            )
        return found


class StepForm(forms.ModelForm):
    """A step. The admin sets ``editable_steps`` (the steps the user may edit) per request."""

    editable_steps: QuerySet[Step] = Step.objects.none()

    prerequisites = PrerequisiteField(
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="The steps a learner must complete before this one opens, e.g. a survey that "
        "unlocks the evaluation. Leave empty for a step that is open from the start.",
    )

    class Meta:
        model = Step
        fields = [
            "activity",
            "position",
            "kind",
            "title",
            "instructions",
            "prerequisites",
            "content_kind",
            "content_url",
            "content_file",
            "captions_file",
            "content_text",
            "content_seconds",
            "min_watched_percent",
            "min_minutes",
            "pass_mark",
            "attempts_allowed",
            "delay_days",
        ]
        labels = {
            "content_kind": "Content type",
            "content_url": "Content address",
            "content_file": "Uploaded material",
            "captions_file": "Captions (WebVTT)",
            "content_text": "Article text",
            "content_seconds": "Video length (seconds)",
            "min_watched_percent": "Share of the video to watch (%)",
            "min_minutes": "Minimum minutes on the step",
            "pass_mark": "Pass mark (%)",
            "delay_days": "Days after completion",
        }
        help_texts = {
            "activity": "Only hosted activities run a pipeline here.",
            "position": "Steps are shown to learners in this order.",
            "instructions": "Shown to the learner above the step's questions.",
            "content_url": "The video, document or link the learner views (https://...), "
            "unless the material is uploaded.",
            "content_file": "A video (WebM or MP4) or a PDF, shown only to enrolled learners.",
            "captions_file": "Captions for the video, as a .vtt file.",
            "min_watched_percent": "The step completes once the learner has watched this share "
            "of the video (the server counts what was played). Leave empty for no such rule.",
            "min_minutes": "The step completes once the learner has spent this long on it. "
            "Leave empty for no such rule.",
            "pass_mark": "The percent of graded questions a learner must answer correctly.",
            "attempts_allowed": "Leave empty for unlimited attempts.",
            "delay_days": "The follow-up survey is sent this many days after the learner "
            "completes the activity (90 in seed 000), with a reminder a week later.",
        }
        widgets = {
            "position": forms.NumberInput(attrs={"class": "vIntegerField"}),
            "instructions": forms.Textarea(attrs={"rows": 3, "cols": 60}),
            "pass_mark": forms.NumberInput(attrs={"class": "vIntegerField"}),
            "attempts_allowed": forms.NumberInput(attrs={"class": "vIntegerField"}),
            "delay_days": forms.NumberInput(attrs={"class": "vIntegerField"}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["prerequisites"]
        assert isinstance(field, PrerequisiteField)
        field.accepted = self.editable_steps
        activity_id = self.instance.activity_id if self.instance.pk else self._activity_asked()
        if activity_id is None:
            # Until the activity is chosen there is nothing sensible to offer: every step of
            # every activity would be a long list of wrong answers.
            field.queryset = Step.objects.none()
            field.help_text = (
                "Choose the activity first (or add the step from the activity's page); its "
                "steps are offered here once it is saved."
            )
            return
        shown = self.editable_steps.filter(activity_id=activity_id).select_related("activity")
        field.queryset = shown.exclude(pk=self.instance.pk) if self.instance.pk else shown

    def _activity_asked(self) -> int | None:
        """The activity named by the posted form or the add link, if it is a number."""
        raw = self.data.get("activity") if self.is_bound else self.initial.get("activity")
        try:
            return int(raw) if raw not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def clean_pass_mark(self) -> int | None:
        mark = self.cleaned_data.get("pass_mark")
        if mark is not None and mark > 100:
            raise ValidationError("A pass mark is a percent: at most 100.")
        return mark

    def clean_attempts_allowed(self) -> int | None:
        attempts = self.cleaned_data.get("attempts_allowed")
        if attempts == 0:
            raise ValidationError("Allow at least one attempt, or leave empty for unlimited.")
        return attempts

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        self._check_kind_fields(cleaned)
        self._check_prerequisites(cleaned)
        return cleaned

    def _check_kind_fields(self, cleaned: dict[str, Any]) -> None:
        kind = cleaned.get("kind")
        if kind is None:
            return
        needed = {
            StepKind.CONTENT: {
                "content_kind": "Say whether the content is a video, a document or a link.",
            },
            StepKind.QUIZ: {"pass_mark": "A quiz needs a pass mark (0 to 100 percent)."},
            StepKind.FOLLOW_UP: {
                "delay_days": "A follow-up needs the number of days after completion."
            },
        }.get(kind, {})
        for name, message in needed.items():
            if cleaned.get(name) in (None, ""):
                self.add_error(name, message)
        for owner, names in KIND_FIELDS.items():
            if owner == kind:
                continue
            for name in names:
                if cleaned.get(name) not in (None, ""):
                    label = StepKind(owner).label.lower()
                    self.add_error(name, f"Only a {label} step uses this; clear it.")
        if kind == StepKind.CONTENT:
            self._check_content(cleaned)
        if kind == StepKind.FOLLOW_UP and cleaned.get("delay_days") == 0:
            self.add_error("delay_days", "A follow-up comes at least one day after completion.")

    def _check_content(self, cleaned: dict[str, Any]) -> None:
        material = [cleaned.get(n) for n in ("content_url", "content_file", "content_text")]
        if not any(material):
            self.add_error(
                "content_url",
                "A content step needs the address of its video, document or link, an uploaded "
                "file or an article's text.",
            )
        percent = cleaned.get("min_watched_percent")
        if percent is not None and not 1 <= percent <= 100:
            self.add_error("min_watched_percent", "A share of the video: 1 to 100 percent.")
        elif percent and cleaned.get("content_kind") != "video":
            self.add_error("min_watched_percent", "Only a video has a share to watch.")
        elif percent and not cleaned.get("content_seconds"):
            self.add_error("content_seconds", "Give the video's length to count its share.")
        captions = cleaned.get("captions_file")
        if captions and not str(getattr(captions, "name", "")).lower().endswith(".vtt"):
            self.add_error("captions_file", "Captions are a WebVTT file (.vtt).")

    def _check_prerequisites(self, cleaned: dict[str, Any]) -> None:
        chosen = list(cleaned.get("prerequisites") or [])
        activity = self.instance.activity if self.instance.pk else cleaned.get("activity")
        if not chosen or activity is None:
            return
        for step in chosen:
            if self.instance.pk and step.pk == self.instance.pk:
                self.add_error("prerequisites", "A step cannot be its own prerequisite.")
            elif step.activity_id != activity.pk:
                self.add_error(
                    "prerequisites",
                    f"“{step}” is a step of “{step.activity.title}”, another activity; choose "
                    f"among the steps of “{activity.title}”.",
                )
        if self.instance.pk is None or "prerequisites" in self.errors:
            return  # a new step has nothing waiting for it yet, so it cannot close a cycle
        waits_for: dict[int, list[int]] = {}
        for step_id, before_id in Step.prerequisites.through.objects.filter(
            from_step__activity_id=activity.pk
        ).values_list("from_step_id", "to_step_id"):
            waits_for.setdefault(step_id, []).append(before_id)
        chain = cycle_through(self.instance.pk, [s.pk for s in chosen], waits_for)
        if chain:
            titles = dict(Step.objects.filter(pk__in=chain).values_list("pk", "title"))
            shown = " → ".join(f"“{titles[pk]}”" for pk in chain[:-1])
            self.add_error(
                "prerequisites",
                f"“{titles[chain[0]]}” already waits for this step ({shown} → this step); "
                "making it a prerequisite would lock both for ever.",
            )


class LinesField(forms.CharField):
    """A list of strings typed one per line (blank lines dropped, spaces trimmed)."""

    widget = forms.Textarea

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(str(v) for v in value) if isinstance(value, (list, tuple)) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, (list, tuple)):
            return [str(v).strip() for v in value if str(v).strip()]
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]

    def has_changed(self, initial: Any, data: Any) -> bool:
        return self.to_python(initial or []) != self.to_python(data)


class QuestionForm(forms.ModelForm):
    choices = LinesField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "cols": 40}),
        help_text="One choice per line (one-choice and several-choice questions).",
    )
    correct = LinesField(
        required=False,
        label="Correct answers",
        widget=forms.Textarea(attrs={"rows": 4, "cols": 30}),
        help_text="Quiz only: the correct choices, one per line, as typed above.",
    )

    class Meta:
        model = Question
        fields = ["position", "type", "text", "choices", "correct", "required"]
        widgets = {
            "position": forms.NumberInput(attrs={"class": "vIntegerField"}),
            "text": forms.Textarea(attrs={"rows": 3, "cols": 60}),
        }

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        kind = cleaned.get("type")
        choices: list[str] = cleaned.get("choices") or []
        correct: list[str] = cleaned.get("correct") or []
        if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE):
            if len(choices) < 2:
                self.add_error("choices", "Give at least two choices, one per line.")
            repeated = sorted({c for c in choices if choices.count(c) > 1})
            if repeated:
                self.add_error("choices", f"Each choice once: “{repeated[0]}” is repeated.")
            strangers = [c for c in correct if c not in choices]
            if strangers:
                self.add_error("correct", f"“{strangers[0]}” is not one of the choices.")
            if kind == QuestionType.SINGLE and len(correct) > 1:
                self.add_error("correct", "A one-choice question has one correct answer.")
        elif kind is not None:
            label = QuestionType(kind).label.lower()
            if choices:
                self.add_error("choices", f"A {label} question has no choices; clear them.")
            if correct:
                self.add_error("correct", f"A {label} question is not graded; clear this.")
        return cleaned


class QuestionFormSet(forms.BaseInlineFormSet):
    """Refuses to delete a question learners have answered: their answers would go with it."""

    def clean(self) -> None:
        super().clean()
        deleted = [f.instance.pk for f in self.deleted_forms if f.instance.pk]
        answered = set(
            Answer.objects.filter(question_id__in=deleted).values_list("question_id", flat=True)
        )
        kept = [str(f.instance) for f in self.deleted_forms if f.instance.pk in answered]
        if kept:
            # Raised for the formset: errors on a form being deleted would not stop the save.
            raise ValidationError(
                f"“{kept[0]}” has learners' answers and cannot be deleted; change its text or "
                "make it optional instead."
            )
