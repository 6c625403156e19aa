from django.urls import path

from opencme.workspace import views

app_name = "workspace"
urlpatterns = [
    path("", views.index, name="index"),
    path("<slug:slug>/", views.provider_home, name="provider"),
]
