from django.urls import path

from opencme.ingest import views

app_name = "ingest"

urlpatterns = [
    path("", views.import_page, name="import"),
]
