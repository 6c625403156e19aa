"""System checks: a broken rule book fails at start-up, not at the first publish."""

from __future__ import annotations

from django.core import checks

from opencme.accreditation.rules import parse_rulebook
from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.core.errors import ValidationFailed


@checks.register()
def check_shipped_rulebook(app_configs, **kwargs):
    try:
        parse_rulebook(shipped_rulebook_data())
    except (ValidationFailed, OSError, ValueError) as exc:
        return [
            checks.Error(
                f"The shipped accreditation rule book is invalid: {exc}",
                hint="Fix opencme/accreditation/data/rulebook.json.",
                id="opencme.E001",
            )
        ]
    return []
