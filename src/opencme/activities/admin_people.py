"""The admin page of one planner or faculty member: their relevant financial relationships.

Reached from the person's activity (the admin does not nest inlines); rights follow the
activity's provider as on the activity's own page, and every save is audited on the activity.
"""

from __future__ import annotations

from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.html import format_html

from opencme.activities import services
from opencme.activities.admin import FacultyForm, may_edit
from opencme.activities.models import Faculty, FinancialRelationship
from opencme.activities.selectors import activity_list_for_staff


class FinancialRelationshipInline(admin.TabularInline):
    model = FinancialRelationship
    extra = 1
    fields = ["company", "nature", "started", "ended", "position"]

    def _may(self, request, obj):
        return may_edit(request, obj.activity if obj is not None else None)

    def has_view_permission(self, request, obj=None):
        return self._may(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._may(request, obj)

    def has_add_permission(self, request, obj=None):
        return self._may(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._may(request, obj)


@admin.register(Faculty)
class FacultyAdmin(admin.ModelAdmin):
    """One planner or faculty member and their relevant financial relationships, reached from
    their activity; rights follow the activity's provider, and every save is audited on it."""

    form = FacultyForm
    inlines = [FinancialRelationshipInline]
    list_display = ["name", "capacity", "disclosed", "activity"]
    list_select_related = ["activity"]
    readonly_fields = ["activity_link"]
    fields = [
        "activity_link",
        "name",
        "role",
        "capacity",
        "disclosed",
        "mitigation",
        "disclosure",
        "position",
    ]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Faculty]:
        activities = activity_list_for_staff(request.user).values("pk")
        return Faculty.objects.select_related("activity").filter(activity__in=activities)

    def has_module_permission(self, request):  # reached from an activity, not the index
        return False

    def has_view_permission(self, request, obj=None):
        return may_edit(request, obj.activity if obj is not None else None)

    def has_change_permission(self, request, obj=None):
        return may_edit(request, obj.activity if obj is not None else None)

    def has_add_permission(self, request):  # people are added on their activity's page
        return False

    def has_delete_permission(self, request, obj=None):
        return may_edit(request, obj.activity if obj is not None else None)

    @admin.display(description="activity")
    def activity_link(self, obj: Faculty) -> str:
        url = reverse("admin:activities_activity_change", args=[obj.activity_id])
        return format_html('<a href="{}">{}</a>', url, obj.activity.title)

    def save_model(self, request, obj, form, change):
        request._activity_before = services.snapshot(obj.activity)
        obj.save()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        services.record_admin_change(
            activity=form.instance.activity,
            actor=request.user,
            before=getattr(request, "_activity_before", None),
        )

    def delete_model(self, request, obj):
        activity = obj.activity
        before = services.snapshot(activity)
        obj.delete()
        services.record_admin_change(activity=activity, actor=request.user, before=before)
