from django.apps import AppConfig


class AccreditationConfig(AppConfig):
    name = "opencme.accreditation"
    label = "accreditation"
    verbose_name = "Accreditation rules"

    def ready(self) -> None:
        from opencme.accreditation import checks  # noqa: F401  (registers system checks)
