from django.apps import AppConfig


class RequirementsConfig(AppConfig):
    name = "opencme.requirements"
    label = "requirements"
    verbose_name = "Clinician requirements"

    def ready(self) -> None:
        from opencme.requirements import checks  # noqa: F401  (registers system checks)
