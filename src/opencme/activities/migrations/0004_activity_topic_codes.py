"""Activity topics become codes of the topic vocabulary (issue 19, item 3), and an activity may
declare the requirements it meets (``meets``: approval codes of the same vocabulary).

The data step maps each stored topic that names a vocabulary topic (its code or its label, any
case or spacing) to its code. A value that names none (free text such as "DEA MATE Act
eligible") is not a topic a rule can count: it is dropped from ``topics`` and kept word for word
in an audit event of the activity (action ``activities.activity.topics_mapped``, before/after),
so nothing is lost and a coordinator can re-tag the activity from the workspace.
"""

from django.db import migrations, models
from django.utils import timezone

from opencme.accreditation.topics import (
    TOPICS,
    topic_code,
    validate_approval_codes,
    validate_topic_codes,
)


def map_topics(apps, schema_editor):
    Activity = apps.get_model("activities", "Activity")
    AuditEvent = apps.get_model("core", "AuditEvent")
    events = []
    now = timezone.now()
    for activity in Activity.objects.exclude(topics=[]).only("id", "topics").iterator():
        old = list(activity.topics or [])
        named = {v: topic_code(v) if isinstance(v, str) else None for v in map(str, old)}
        codes = [c for c in TOPICS if c in set(named.values())]
        if codes == old:
            continue
        dropped = [v for v, code in named.items() if code is None and v.strip()]
        activity.topics = codes
        activity.save(update_fields=["topics"])
        note = "topics mapped to codes of the topic vocabulary"
        if dropped:
            note += f"; dropped, naming no topic of the vocabulary: {dropped}"
        events.append(
            AuditEvent(
                at=now,
                action="activities.activity.topics_mapped",
                object_type="activities.activity",
                object_id=str(activity.pk),
                before={"topics": old},
                after={"topics": codes},
                note=note,
            )
        )
    AuditEvent.objects.bulk_create(events, batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("activities", "0003_designation_statement"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="activity",
            name="meets",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Requirements the provider declares the activity meets: approval codes "
                "of the topic vocabulary, e.g. tx-hhsc",
                validators=[validate_approval_codes],
            ),
        ),
        migrations.AlterField(
            model_name="activity",
            name="topics",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Codes of the topic vocabulary (accreditation/data/topics.json)",
                validators=[validate_topic_codes],
            ),
        ),
        migrations.RunPython(map_topics, migrations.RunPython.noop),
    ]
