from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "opencme.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from opencme.core import (
            checks,  # noqa: F401  (registers system checks)
            converters,
        )

        converters.register()  # before any URLconf is read: <id:...>, <code:...>
