from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "opencme.reporting"
    label = "reporting"
    verbose_name = "Reporting"
