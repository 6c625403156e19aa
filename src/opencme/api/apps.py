from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "opencme.api"
    label = "api"
    verbose_name = "API"
