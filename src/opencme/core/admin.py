from django.contrib import admin

from opencme.core.models import AuditEvent


class SuperuserReadOnlyAdmin(admin.ModelAdmin):
    """A record site administrators may look at and nobody adds or edits here (what the site
    itself writes: audit events, throttled attempts)."""

    def has_module_permission(self, request):  # site administrators only
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(AuditEvent)
class AuditEventAdmin(SuperuserReadOnlyAdmin):
    list_display = ["at", "action", "object_type", "object_id", "actor"]
    list_filter = ["action", "object_type"]
    search_fields = ["object_id", "action"]
    readonly_fields = [f.name for f in AuditEvent._meta.fields]

    def has_delete_permission(self, request, obj=None):
        return False
