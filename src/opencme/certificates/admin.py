"""Admin: providers restyle their certificates without code; staff revoke with a reason."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.http import HttpRequest
from django.shortcuts import render

from opencme.certificates.models import Certificate, CertificateStyle
from opencme.certificates.services import revoke_certificate
from opencme.core.errors import DomainError
from opencme.providers.models import ProviderStaff


def _provider_ids(request: HttpRequest) -> list[int]:
    if request.user.pk is None:
        return []
    return list(
        ProviderStaff.objects.filter(user_id=request.user.pk).values_list("provider_id", flat=True)
    )


class ProviderScoped(admin.ModelAdmin):
    """Provider staff see their own providers' rows only; site administrators see all."""

    def get_queryset(self, request: HttpRequest):
        qs = super().get_queryset(request)
        if request.user.is_superuser:
            return qs
        return qs.filter(provider_id__in=_provider_ids(request))

    def has_module_permission(self, request: HttpRequest) -> bool:
        return request.user.is_superuser or bool(_provider_ids(request))

    def has_view_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.has_module_permission(request)


@admin.register(CertificateStyle)
class CertificateStyleAdmin(ProviderScoped):
    list_display = ("provider", "paper", "primary_colour", "accent_colour", "signer_name")
    fields = (
        "provider",
        "paper",
        "primary_colour",
        "accent_colour",
        "logo",
        "signature",
        "signer_name",
        "signer_title",
    )

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return self.has_module_permission(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self.has_module_permission(request)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "provider" and not request.user.is_superuser:
            from opencme.providers.models import Provider

            kwargs["queryset"] = Provider.objects.filter(pk__in=_provider_ids(request))
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class RevokeForm(forms.Form):
    reason = forms.CharField(widget=forms.Textarea, help_text="Kept in the audit log.")


@admin.register(Certificate)
class CertificateAdmin(ProviderScoped):
    list_display = ("code_start", "credit_type", "amount", "status", "issued_at", "provider")
    list_filter = ("status", "credit_type")
    search_fields = ("code",)
    actions = ["revoke"]
    readonly_fields = [f.name for f in Certificate._meta.fields]
    exclude = ("credential",)

    @admin.display(description="code")
    def code_start(self, obj: Certificate) -> str:
        return obj.code[:10] + "…"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    @admin.action(description="Revoke the selected certificates")
    def revoke(self, request: HttpRequest, queryset):
        form = RevokeForm(request.POST if "reason" in request.POST else None)
        if not form.is_valid():
            return render(
                request,
                "certificates/admin_revoke.html",
                {
                    **self.admin_site.each_context(request),
                    "form": form,
                    "certificates": queryset,
                    "action": "revoke",
                    "title": "Revoke certificates",
                },
            )
        done = 0
        for cert in queryset:
            try:
                revoke_certificate(
                    certificate=cert, reason=form.cleaned_data["reason"], actor=request.user
                )
                done += 1
            except DomainError as exc:
                self.message_user(request, f"{cert.code[:10]}…: {exc}", messages.ERROR)
        if done:
            self.message_user(request, f"Revoked {done} certificate(s).", messages.SUCCESS)
        return None
