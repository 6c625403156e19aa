from django.apps import AppConfig


class CatalogConfig(AppConfig):
    name = "opencme.catalog"
    label = "catalog"
    verbose_name = "Catalog"

    def ready(self) -> None:
        from opencme.activities import indexing
        from opencme.catalog.index import index_activities

        indexing.register(index_activities)

        from opencme.accounts.hooks import register_destination
        from opencme.activities.models import Activity

        def activity_title(activity_id: int) -> str | None:
            published = Activity.objects.filter(pk=activity_id, status=Activity.Status.PUBLISHED)
            return published.values_list("title", flat=True).first()

        # After sign-up or sign-in the learner comes back here: "Continue to <title>".
        register_destination("catalog:activity", activity_title)
