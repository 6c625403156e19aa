"""The finder's topic filter and facet: codes of the topic vocabulary, counted on both engines,
shown by their labels on the finder page, the activity page and in the API."""

from __future__ import annotations

import pytest
from django.test import Client

from opencme.accreditation.selectors import rulebook_get
from opencme.activities import authoring
from opencme.activities.models import Activity
from opencme.catalog.index import facet_tokens
from opencme.catalog.query import parse_finder_params
from opencme.catalog.tests.test_search_backend import TODAY, _assert_equals_recount, _search
from opencme.catalog.tests.test_views import text_of
from opencme.core.errors import ValidationFailed
from tests import factories
from tests.browser.data import load_synthetic

pytestmark = pytest.mark.django_db

TOPIC_QUESTIONS = [
    {"topic": ["ethics"], "include_expired": ["true"]},
    {"topic": ["medical_errors", "patient_safety"]},
    {"q": ["care"], "topic": ["implicit_bias"], "include_expired": ["true"]},
    {"topic": ["laws_and_rules"], "credit_family": ["nursing"], "include_expired": ["true"]},
    {"topic": ["substance_use_disorders"], "upcoming": ["true"]},
]


@pytest.fixture
def catalog() -> list[int]:
    return load_synthetic(240, today=TODAY)


@pytest.mark.parametrize("params", TOPIC_QUESTIONS)
def test_topic_filter_and_counts_equal_a_recount(catalog: list[int], params) -> None:
    _assert_equals_recount(params)


def test_topics_are_counted_and_a_filter_narrows_to_them(catalog: list[int]) -> None:
    everything = _search({"include_expired": ["true"]})
    counted = {t: n for t, n in everything.tokens.items() if t.startswith("topic:")}
    assert len(counted) >= 5  # the synthetic catalog tags a third of its activities
    ethics = _search({"include_expired": ["true"], "topic": ["ethics"]})
    assert ethics.count == counted["topic:ethics"] < everything.count
    assert ethics.tokens["topic:ethics"] == ethics.count


def test_a_narrower_topic_counts_under_its_broader_one() -> None:
    activity = factories.activity(of=factories.provider(), extra={"topics": ["laws_and_rules_fl"]})
    record = {"credits": [], "moc": [], "topics": ["laws_and_rules_fl"]}
    tokens = facet_tokens(activity, record, rulebook_get())
    assert "topic:laws_and_rules_fl" in tokens
    assert "topic:laws_and_rules" in tokens


def test_an_unknown_topic_is_a_problem_naming_topic() -> None:
    with pytest.raises(ValidationFailed) as caught:
        parse_finder_params({"topic": ["ethics", "wellness"]}, book=rulebook_get())
    assert [p.field for p in caught.value.problems] == ["topic"]
    assert "'wellness' is not a topic the finder knows" in caught.value.problems[0].message


def test_api_filters_by_topic_labels_its_facet_and_refuses_an_unknown_one(
    client: Client,
) -> None:
    provider = factories.provider()
    tagged = factories.activity(of=provider, publish=True, title="Tagged")
    plain = factories.activity(of=provider, publish=True, title="Plain")
    authoring.update_activity_details(
        activity=tagged, changes={"topics": ["human_trafficking"]}, actor=None
    )
    authoring.update_activity_details(activity=plain, changes={"topics": []}, actor=None)
    got = client.get("/api/activities", {"topic": "human_trafficking"})
    assert got.status_code == 200
    body = got.json()
    assert [r["id"] for r in body["results"]] == [tagged.pk]
    assert body["results"][0]["topics"] == ["human_trafficking"]
    assert body["facets"]["topic"] == {"human_trafficking": 1}
    assert body["facet_labels"]["topic"] == {"human_trafficking": "Human trafficking"}
    bad = client.get("/api/activities", {"topic": "wellness"})
    assert bad.status_code == 422
    assert [p["field"] for p in bad.json()["detail"]] == ["topic"]


def test_finder_page_shows_the_topic_group_by_label_and_an_unknown_topic_by_name(
    client: Client, catalog: list[int]
) -> None:
    page = client.get("/activities/", {"include_expired": "true", "topic": "ethics"})
    assert page.status_code == 200
    html = page.content.decode()
    assert "<legend>Topic</legend>" in html
    text = text_of(page)
    assert "Topic: Medical ethics and professional responsibility" in text  # the chip
    assert "Prevention of medical errors" in text
    bad = client.get("/activities/", {"topic": "wellness"})
    assert bad.status_code == 422
    assert "<strong>Topic</strong> (<code>topic</code>)" in bad.content.decode()
    assert "'wellness' is not a topic the finder knows" in text_of(bad)


def test_activity_page_shows_topics_by_label_and_says_a_listing_stated_them(
    client: Client,
) -> None:
    provider = factories.provider()
    hosted = factories.activity(of=provider, publish=True)
    listed = factories.activity(of=provider, publish=True, kind=Activity.Kind.LISTED)
    for activity in (hosted, listed):
        Activity.objects.filter(pk=activity.pk).update(topics=["medical_errors"])
    hosted_text = text_of(client.get(f"/activities/{hosted.pk}/"))
    listed_text = text_of(client.get(f"/activities/{listed.pk}/"))
    assert "Prevention of medical errors" in hosted_text
    assert "medical_errors" not in hosted_text
    assert "Read from the listing" not in hosted_text
    assert "Prevention of medical errors" in listed_text
    assert "Read from the listing" in listed_text


def test_activity_page_shows_the_requirements_an_activity_declares_it_meets(
    client: Client,
) -> None:
    activity = factories.activity(of=factories.provider(), publish=True)
    before = text_of(client.get(f"/activities/{activity.pk}/"))
    Activity.objects.filter(pk=activity.pk).update(meets=["tx-hhsc"])
    after = text_of(client.get(f"/activities/{activity.pk}/"))
    label = "Approved by Texas HHSC as a human trafficking prevention course"
    assert label not in before
    assert f"Meets {label} As the provider declares it." in after
