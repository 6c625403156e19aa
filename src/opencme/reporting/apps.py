from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "opencme.reporting"
    label = "reporting"
    verbose_name = "Reporting"

    def ready(self) -> None:
        from opencme.credits.hooks import register_claim_annotator, register_claim_listener
        from opencme.reporting.claim_status import report_lines_for_claims
        from opencme.reporting.services import record_obligations

        register_claim_listener(record_obligations)
        register_claim_annotator("reporting", report_lines_for_claims)
