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
    dependencies = [("accreditation", "0001_initial")]
    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
