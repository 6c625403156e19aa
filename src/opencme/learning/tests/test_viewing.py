"""A content step's viewing: the player's reports (web and API), who may fetch the material,
and "I have viewed it" refused until the provider's rule is met."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from django.test import Client

from opencme.api.tests.test_learner_api import api_for
from opencme.core import clock
from opencme.core.errors import ValidationFailed
from opencme.learning.forms import viewed_token
from opencme.learning.models import ContentView, StepKind, StepProgress
from opencme.learning.services import complete_step, enroll_learner
from opencme.learning.viewing import record_content_progress
from opencme.web.demo.rerelease import CLIP, MEDIA, watch_whole
from tests import factories
from tests.journey_data import answers_for, learner, seed_000_rerelease, steps_of, walk

pytestmark = pytest.mark.django_db


@pytest.fixture
def at_content():
    """A learner whose next step is seed 000's video (90% of its 4 s to be watched)."""
    activity = seed_000_rerelease()
    user = learner()
    enrollment = enroll_learner(activity=activity, learner=user)
    walk(enrollment, user, until=StepKind.CONTENT)
    step = next(s for s in steps_of(activity) if s.kind == StepKind.CONTENT)
    return {"activity": activity, "user": user, "enrollment": enrollment, "step": step}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def streamed(response: Any) -> bytes:
    return b"".join(response.streaming_content)


def progress_url(at) -> str:
    return f"/learn/enrollments/{at['enrollment'].pk}/steps/{at['step'].pk}/progress/"


def test_report_is_capped_by_the_time_since_the_step_was_opened(at_content):
    at = at_content
    viewing = record_content_progress(
        enrollment=at["enrollment"], step_id=at["step"].pk, actor=at["user"], watched=[[0, 4]]
    )
    # opened by this very report: no time has passed, so none of the 4 s counts
    assert (viewing.percent, viewing.unmet is None) == (0, False)


def test_report_counts_merged_spans_from_a_page_shown_earlier(at_content):
    at = at_content
    shown = clock.now() - dt.timedelta(seconds=3)
    for spans in ([[0, 1.5]], [[1, 2.5], [2.5, 3.7]]):
        viewing = record_content_progress(
            enrollment=at["enrollment"],
            step_id=at["step"].pk,
            actor=at["user"],
            watched=spans,
            shown_at=shown,
        )
    view = ContentView.objects.get(enrollment=at["enrollment"], step=at["step"])
    assert view.watched == [[0, 3.7]]
    assert (viewing.percent, viewing.unmet, viewing.seconds_spent) == (92, None, 3)


def test_report_with_bad_spans_names_the_field(at_content):
    at = at_content
    for bad in ("all of it", [[0]], [["a", "b"]], [[0, float("nan")]], [[True, 3]]):
        with pytest.raises(ValidationFailed) as refused:
            record_content_progress(
                enrollment=at["enrollment"], step_id=at["step"].pk, actor=at["user"], watched=bad
            )
        assert list(refused.value.as_dict()) == ["watched"], bad


def test_web_report_access_anonymous_other_learner_and_enrolled(at_content):
    at = at_content
    body = json.dumps({"watched": [[0, 1]]})
    anonymous = Client().post(progress_url(at), body, "application/json")
    assert anonymous.status_code == 302
    assert "/accounts/sign-in" in anonymous["Location"]
    other = signed_in(learner()).post(progress_url(at), body, "application/json")
    assert other.status_code == 404
    assert not ContentView.objects.exists()
    mine = signed_in(at["user"]).post(progress_url(at), body, "application/json")
    assert mine.status_code == 200
    assert mine.json()["rule_met"] is False
    assert "watch at least 90% of the video" in mine.json()["message"]


def test_web_report_needs_the_csrf_token(at_content):
    at = at_content
    client = Client(enforce_csrf_checks=True)
    client.force_login(at["user"])
    response = client.post(progress_url(at), "{}", "application/json")
    assert response.status_code == 403


def test_web_report_takes_the_signed_moment_the_page_was_shown(at_content, settings):
    at = at_content
    token = viewed_token(enrollment_id=at["enrollment"].pk, step_id=at["step"].pk)
    client = signed_in(at["user"])
    client.post(progress_url(at), json.dumps({"viewed": token}), "application/json")
    view = ContentView.objects.get(enrollment=at["enrollment"], step=at["step"])
    ContentView.objects.filter(pk=view.pk).update(
        opened_at=view.opened_at - dt.timedelta(seconds=5)
    )
    done = client.post(
        progress_url(at), json.dumps({"watched": [[0, 4]], "viewed": "forged"}), "application/json"
    )
    assert (done.json()["watched_percent"], done.json()["rule_met"]) == (100, True)


