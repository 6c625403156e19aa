from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "opencme.web"
    label = "web"
    verbose_name = "Web"
