from django.apps import AppConfig


class ProvidersConfig(AppConfig):
    name = "opencme.providers"
    label = "providers"
    verbose_name = "Providers"
