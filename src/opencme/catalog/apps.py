from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "opencme.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self) -> None:
        from opencme.activities import indexing
        from opencme.catalog.index import index_activities

        indexing.register(index_activities)
