"""My learning and enrolling from the activity page."""

from __future__ import annotations

import pytest
from django.test import Client

from opencme.activities.models import Activity
from opencme.learning.models import Enrollment
from opencme.learning.services import enroll_learner
from tests.journey_data import learner, seed_000_rerelease, steps_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity() -> Activity:
    return seed_000_rerelease()


def test_my_learning_requires_sign_in():
    response = Client().get("/learn/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/sign-in/?next=/learn/"


def test_my_learning_lists_own_enrollments_with_next_step(activity):
    mine, theirs = learner(), learner()
    enrollment = enroll_learner(activity=activity, learner=mine)
    client = Client()
    client.force_login(mine)
    html = client.get("/learn/").content.decode()
    first = steps_of(activity)[0]
    assert f'href="/learn/enrollments/{enrollment.pk}/#step-{first.pk}"' in html
    assert "In progress" in html
    client.force_login(theirs)
    assert "/learn/enrollments/" not in client.get("/learn/").content.decode()


def test_enroll_from_activity_page_then_continue(activity):
    user = learner()
    client = Client()
    anonymous = client.get(f"/activities/{activity.pk}/").content.decode()
    assert f"/accounts/sign-in/?next=/activities/{activity.pk}/" in anonymous
    client.force_login(user)
    page = client.get(f"/activities/{activity.pk}/").content.decode()
    assert f'action="/learn/activities/{activity.pk}/enroll/"' in page
    response = client.post(f"/learn/activities/{activity.pk}/enroll/")
    enrollment = Enrollment.objects.get(learner=user, activity=activity)
    assert response["Location"] == f"/learn/enrollments/{enrollment.pk}/"
    page = client.get(f"/activities/{activity.pk}/").content.decode()
    assert ">Continue</a>" in page


def test_enroll_listed_activity_is_refused_and_says_why(activity):
    seed = Activity.objects.get(kind=Activity.Kind.LISTED)
    client = Client()
    client.force_login(learner())
    page = client.get(f"/activities/{seed.pk}/").content.decode()
    assert "/enroll/" not in page  # listed activities link out instead
    response = client.post(f"/learn/activities/{seed.pk}/enroll/", follow=True)
    assert "enroll with its provider" in response.content.decode()
    assert not Enrollment.objects.exists()
