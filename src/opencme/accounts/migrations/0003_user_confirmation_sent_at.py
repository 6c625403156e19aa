from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_signinfailure_user_email_confirmed_at_apitoken_and_more"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="confirmation_sent_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
    ]
