"""The activity admin for provider staff.

Access is by provider membership, not by Django's model permissions: staff of a provider see,
add and change that provider's activities and nobody else's; site administrators (superusers)
see all. Every save goes through ``services.record_admin_change`` (audit event, reindex);
status changes only through the publish and withdraw services, whose refusals are shown one
message per field.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html

from opencme.accreditation.selectors import rulebook_get
from opencme.activities import services
from opencme.activities.models import (
    Activity,
    CommercialSupporter,
    CreditDesignation,
    Faculty,
    MocDesignation,
    Specialty,
)
from opencme.activities.selectors import activity_list_for_staff
from opencme.core.errors import DomainError
from opencme.core.text import parse_id
from opencme.providers.selectors import provider_ids_for_staff, provider_list_for_staff


def is_site_admin(request: HttpRequest) -> bool:
    return bool(getattr(request.user, "is_superuser", False))


def may_edit(request: HttpRequest, activity: Activity | None) -> bool:
    """Site administrators edit everything; staff edit their providers' activities."""
    if is_site_admin(request):
        return True
    providers = provider_ids_for_staff(request.user)
    if activity is None:
        return bool(providers)
    return activity.provider_id in providers


class MembershipInline(admin.TabularInline):
    """An inline whose rights follow the activity it belongs to."""

    extra = 0

    def has_view_permission(self, request, obj=None):
        return may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return may_edit(request, obj)

    def has_add_permission(self, request, obj=None):
        return may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return may_edit(request, obj)


