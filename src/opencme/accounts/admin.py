from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from opencme.accounts.models import Attempt, User
from opencme.core.admin import SuperuserReadOnlyAdmin


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active"]
    search_fields = ["email", "first_name", "last_name"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Name", {"fields": ("first_name", "last_name")}),
        ("Access", {"fields": ("is_active", "is_staff", "is_superuser", "groups")}),
        ("Dates", {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "password1", "password2")}),)

    def has_module_permission(self, request):  # site administrators manage accounts
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser


@admin.register(Attempt)
class AttemptAdmin(SuperuserReadOnlyAdmin):
    """What the throttle counts (failed sign-ins, here and at /admin/login/; emails sent to
    an account's owner): read-only, for site administrators looking into an attack."""

    list_display = ["at", "kind", "email", "ip"]
    list_filter = ["kind"]
    search_fields = ["email", "ip"]
    date_hierarchy = "at"
