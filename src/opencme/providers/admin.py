"""The provider admin: site administrators manage providers and their staff; staff see their own.

Access is by provider membership, not Django's model permissions. Staff memberships are added
through ``services.add_staff`` (which also lets the user into the admin) and every change is
audited.
"""

from __future__ import annotations

from django.contrib import admin
from django.forms.models import model_to_dict
from django.http import HttpRequest

from opencme.core import audit
from opencme.providers.models import Provider, ProviderStaff
from opencme.providers.selectors import provider_ids_for_staff, provider_list_for_staff
from opencme.providers.services import add_staff

PROVIDER_FIELDS = [
    "name",
    "slug",
    "accreditor",
    "accreditation_id",
    "website",
    "email",
    "address",
    "accreditation_statement",
]


def is_site_admin(request: HttpRequest) -> bool:
    return bool(getattr(request.user, "is_superuser", False))


class ProviderStaffInline(admin.TabularInline):
    model = ProviderStaff
    extra = 0
    autocomplete_fields = ["user"]

    def has_view_permission(self, request, obj=None):
        return is_site_admin(request)

    def has_change_permission(self, request, obj=None):
        return is_site_admin(request)

    def has_add_permission(self, request, obj=None):
        return is_site_admin(request)

    def has_delete_permission(self, request, obj=None):
        return is_site_admin(request)


@admin.register(Provider)
class ProviderAdmin(admin.ModelAdmin):
    list_display = ["name", "accreditor", "accreditation_id", "website"]
    list_filter = ["accreditor"]
    search_fields = ["name", "accreditation_id"]
    prepopulated_fields = {"slug": ("name",)}
    fieldsets = (
        (None, {"fields": ("name", "slug", "website", "email", "address")}),
        (
            "Accreditation",
            {"fields": ("accreditor", "accreditation_id", "accreditation_statement")},
        ),
    )

    def get_queryset(self, request):
        return provider_list_for_staff(request.user)

    def get_inlines(self, request, obj):
        return [ProviderStaffInline] if is_site_admin(request) else []

    def get_prepopulated_fields(self, request, obj=None):
        return self.prepopulated_fields if is_site_admin(request) else {}

    def has_module_permission(self, request):
        return is_site_admin(request) or bool(provider_ids_for_staff(request.user))

    def has_view_permission(self, request, obj=None):
        if is_site_admin(request):
            return True
        providers = provider_ids_for_staff(request.user)
        return bool(providers) if obj is None else obj.pk in providers

    def has_change_permission(self, request, obj=None):
        return is_site_admin(request)

    def has_add_permission(self, request):
        return is_site_admin(request)

    def has_delete_permission(self, request, obj=None):
        return is_site_admin(request)

    def save_model(self, request, obj, form, change):
        before = (
            model_to_dict(Provider.objects.get(pk=obj.pk), fields=PROVIDER_FIELDS) if change else {}
        )
        obj.save()
        changed_before, changed_after = audit.changed(
            before, model_to_dict(obj, fields=PROVIDER_FIELDS)
        )
        audit.record(
            actor=request.user,
            action="providers.provider.updated" if change else "providers.provider.created",
            obj=obj,
            before=changed_before if change else None,
            after=changed_after,
        )

    def save_formset(self, request, form, formset, change):
        if formset.model is not ProviderStaff:
            return super().save_formset(request, form, formset, change)
        memberships = formset.save(commit=False)
        for membership in formset.deleted_objects:
            audit.record(
                actor=request.user,
                action="providers.staff.removed",
                obj=membership,
                before={"user": membership.user.email, "provider": membership.provider.name},
            )
            membership.delete()
        for membership in memberships:
            if membership.pk is None:
                add_staff(
                    provider=form.instance,
                    user=membership.user,
                    actor=request.user,
                    role=membership.role,
                )
            else:
                membership.save()
                audit.record(
                    actor=request.user,
                    action="providers.staff.changed",
                    obj=membership,
                    after={"user": membership.user.email, "role": membership.role},
                )
        return None
