from django.urls import path

from opencme.reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.provider_reports, name="provider"),
    path("<slug:slug>/export/<str:name>/", views.export_download, name="export"),
    path("<slug:slug>/outcomes/", views.provider_outcomes, name="outcomes"),
    path(
        "<slug:slug>/outcomes/<id:activity_id>/",
        views.activity_outcomes,
        name="activity_outcomes",
    ),
    path(
        "<slug:slug>/outcomes/<id:activity_id>/numbers.csv",
        views.activity_outcomes_csv,
        name="activity_outcomes_csv",
    ),
]
