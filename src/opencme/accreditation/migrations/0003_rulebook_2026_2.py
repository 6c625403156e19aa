"""Store rule book 2026.2: certificate statements (Joint Accreditation, participation, ANCC
pharmacology hours, the ACPE UAN and CPE Monitor note). Earlier versions stay as they were."""

import json
from pathlib import Path

from django.db import migrations

RULEBOOK = Path(__file__).resolve().parent.parent / "data" / "rulebook.json"


def load(apps, schema_editor):
    RuleSet = apps.get_model("accreditation", "RuleSet")
    data = json.loads(RULEBOOK.read_text())
    RuleSet.objects.get_or_create(
        version=data["version"],
        defaults={"effective_from": data["effective_from"], "data": data},
    )


class Migration(migrations.Migration):
    dependencies = [("accreditation", "0002_shipped_rulebook")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
