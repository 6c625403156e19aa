from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    name = "opencme.activities"
    label = "activities"
    verbose_name = "Activities"
