"""Failed sign-ins become throttled attempts of a kind; API tokens get a name and a lifetime
(tokens made before expire their lifetime after they were made)."""

import datetime as dt

from django.conf import settings
from django.db import migrations, models
from django.db.models import F


def set_expiry(apps, schema_editor):
    lifetime = dt.timedelta(days=getattr(settings, "API_TOKEN_LIFETIME_DAYS", 90))
    apps.get_model("accounts", "ApiToken").objects.update(expires_at=F("created_at") + lifetime)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0003_user_confirmation_sent_at"),
    ]

    operations = [
        migrations.RenameModel("SignInFailure", "Attempt"),
        migrations.AddField(
            model_name="attempt",
            name="kind",
            field=models.CharField(
                choices=[("sign-in", "password check"), ("mail", "email to an account's owner")],
                default="sign-in",
                max_length=10,
            ),
        ),
        migrations.AlterField(
            model_name="attempt",
            name="ip",
            field=models.CharField(db_index=True, max_length=45, verbose_name="network address"),
        ),
        migrations.AlterModelOptions(name="apitoken", options={"ordering": ["-created_at", "-id"]}),
        migrations.AddField(
            model_name="apitoken",
            name="name",
            field=models.CharField(blank=True, help_text="What the token is for", max_length=100),
        ),
        migrations.AddField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(null=True),
        ),
        migrations.RunPython(set_expiry, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="apitoken",
            name="expires_at",
            field=models.DateTimeField(),
        ),
    ]
