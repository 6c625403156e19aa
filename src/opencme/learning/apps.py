from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "opencme.learning"
    label = "learning"
    verbose_name = "Learning"

    def ready(self) -> None:
        from opencme.activities.authoring import on_clone
        from opencme.learning import pipelines
        from opencme.learning.authoring import copy_pipeline

        pipelines.connect()
        on_clone(copy_pipeline)  # a cloned activity (a re-release) keeps its steps
