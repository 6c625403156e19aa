"""Credit designations keep the statement learners read; hosted activities made before it
state the rule book's standard wording (what they showed learners until now)."""

from django.db import migrations, models

from opencme.accreditation.rules import parse_rulebook
from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.accreditation.statements import Designation, designation_statements


def fill_standard_wording(apps, schema_editor):
    credit_designation = apps.get_model("activities", "CreditDesignation")
    book = parse_rulebook(shipped_rulebook_data())
    rows = credit_designation.objects.filter(activity__kind="hosted", statement="").select_related(
        "activity__provider"
    )
    changed = []
    for c in rows.iterator(chunk_size=1000):
        made = designation_statements(
            book,
            [Designation(c.credit_type, c.amount, c.label, c.uan, c.pharmacology_hours)],
            provider=c.activity.provider.name,
            format=c.activity.format,
            expires=c.activity.expires,
        )
        if made:
            c.statement = made[0].text
            changed.append(c)
    credit_designation.objects.bulk_update(changed, ["statement"], batch_size=1000)


class Migration(migrations.Migration):
    dependencies = [
        ("activities", "0002_disclosures"),
    ]

    operations = [
        migrations.AddField(
            model_name="creditdesignation",
            name="statement",
            field=models.TextField(
                blank=True,
                help_text="As learners read it; a hosted activity needs one to be published",
                verbose_name="designation statement",
            ),
        ),
        migrations.RunPython(fill_standard_wording, migrations.RunPython.noop),
    ]
