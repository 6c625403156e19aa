from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "opencme.reporting"
    label = "reporting"
    verbose_name = "Reporting"

    def ready(self) -> None:
        from opencme.credits.hooks import register_claim_listener
        from opencme.reporting.services import record_obligations

        register_claim_listener(record_obligations)
