from django.urls import path

from opencme.learning import content_views, views

app_name = "learning"
urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("activities/<id:activity_id>/enroll/", views.enroll, name="enroll"),
    path(
        "steps/<id:step_id>/material",
        content_views.content_file,
        {"part": "material"},
        name="content_material",
    ),
    path(
        "steps/<id:step_id>/captions.vtt",
        content_views.content_file,
        {"part": "captions"},
        name="content_captions",
    ),
    path(
        "enrollments/<id:enrollment_id>/steps/<id:step_id>/progress/",
        content_views.content_progress,
        name="content_progress",
    ),
]
