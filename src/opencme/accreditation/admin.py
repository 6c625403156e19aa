from django import forms
from django.contrib import admin

from opencme.accreditation.models import RuleSet
from opencme.accreditation.rules import parse_rulebook
from opencme.core.errors import ValidationFailed


class RuleSetForm(forms.ModelForm):
    class Meta:
        model = RuleSet
        fields = ["version", "effective_from", "data"]

    def clean_data(self):
        data = self.cleaned_data["data"]
        try:
            parse_rulebook(data)
        except ValidationFailed as exc:
            raise forms.ValidationError([str(p) for p in exc.problems]) from exc
        return data


@admin.register(RuleSet)
class RuleSetAdmin(admin.ModelAdmin):
    form = RuleSetForm
    list_display = ["version", "effective_from", "created_at"]

    def has_module_permission(self, request):  # rules are the site administrator's
        return request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_change_permission(self, request, obj=None):
        return request.user.is_superuser

    def has_add_permission(self, request):
        return request.user.is_superuser

    def has_delete_permission(self, request, obj=None):
        return False
