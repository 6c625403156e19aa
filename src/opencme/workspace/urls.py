from django.urls import path

from opencme.workspace import activity_views as av
from opencme.workspace import views

app_name = "workspace"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.provider_home, name="provider"),
    # the activity editor (hub, details, publish, preview, clone, archive)
    path("<slug:slug>/activities/new/", av.activity_new, name="activity_new"),
    path("<slug:slug>/activities/<id:activity_id>/", av.activity_hub, name="activity"),
    path(
        "<slug:slug>/activities/<id:activity_id>/details/",
        av.activity_details,
        name="activity_details",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/publish/",
        av.activity_publish,
        name="activity_publish",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/preview/",
        av.activity_preview,
        name="activity_preview",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/clone/", av.activity_clone, name="activity_clone"
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/archive/",
        av.activity_archive,
        name="activity_archive",
    ),
    path(
        "<slug:slug>/activities/<id:activity_id>/suggest/",
        av.activity_suggest,
        name="activity_suggest",
    ),
]
