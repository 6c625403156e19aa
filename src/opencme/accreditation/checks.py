"""System checks: a broken rule book fails at start-up, not at the first publish."""

from __future__ import annotations

from django.core import checks

from opencme.accreditation.disclosure import parse_standards
from opencme.accreditation.rules import parse_rulebook
from opencme.accreditation.selectors import integrity_standards_data, shipped_rulebook_data
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


@checks.register()
def check_integrity_standards(app_configs, **kwargs):
    try:
        parse_standards(integrity_standards_data())
    except (ValidationFailed, OSError, ValueError) as exc:
        return [
            checks.Error(
                f"The shipped disclosure rules are invalid: {exc}",
                hint="Fix opencme/accreditation/data/integrity_standards.json.",
                id="opencme.accreditation.E002",
            )
        ]
    return []
