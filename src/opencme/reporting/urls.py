from django.urls import path

from opencme.reporting import batch_views, views

app_name = "reporting"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.provider_reports, name="provider"),
    path("<slug:slug>/export/<str:name>/", views.export_download, name="export"),
    path("<slug:slug>/batches/<id:batch_id>/", batch_views.batch_detail, name="batch"),
    path(
        "<slug:slug>/batches/<id:batch_id>/file.<str:fmt>",
        batch_views.batch_download,
        name="batch_file",
    ),
    path(
        "<slug:slug>/batches/<id:batch_id>/submit/", batch_views.batch_submit, name="batch_submit"
    ),
    path(
        "<slug:slug>/batches/<id:batch_id>/withdraw/",
        batch_views.batch_withdraw,
        name="batch_withdraw",
    ),
    path("<slug:slug>/outcomes/", views.provider_outcomes, name="outcomes"),
    path("<slug:slug>/outcomes/activities.csv", views.provider_outcomes_csv, name="outcomes_csv"),
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
