import datetime as dt

from django.apps import AppConfig


def _remind(today: dt.date) -> int:
    from opencme.requirements.reminding import enqueue_due_reminders

    return enqueue_due_reminders(today)


class RequirementsConfig(AppConfig):
    name = "opencme.requirements"
    label = "requirements"
    verbose_name = "Clinician requirements"

    def ready(self) -> None:
        from opencme.core import rounds
        from opencme.requirements import checks  # noqa: F401  (registers system checks)

        rounds.register("deadline reminders", _remind)  # the worker's daily round

        from opencme.catalog.extensions import register_marker
        from opencme.requirements.finder_marks import GapMarker
        from opencme.requirements.tasks import queue_reevaluation

        rounds.register("tracker re-evaluations", queue_reevaluation)  # after a deploy, daily
        register_marker(GapMarker())  # the finder's "closes a gap" notes and sort
