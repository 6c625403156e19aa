"""Forms of the step and question builder. They parse and check what one field alone can say
(numbers, the first bytes of an upload); the services in ``learning.authoring_*`` check the
rest and their problems are put beside the field they name (``editing.show_problems``)."""

from __future__ import annotations

from typing import Any

from django import forms

from opencme.learning.authoring_checks import captions_problems, material_problems
from opencme.learning.models import ContentKind, Question, QuestionType, Step, StepKind

AUTO_ID = "field-%s"


class NewStepForm(forms.Form):
    kind = forms.ChoiceField(label="Kind of step", choices=[("", "Choose…"), *StepKind.choices])
    title = forms.CharField(label="Title", max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "field-new-%s")
        super().__init__(*args, **kwargs)


class StepForm(forms.Form):
    """A step's title, instructions and its kind's fields (only those of its kind are kept)."""

    title = forms.CharField(label="Title", max_length=200)
    instructions = forms.CharField(
        label="Instructions",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="What the learner is asked to do, shown above the step.",
    )
    pass_mark = forms.IntegerField(
        label="Pass mark (percent)", min_value=0, max_value=100, help_text="0 to 100."
    )
    attempts_allowed = forms.IntegerField(
        label="Attempts allowed",
        min_value=1,
        max_value=100,
        required=False,
        help_text="Leave empty for as many as the learner needs.",
    )
    delay_days = forms.IntegerField(
        label="Days after completion",
        min_value=1,
        max_value=730,
        help_text="The follow-up survey is sent this many days after the learner completes.",
    )
    content_kind = forms.ChoiceField(
        label="Material", choices=ContentKind.choices, widget=forms.RadioSelect
    )
    content_file = forms.FileField(
        label="Upload a video or a PDF",
        required=False,
        help_text="A WebM or MP4 video (at most 500 MB) or a PDF document (at most 50 MB). "
        "Leave empty to keep the file already uploaded.",
    )
    captions_file = forms.FileField(
        label="Captions (WebVTT)",
        required=False,
        help_text="A .vtt captions file for the video (at most 2 MB).",
    )
    content_url = forms.URLField(
        label="Address",
        required=False,
        max_length=1000,
        assume_scheme="https",
        help_text="For a link, or a video or document kept elsewhere.",
    )
    content_text = forms.CharField(
        label="Article text", required=False, widget=forms.Textarea(attrs={"rows": 8})
    )
    content_seconds = forms.IntegerField(
        label="Video length (seconds)", required=False, min_value=1, max_value=24 * 3600
    )
    min_watched_percent = forms.IntegerField(
        label="Share of the video to watch (percent)",
        required=False,
        min_value=1,
        max_value=100,
        help_text="Leave empty to ask for none.",
    )
    min_minutes = forms.IntegerField(
        label="Minimum minutes on the page",
        required=False,
        min_value=1,
        max_value=24 * 60,
        help_text="Leave empty to ask for none.",
    )

    KIND_FIELDS: dict[str, tuple[str, ...]] = {
        StepKind.QUIZ: ("pass_mark", "attempts_allowed"),
        StepKind.FOLLOW_UP: ("delay_days",),
        StepKind.CONTENT: (
            "content_kind",
            "content_file",
            "captions_file",
            "content_url",
            "content_text",
            "content_seconds",
            "min_watched_percent",
            "min_minutes",
        ),
    }
    ALL_KIND_FIELDS = {name for names in KIND_FIELDS.values() for name in names}

    def __init__(self, *args: Any, step: Step, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", AUTO_ID)
        super().__init__(*args, **kwargs)
        self.step = step
        mine = set(self.KIND_FIELDS.get(step.kind, ()))
        for name in self.ALL_KIND_FIELDS - mine:
            del self.fields[name]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        upload = cleaned.get("content_file")
        if upload:
            for problem in material_problems(
                kind=cleaned.get("content_kind") or "",
                head=_head(upload),
                size=upload.size,
                field="content_file",
            ):
                self.add_error("content_file", problem.message)
        captions = cleaned.get("captions_file")
        if captions:
            for problem in captions_problems(
                head=_head(captions), size=captions.size, field="captions_file"
            ):
                self.add_error("captions_file", problem.message)
        return cleaned

    def changes(self) -> dict[str, Any]:
        """The cleaned values to write (an empty upload keeps the stored file)."""
        out = dict(self.cleaned_data)
        for name in ("content_file", "captions_file"):
            if name in out and not out[name]:
                del out[name]
        return out


def _head(upload: Any) -> bytes:
    upload.seek(0)
    head = bytes(upload.read(16))
    upload.seek(0)
    return head


def step_initial(step: Step) -> dict[str, Any]:
    names = ("title", "instructions", *StepForm.KIND_FIELDS.get(step.kind, ()))
    out = {n: getattr(step, n) for n in names if n not in ("content_file", "captions_file")}
    if step.kind == StepKind.CONTENT and not step.content_kind:
        out["content_kind"] = ContentKind.VIDEO
    return out


class PrerequisitesForm(forms.Form):
    prerequisites = forms.TypedMultipleChoiceField(
        label="Unlocked when these are complete",
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, others: list[Step], **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", AUTO_ID)
        super().__init__(*args, **kwargs)
        field = self.fields["prerequisites"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(s.pk, s.title) for s in others]
        if not others:
            field.help_text = "There are no other steps yet."


class LinesField(forms.CharField):
    """A list typed one item per line (blank lines dropped, spaces trimmed)."""

    widget = forms.Textarea(attrs={"rows": 5})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(str(v) for v in value) if isinstance(value, (list, tuple)) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        if isinstance(value, (list, tuple)):
            return [str(v).strip() for v in value if str(v).strip()]
        text = super().to_python(value) or ""
        return [line.strip() for line in text.splitlines() if line.strip()]


class QuestionForm(forms.Form):
    type = forms.ChoiceField(
        label="Kind of question", choices=QuestionType.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(label="Question", widget=forms.Textarea(attrs={"rows": 3}))
    choices = LinesField(
        label="Choices",
        required=False,
        help_text="One choice per line (one-choice and several-choice questions).",
    )
    correct = LinesField(
        label="Correct answers",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="One per line, written as in the choices; a one-choice question has one.",
    )
    required = forms.BooleanField(label="An answer is required", required=False, initial=True)
    pre_question = forms.TypedChoiceField(
        label="Pairs with a pre-test question",
        coerce=int,
        required=False,
        empty_value=None,
        help_text="For a post-test question: the question asked before the learning that it "
        "is compared with in outcomes.",
    )

    def __init__(self, *args: Any, step: Step, earlier: list[Question], **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", AUTO_ID)
        super().__init__(*args, **kwargs)
        if step.kind != StepKind.QUIZ:
            del self.fields["correct"]
        field = self.fields["pre_question"]
        assert isinstance(field, forms.TypedChoiceField)
        if earlier:
            field.choices = [("", "None"), *[(q.pk, _short(q)) for q in earlier]]
        else:
            del self.fields["pre_question"]


def _short(question: Question) -> str:
    text = question.text if len(question.text) <= 90 else question.text[:87] + "…"
    return f"{question.step.title}: {text}"


def question_initial(question: Question) -> dict[str, Any]:
    return {
        "type": question.type,
        "text": question.text,
        "choices": question.choices,
        "correct": question.correct,
        "required": question.required,
        "pre_question": question.pre_question_id,
    }
