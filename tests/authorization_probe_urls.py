"""The site's URLs and one careless page, for the authorization walk's test of itself."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from config.urls import urlpatterns as site
from opencme.learning.models import Enrollment


def careless(request: HttpRequest, enrollment_id: int) -> HttpResponse:
    """Shows any enrollment to anyone: what the walk must catch."""
    enrollment = Enrollment.objects.select_related("learner").get(pk=enrollment_id)
    return HttpResponse(enrollment.learner.email)


probe = ([path("probe/<int:enrollment_id>/", careless, name="careless")], "probe")
urlpatterns = [*site, path("", include(probe))]
