from django.apps import AppConfig


class LearningConfig(AppConfig):
    name = "opencme.learning"
    label = "learning"
    verbose_name = "Learning"
