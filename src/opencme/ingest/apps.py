from django.apps import AppConfig


class IngestConfig(AppConfig):
    name = "opencme.ingest"
    label = "ingest"
    verbose_name = "Listing importer"
