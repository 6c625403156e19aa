from django.apps import AppConfig


class OperationsConfig(AppConfig):
    name = "opencme.operations"
    label = "operations"
    verbose_name = "Operations"
