"""The pipeline admin: provider staff build an activity's ordered, gated steps.

Access follows the activity admin (``activities/admin.py``): by provider membership, not by
Django's model permissions. Staff see, add, change and delete the steps of their providers'
activities and nobody else's; site administrators (superusers) see all. Questions are edited
inline on their step under the same rule. Every create, change and delete writes an audit event
(``learning.step.created|updated|deleted``) in the admin's transaction, with the step's fields,
prerequisites and questions before and after.

A step learners have started cannot be deleted, nor can a question they have answered: that
would delete their progress and answers with it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qsl

from django.contrib import admin
from django.db import transaction
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from opencme.activities.admin import may_edit
from opencme.activities.models import Activity
from opencme.activities.selectors import activity_list_for_staff
from opencme.core import audit
from opencme.core.text import parse_id
from opencme.learning import pipelines
from opencme.learning.admin_forms import QuestionForm, QuestionFormSet, StepForm
from opencme.learning.authoring import QUESTION_FIELDS
from opencme.learning.models import Answer, Question, Step, StepProgress
from opencme.providers.selectors import provider_ids_for_staff, provider_list_for_staff

STEP_FIELDS = [
    "activity_id",
    "position",
    "kind",
    "title",
    "instructions",
    "content_kind",
    "content_url",
    "content_seconds",
    "min_watched_percent",
    "min_minutes",
    "pass_mark",
    "attempts_allowed",
    "delay_days",
]


def step_list_for_staff(user: Any) -> QuerySet[Step]:
    """The steps ``user`` may see and edit: those of their providers' activities (all for site
    administrators). Query plan: each step joined to its activity."""
    steps = Step.objects.select_related("activity")
    if getattr(user, "is_superuser", False):
        return steps
    return steps.filter(activity__provider_id__in=provider_ids_for_staff(user))


def step_snapshot(step: Step) -> dict[str, Any]:
    """A step as its audit events show it, read from the database (two queries)."""
    out: dict[str, Any] = {name: getattr(step, name) for name in STEP_FIELDS}
    out["prerequisites"] = sorted(
        Step.prerequisites.through.objects.filter(from_step_id=step.pk).values_list(
            "to_step_id", flat=True
        )
    )
    out["questions"] = [
        {name: getattr(q, name) for name in ["id", *QUESTION_FIELDS]}
        for q in Question.objects.filter(step_id=step.pk).order_by("position", "id")
    ]
    return out


def learners_started(step: Step) -> bool:
    return (
        StepProgress.objects.filter(step_id=step.pk).exists()
        or Answer.objects.filter(step_id=step.pk).exists()
    )


def step_activity(obj: Step | None) -> Activity | None:
    return obj.activity if obj is not None else None


class QuestionInline(admin.StackedInline):
    """A step's questions; rights follow the step's activity. Stacked, because a row of text,
    choices and correct answers is wider than the admin's content column."""

    model = Question
    form = QuestionForm
    formset = QuestionFormSet
    extra = 0
    fields = [("position", "type", "required"), "text", ("choices", "correct")]

    def has_view_permission(self, request, obj=None):
        return may_edit(request, step_activity(obj))

    def has_change_permission(self, request, obj=None):
        return may_edit(request, step_activity(obj))

    def has_add_permission(self, request, obj=None):
        return may_edit(request, step_activity(obj))

    def has_delete_permission(self, request, obj=None):
        return may_edit(request, step_activity(obj))


