from django.urls import path

from opencme.catalog import views

app_name = "catalog"
urlpatterns = [
    path("activities/", views.finder, name="finder"),
    path("activities/suggest/", views.suggestions, name="suggest"),
    path("activities/<id:activity_id>/", views.activity_detail, name="activity"),
]
