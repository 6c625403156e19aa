"""System check: a rule file that does not load stops start-up, naming file and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core import checks

from opencme.requirements.loader import RULES_DIR, RuleFileError, load_rule_file


def check_rule_files(directory: Path = RULES_DIR) -> list[checks.CheckMessage]:
    errors: list[checks.CheckMessage] = []
    for path in sorted(directory.glob("*.json")):
        try:
            load_rule_file(path)
        except RuleFileError as exc:
            errors.append(
                checks.Error(
                    f"Requirement rule file {exc}",
                    hint=f"Fix opencme/requirements/rules/{path.name}.",
                    id="opencme.requirements.E001",
                )
            )
    return errors


@checks.register()
def check_shipped_rule_files(app_configs: Any, **kwargs: Any) -> list[checks.CheckMessage]:
    return check_rule_files()
