from django.urls import path

from opencme.learning import views

app_name = "learning"
urlpatterns = [
    path("", views.my_learning, name="my_learning"),
    path("activities/<int:activity_id>/enroll/", views.enroll, name="enroll"),
]