class StepProviderFilter(admin.SimpleListFilter):
    """Provider filter listing only the providers the user acts for."""

    title = "provider"
    parameter_name = "provider"

    def lookups(self, request, model_admin):
        return [(str(p.pk), p.name) for p in provider_list_for_staff(request.user)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        wanted = parse_id(self.value())  # a value that is no id (?provider=abc) finds nothing
        return queryset.filter(activity__provider_id=wanted) if wanted else queryset.none()


class StepActivityFilter(admin.SimpleListFilter):
    """One activity's pipeline; lists only the user's activities that have steps."""

    title = "activity"
    parameter_name = "activity"

    def lookups(self, request, model_admin):
        activities = (
            activity_list_for_staff(request.user)
            .filter(steps__isnull=False)
            .distinct()
            .order_by("title", "id")
        )
        return [(str(a.pk), a.title) for a in activities]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        wanted = parse_id(self.value())
        return queryset.filter(activity_id=wanted) if wanted else queryset.none()


@admin.register(Step)
class StepAdmin(admin.ModelAdmin):
    form = StepForm
    inlines = [QuestionInline]
    list_display = ["position", "title", "kind", "waits_for", "question_count", "activity"]
    list_display_links = ["title"]
    list_filter = [StepProviderFilter, StepActivityFilter, "kind"]
    list_select_related = ["activity"]
    search_fields = ["title", "activity__title"]
    ordering = ["activity__title", "activity_id", "position", "id"]
    fieldsets = (
        (
            "Step",
            {
                "fields": (
                    "activity",
                    ("position", "kind"),
                    "title",
                    "instructions",
                    "prerequisites",
                )
            },
        ),
        (
            "Content",
            {
                "fields": (
                    ("content_kind", "content_url"),
                    ("content_file", "captions_file"),
                    "content_text",
                    ("content_seconds", "min_watched_percent", "min_minutes"),
                ),
                "description": "Content steps only. The material is shown in the step's page; "
                "the step completes when its rule is met (the server counts what was played and "
                "the time spent), or at once without a rule.",
            },
        ),
        (
            "Quiz",
            {
                "fields": (("pass_mark", "attempts_allowed"),),
                "description": "Quiz steps only. Mark each question's correct answers below.",
            },
        ),
        (
            "Follow-up",
            {
                "fields": ("delay_days",),
                "description": "Follow-up steps only. The learner gets an email with a link on "
                "the day and a reminder a week later; the questions are below.",
            },
        ),
    )

    # --- who may do what ----------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet[Step]:
        return (
            step_list_for_staff(request.user)
            .annotate(questions_count=Count("questions"))
            .prefetch_related("prerequisites")
        )

    def has_module_permission(self, request):
        return may_edit(request, None)

    def has_view_permission(self, request, obj=None):
        return may_edit(request, step_activity(obj))

    def has_change_permission(self, request, obj=None):
        return may_edit(request, step_activity(obj))

    def has_add_permission(self, request):
        return may_edit(request, None)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and learners_started(obj):
            return False
        return may_edit(request, step_activity(obj))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "activity":
            kwargs["queryset"] = (
                activity_list_for_staff(request.user)
                .filter(kind=Activity.Kind.HOSTED)
                .order_by("title", "id")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        # The prerequisite field accepts only steps this user may edit (see StepForm).
        return type(form.__name__, (form,), {"editable_steps": step_list_for_staff(request.user)})

    def get_readonly_fields(self, request, obj=None):
        # A step stays with its activity: its prerequisites and learners' progress are there.
        return ["activity", "learners"] if obj is not None else []

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return self.fieldsets
        (name, options), *rest = self.fieldsets
        return ((name, {**options, "fields": (*options["fields"], "learners")}), *rest)

    def get_changeform_initial_data(self, request: HttpRequest) -> dict[str, Any]:
        """From an activity's "add a step" link (or a changelist filtered by activity): the
        activity, the next position, and the last step as the prerequisite."""
        initial: dict[str, Any] = dict(super().get_changeform_initial_data(request))
        filters = dict(parse_qsl(request.GET.get("_changelist_filters", "")))
        asked = parse_id(initial.get("activity") or filters.get("activity") or "")
        if asked is None:
            return initial
        activity = activity_list_for_staff(request.user).filter(pk=asked).first()
        if activity is None:
            return initial
        last = Step.objects.filter(activity=activity).order_by("-position", "-id").first()
        initial["activity"] = str(activity.pk)
        initial["position"] = last.position + 1 if last else 1
        if last is not None:
            initial["prerequisites"] = [str(last.pk)]
        return initial

    # --- what the list and the form show ---------------------------------------------------------

    @admin.display(description="waits for")
    def waits_for(self, obj: Step) -> str:
        return ", ".join(str(p.position) for p in obj.prerequisites.all()) or "-"

    @admin.display(description="questions", ordering="questions_count")
    def question_count(self, obj: Step) -> int:
        return getattr(obj, "questions_count", 0)

    @admin.display(description="learners")
    def learners(self, obj: Step) -> str:
        started = StepProgress.objects.filter(step_id=obj.pk).count()
        if not started:
            return "No learner has started this step yet."
        return (
            f"{started} learner(s) have started this step; it cannot be deleted, and changes "
            "apply to them too."
        )

    # --- saving: audit ---------------------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        # The snapshot is read from the database, before this save changes it.
        request._step_before = step_snapshot(Step.objects.get(pk=obj.pk)) if change else None
        if not change:  # a new step joins the newest revision of the activity's steps
            obj.revision = pipelines.newest_revision(obj.activity_id)
        obj.save()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        step = form.instance
        before = getattr(request, "_step_before", None)
        after = step_snapshot(step)
        if before is None:
            audit.record(actor=request.user, action="learning.step.created", obj=step, after=after)
            return
        changed_before, changed_after = audit.changed(before, after)
        if changed_after:
            audit.record(
                actor=request.user,
                action="learning.step.updated",
                obj=step,
                before=changed_before,
                after=changed_after,
            )

    @transaction.atomic  # the changelist's delete action runs outside the admin's transaction
    def delete_model(self, request, obj):
        before = step_snapshot(obj)
        # The steps that waited for this one lose it as a prerequisite; the event keeps them.
        before["unlocks"] = sorted(obj.unlocks.values_list("pk", flat=True))
        audit.record(actor=request.user, action="learning.step.deleted", obj=obj, before=before)
        obj.delete()

    @transaction.atomic
    def delete_queryset(self, request, queryset):
        for step in queryset:
            self.delete_model(request, step)
