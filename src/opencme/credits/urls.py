from django.urls import path

from opencme.credits import transcript_views, views

app_name = "credits"
urlpatterns = [
    path("enrollments/<id:enrollment_id>/", views.enrollment, name="enrollment"),
    path(
        "enrollments/<id:enrollment_id>/steps/<id:step_id>/",
        views.step_submit,
        name="step_submit",
    ),
    path("enrollments/<id:enrollment_id>/claims/", views.claim, name="claim"),
    path("transcript/", transcript_views.transcript, name="transcript"),
    path("transcript.csv", transcript_views.transcript_download, name="transcript_csv"),
]
