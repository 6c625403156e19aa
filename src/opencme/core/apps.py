from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "opencme.core"
    label = "core"
    verbose_name = "Core"
