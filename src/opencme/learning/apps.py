from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "opencme.learning"
    label = "learning"
    verbose_name = "Learning"

    def ready(self) -> None:
        from opencme.learning import pipelines

        pipelines.connect()