def test_api_report_access_anonymous_other_learner_and_enrolled(at_content):
    at = at_content
    path = f"/api/enrollments/{at['enrollment'].pk}/steps/{at['step'].pk}/progress"
    assert api_for(at["user"]).client.post(path, {}, "application/json").status_code == 401
    assert api_for(learner()).post(path, {"watched": [[0, 1]]}).status_code == 404
    response = api_for(at["user"]).post(path, {"watched": [[0, 1]]})
    assert response.status_code == 200
    assert response.json()["watched_percent"] == 0
    bad = api_for(at["user"]).post(path, {"watched": "most"})
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["field"] == "watched"


def test_api_complete_content_step_refused_then_accepted_once_watched(at_content):
    at = at_content
    me = api_for(at["user"])
    step_path = f"/api/enrollments/{at['enrollment'].pk}/steps/{at['step'].pk}"
    refused = me.post(step_path, {"answers": {}, "seconds_spent": 3600})
    assert refused.status_code == 422
    assert refused.json()["detail"] == [
        {"field": "step", "message": "Not yet: watch at least 90% of the video (so far 0%)."}
    ]
    watch_whole(enrollment=at["enrollment"], step=at["step"], actor=at["user"])
    assert me.post(step_path, {"answers": {}}).status_code == 200


def test_page_refuses_i_have_viewed_it_before_the_rule_is_met(at_content):
    at = at_content
    client = signed_in(at["user"])
    page = client.get(f"/learn/enrollments/{at['enrollment'].pk}/")
    html = page.content.decode()
    assert f'src="/learn/steps/{at["step"].pk}/material"' in html
    assert 'kind="captions"' in html
    assert 'role="status"' in html
    assert "watch at least 90% of the video" in html
    token = viewed_token(enrollment_id=at["enrollment"].pk, step_id=at["step"].pk)
    response = client.post(
        f"/learn/enrollments/{at['enrollment'].pk}/steps/{at['step'].pk}/",
        {f"step{at['step'].pk}-viewed": token},
    )
    assert response.status_code == 422
    assert "Not yet: watch at least 90% of the video (so far 0%)." in response.content.decode()
    assert not StepProgress.objects.filter(enrollment=at["enrollment"], step=at["step"]).exists()


def test_claim_form_shows_the_time_recorded(at_content):
    at = at_content
    watch_whole(enrollment=at["enrollment"], step=at["step"], actor=at["user"])
    for step in steps_of(at["activity"])[1:4]:
        complete_step(
            enrollment=at["enrollment"],
            step_id=step.pk,
            actor=at["user"],
            answers=answers_for(step),
        )
    page = f"/learn/enrollments/{at['enrollment'].pk}/"
    recorded = StepProgress.objects.filter(enrollment=at["enrollment"], step=at["step"])
    for seconds, said in [
        (42, "under a minute"),
        (42 * 60, "42 minutes"),
        (75 * 60, "1 hour 15 minutes"),
    ]:
        recorded.update(seconds_spent=seconds)
        html = signed_in(at["user"]).get(page).content.decode()
        assert (
            f"Up to 1.25 credits. The site recorded {said} on this activity’s steps; claim only "
            "the time you spent." in html
        )


def test_material_access_anonymous_other_learner_staff_and_enrolled(at_content):
    at = at_content
    url = f"/learn/steps/{at['step'].pk}/material"
    clip = (MEDIA / CLIP).read_bytes()
    assert Client().get(url).status_code == 302
    assert signed_in(learner()).get(url).status_code == 404
    assert signed_in(factories.staff(of=factories.provider())).get(url).status_code == 404
    staff = signed_in(factories.staff(of=at["activity"].provider)).get(url)
    assert staff.status_code == 200
    mine = signed_in(at["user"]).get(url)
    assert (mine.status_code, mine["Content-Type"]) == (200, "video/webm")
    assert streamed(mine) == clip
    captions = signed_in(at["user"]).get(f"/learn/steps/{at['step'].pk}/captions.vtt")
    assert captions["Content-Type"] == "text/vtt"
    assert streamed(captions).startswith(b"WEBVTT")


def test_material_serves_byte_ranges_for_seeking(at_content):
    at = at_content
    url = f"/learn/steps/{at['step'].pk}/material"
    clip = (MEDIA / CLIP).read_bytes()
    client = signed_in(at["user"])
    part = client.get(url, headers={"Range": "bytes=100-199"})
    assert (part.status_code, part["Content-Range"]) == (206, f"bytes 100-199/{len(clip)}")
    assert part.content == clip[100:200]
    assert client.get(url, headers={"Range": f"bytes={len(clip)}-"}).status_code == 416
