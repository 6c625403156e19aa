from django.apps import AppConfig


class CreditsConfig(AppConfig):
    name = "opencme.credits"
    label = "credits"
    verbose_name = "Credit"