class CreditDesignationForm(forms.ModelForm):
    credit_type = forms.ChoiceField(choices=())

    class Meta:
        model = CreditDesignation
        fields = [
            "credit_type",
            "label",
            "amount",
            "unit",
            "uan",
            "pharmacology_hours",
            "statement",
            "position",
        ]
        # Narrow inputs (admin CSS classes: the CSP allows no inline styles) keep a row on screen.
        widgets = {
            "label": forms.TextInput(attrs={"size": 14}),
            "amount": forms.NumberInput(attrs={"class": "vIntegerField"}),
            "uan": forms.TextInput(attrs={"size": 28}),
            "statement": forms.Textarea(attrs={"rows": 3, "cols": 30}),
            "pharmacology_hours": forms.NumberInput(attrs={"class": "vIntegerField"}),
            "position": forms.NumberInput(attrs={"class": "vPositiveSmallIntegerField"}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        book = rulebook_get()
        choices = [(code, f"{code}: {rule.short_name}") for code, rule in book.credit_types.items()]
        current = self.initial.get("credit_type")
        if current and current not in book.credit_types:  # keep an imported unknown code visible
            choices.append((current, current))
        field = self.fields["credit_type"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices


class MocDesignationForm(forms.ModelForm):
    board = forms.ChoiceField(choices=())

    class Meta:
        model = MocDesignation
        fields = ["board", "points", "credit_types", "position"]
        help_texts = {"credit_types": 'A JSON list, e.g. ["Medical Knowledge"]'}
        widgets = {
            "points": forms.NumberInput(attrs={"class": "vIntegerField"}),
            "credit_types": forms.Textarea(attrs={"rows": 2, "cols": 50}),
            "position": forms.NumberInput(attrs={"class": "vPositiveSmallIntegerField"}),
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        boards = rulebook_get().boards
        choices = [(code, f"{code}: {board.name}") for code, board in boards.items()]
        current = self.initial.get("board")
        if current and current not in boards:
            choices.append((current, current))
        field = self.fields["board"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices


class CreditDesignationInline(MembershipInline):
    model = CreditDesignation
    form = CreditDesignationForm
    verbose_name = "credit designation"


class MocDesignationInline(MembershipInline):
    model = MocDesignation
    form = MocDesignationForm


class FacultyForm(forms.ModelForm):
    class Meta:
        model = Faculty
        fields = ["name", "role", "capacity", "disclosed", "mitigation", "disclosure", "position"]
        widgets = {
            "mitigation": forms.Textarea(attrs={"rows": 2, "cols": 40}),
            "disclosure": forms.Textarea(attrs={"rows": 2, "cols": 30}),
            "position": forms.NumberInput(attrs={"class": "vPositiveSmallIntegerField"}),
        }


class FacultyInline(MembershipInline):
    """Planners and faculty; each one's relevant financial relationships are entered on their
    own page (the "Change" link), since the admin does not nest inlines."""

    model = Faculty
    form = FacultyForm
    show_change_link = True


class CommercialSupporterInline(MembershipInline):
    model = CommercialSupporter
    fields = ["name", "in_kind", "in_kind_nature", "position"]


class StaffProviderFilter(admin.SimpleListFilter):
    """Provider filter listing only the providers the user acts for (not every provider)."""

    title = "provider"
    parameter_name = "provider"

    def lookups(self, request, model_admin):
        return [(str(p.pk), p.name) for p in provider_list_for_staff(request.user)]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        wanted = parse_id(self.value())  # a value that is no id (?provider=abc) finds nothing
        return queryset.filter(provider_id=wanted) if wanted else queryset.none()


@admin.register(Activity)
class ActivityAdmin(admin.ModelAdmin):
    list_display = ["title", "provider", "kind", "status", "format", "delivery", "expires"]
    list_filter = [StaffProviderFilter, "kind", "status", "format", "delivery", "expires"]
    list_select_related = ["provider"]
    search_fields = ["title", "source_key"]
    date_hierarchy = None
    filter_horizontal = ["specialties"]
    inlines = [
        CreditDesignationInline,
        MocDesignationInline,
        FacultyInline,
        CommercialSupporterInline,
    ]
    actions = ["publish_selected", "withdraw_selected"]
    readonly_fields = [
        "status",
        "published_at",
        "warnings",
        "pipeline",
        "source_origin",
        "source_hash",
    ]
    fieldsets = (
        ("Activity", {"fields": ("provider", "kind", "title", "url", "description")}),
        (
            "Format and dates",
            {
                "fields": (
                    ("format", "delivery"),
                    ("start_date", "start_precision"),
                    ("end_date", "end_precision"),
                    ("expires", "expires_precision"),
                    "location",
                    "estimated_minutes",
                )
            },
        ),
        (
            "Cost and registration",
            {
                "fields": (
                    ("cost_free", "cost_amount", "cost_currency"),
                    "cost_tiers",
                    "cost_note",
                    "registration",
                )
            },
        ),
        (
            "Providership and support",
            {
                "fields": (
                    "providership",
                    "joint_providers",
                    "commercial_support",
                    "planned_by_team",
                )
            },
        ),
        (
            "Audience and content",
            {"fields": ("audience", "specialties", "objectives", "measured_outcomes", "topics")},
        ),
        (
            "Statements",
            {
                "fields": (
                    "accreditation_statement",
                    "commercial_support_statement",
                    "funding_statement",
                    "disclaimer_statement",
                )
            },
        ),
        ("Status", {"fields": ("status", "published_at", "warnings", "pipeline")}),
        (
            "Source",
            {
                "classes": ("collapse",),
                "fields": (
                    "source_key",
                    "source_origin",
                    "source_hash",
                    "source_text",
                    "is_demo",
                    "demo_note",
                ),
            },
        ),
    )

    # --- who may do what ----------------------------------------------------------------------

    def get_queryset(self, request: HttpRequest) -> QuerySet[Activity]:
        return activity_list_for_staff(request.user)

    def has_module_permission(self, request):
        return may_edit(request, None)

    def has_view_permission(self, request, obj=None):
        return may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return may_edit(request, obj)

    def has_add_permission(self, request):
        return may_edit(request, None)

    def has_delete_permission(self, request, obj=None):
        # Published activities are withdrawn, never deleted: learners may hold credit for them.
        if obj is not None and obj.status != Activity.Status.DRAFT:
            return False
        return may_edit(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "provider":
            kwargs["queryset"] = provider_list_for_staff(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "specialties":
            kwargs["queryset"] = Specialty.objects.all()
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    @admin.display(description="pipeline")
    def pipeline(self, obj: Activity | None) -> str:
        """Links to the activity's steps in the pipeline admin (``learning``), by URL name only:
        this app sits above ``learning`` and does not import it."""
        if obj is None or obj.pk is None:
            return "Save the activity first; then build its steps."
        if obj.kind != Activity.Kind.HOSTED:
            return "Listed activities are taken with their provider; they have no steps here."
        try:
            steps = reverse("admin:learning_step_changelist")
            add = reverse("admin:learning_step_add")
        except NoReverseMatch:
            return "-"
        return format_html(
            '<a href="{}?activity={}">Steps of this activity</a> · '
            '<a href="{}?activity={}">Add a step</a>',
            steps,
            obj.pk,
            add,
            obj.pk,
        )

    # --- saving: audit and reindex --------------------------------------------------------------

    def save_model(self, request, obj, form, change):
        # The snapshot is read from the database, before this save changes it.
        before = services.snapshot(Activity.objects.get(pk=obj.pk)) if change else None
        obj.save()
        request._activity_before = before

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.record_admin_change(
            activity=form.instance,
            actor=request.user,
            before=getattr(request, "_activity_before", None),
        )

    def delete_model(self, request, obj):
        services.delete_activity(activity=obj, actor=request.user)

    def delete_queryset(self, request, queryset):
        for activity in queryset:
            try:
                services.delete_activity(activity=activity, actor=request.user)
            except DomainError as exc:
                self.message_user(request, f"“{activity.title}”: {exc}", messages.ERROR)

    # --- publish and withdraw --------------------------------------------------------------------

    def _publish(self, request: HttpRequest, activity: Activity) -> bool:
        """Publish, or show one message per refused rule as ``“title”: field: message``."""
        # The title goes first because the admin capitalizes a message's first letter, which
        # would otherwise change the field name.
        try:
            services.publish_activity(activity=activity, actor=request.user)
        except DomainError as exc:
            self.message_user(
                request, f"“{activity.title}” was not published; fix:", messages.ERROR
            )
            for problem in exc.problems:
                self.message_user(request, f"“{activity.title}”: {problem}", messages.ERROR)
            return False
        return True

    @admin.action(description="Publish selected activities")
    def publish_selected(self, request: HttpRequest, queryset: QuerySet[Activity]) -> None:
        published = 0
        for activity in queryset:
            if activity.status == Activity.Status.PUBLISHED:
                continue
            published += self._publish(request, activity)
        if published:
            self.message_user(request, f"Published {published} activities.", messages.SUCCESS)

    @admin.action(description="Withdraw selected activities")
    def withdraw_selected(self, request: HttpRequest, queryset: QuerySet[Activity]) -> None:
        withdrawn = 0
        for activity in queryset.exclude(status=Activity.Status.WITHDRAWN):
            services.withdraw_activity(activity=activity, actor=request.user)
            withdrawn += 1
        self.message_user(request, f"Withdrew {withdrawn} activities.", messages.SUCCESS)

    def response_change(self, request: HttpRequest, obj: Activity) -> HttpResponse:
        if "_publish" in request.POST:
            if self._publish(request, obj):
                self.message_user(request, f"Published “{obj.title}”.", messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        if "_withdraw" in request.POST:
            services.withdraw_activity(activity=obj, actor=request.user)
            self.message_user(request, f"Withdrew “{obj.title}”.", messages.SUCCESS)
            return HttpResponseRedirect(request.path)
        return super().response_change(request, obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context["show_publish"] = bool(obj) and obj.status != Activity.Status.PUBLISHED
        context["show_withdraw"] = bool(obj) and obj.status == Activity.Status.PUBLISHED
        return super().render_change_form(request, context, add, change, form_url, obj)


@admin.register(Specialty)
class SpecialtyAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ("name",)}

    def has_module_permission(self, request):  # the specialty list is the site's
        return is_site_admin(request)

    def has_view_permission(self, request, obj=None):
        return is_site_admin(request)

    def has_change_permission(self, request, obj=None):
        return is_site_admin(request)

    def has_add_permission(self, request):
        return is_site_admin(request)

    def has_delete_permission(self, request, obj=None):
        return is_site_admin(request)


# The page of one planner or faculty member (their relationships) registers itself there.
from opencme.activities import admin_people  # noqa: E402, F401
