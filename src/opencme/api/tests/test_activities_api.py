"""The public finder API: its shape, its filters, its 422s naming the parameter, its 404s.

Only published activities are public: drafts and withdrawn activities of any provider never
appear, whatever the query.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import Client

from opencme.activities import services
from opencme.activities.models import Activity
from opencme.core import clock
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/activities"


def day(offset: int) -> str:
    return (clock.today() + dt.timedelta(days=offset)).isoformat()


@pytest.fixture
def catalog() -> dict[str, Activity]:
    """A small catalog around today: what the tests below search."""
    a = factories.provider(name="Provider A")
    b = factories.provider(name="Provider B")
    made = {
        "opioids": factories.activity(
            of=a,
            publish=True,
            title="Opioid tapering in chronic pain",
            start_date=day(-30),
            expires=day(300),
        ),
        "live": factories.activity(
            of=a,
            publish=True,
            title="Sepsis bundles at the bedside",
            format="live",
            delivery="in_person",
            location="Boston, MA",
            start_date=day(-1),
            end_date=day(1),
            expires=None,
            cost={"free": False, "amount": 99, "currency": "USD", "tiers": []},
            credits=[{"type": "AMA_PRA_1", "amount": 6, "unit": "credit"}],
            moc=[],
            specialties=["Critical Care"],
            topics=[],
        ),
        "expired": factories.activity(
            of=a,
            publish=True,
            title="Opioid stewardship for surgeons",
            start_date=day(-400),
            expires=day(-5),
        ),
        "upcoming": factories.activity(
            of=a,
            publish=True,
            title="Stroke care update",
            start_date=day(20),
            expires=day(300),
        ),
        "pharmacy": factories.activity(
            of=b,
            kind=Activity.Kind.LISTED,
            title="Anticoagulation update for pharmacists",
            start_date=day(-10),
            expires=day(200),
            credits=[{"type": "ACPE", "amount": 1.5, "unit": "contact_hour"}],
            moc=[],
            specialties=["Hematology"],
        ),
        "draft_b": factories.activity(
            of=b, title="Opioid draft of provider B", start_date=day(-3), expires=day(100)
        ),
        "withdrawn_b": factories.activity(
            of=b,
            publish=True,
            title="Opioid course withdrawn by provider B",
            start_date=day(-3),
            expires=day(100),
        ),
    }
    services.withdraw_activity(activity=made["withdrawn_b"], actor=None)
    return made


def get(client: Client, **params: Any) -> dict[str, Any]:
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def titles(body: dict[str, Any]) -> set[str]:
    return {r["title"] for r in body["results"]}


def test_activity_search_shape(client, catalog):
    body = get(client)
    assert set(body) == {"count", "page", "pages", "results", "facets", "facet_labels"}
    assert (body["count"], body["page"], body["pages"]) == (3, 1, 1)
    assert titles(body) == {
        "Opioid tapering in chronic pain",
        "Sepsis bundles at the bedside",
        "Anticoagulation update for pharmacists",
    }
    record = next(r for r in body["results"] if r["title"].startswith("Opioid tapering"))
    assert record["id"] == catalog["opioids"].pk
    assert record["provider"] == "Provider A"
    assert record["credits"] == [
        {"type": "AMA_PRA_1", "amount": 1.25, "unit": "credit", "label": None},
        {"type": "ANCC", "amount": 1.25, "unit": "contact_hour", "label": None},
    ]
    assert record["moc"] == [
        {"board": "ABIM", "points": 1.25, "credit_types": ["Medical Knowledge"]}
    ]
    assert body["facets"]["credit_type"] == {"AMA_PRA_1": 2, "ANCC": 1, "ACPE": 1}
    assert body["facets"]["free"] == {"true": 2, "false": 1}
    assert set(body["facets"]) >= {
        "credit_type",
        "moc_board",
        "specialty",
        "format",
        "delivery",
        "profession",
        "provider",
        "free",
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "tapering"}, {"opioids"}),
        ({"q": "opioid stewardship"}, set()),  # expired: hidden by default
        ({"q": "opioid stewardship", "include_expired": "true"}, {"expired"}),
        ({"q": "anticoagulation pharmacists"}, {"pharmacy"}),
        ({"credit_type": "ACPE"}, {"pharmacy"}),
        ({"credit_type": "ACPE,ANCC"}, {"pharmacy", "opioids"}),
        ({"moc_board": "ABIM"}, {"opioids"}),
        ({"specialty": "critical-care"}, {"live"}),
        ({"format": "live"}, {"live"}),
        ({"delivery": "in_person"}, {"live"}),
        ({"free": "true"}, {"opioids", "pharmacy"}),
        ({"free": "false"}, {"live"}),
        ({"profession": "pharmacist"}, {"pharmacy"}),
        ({"provider": "provider-b"}, {"pharmacy"}),
        ({"available_on": day(-100)}, {"expired"}),
        ({"available_on": day(250)}, {"opioids", "upcoming"}),
        ({"upcoming": "true"}, {"upcoming"}),  # released later: counted apart, not "open"
        ({"q": "stroke"}, set()),
        ({"q": "tapering", "credit_type": "ACPE"}, set()),
        ({"q": "the"}, set()),
    ],
)
def test_activity_search_filters(client, catalog, params, expected):
    body = get(client, **params)
    assert titles(body) == {catalog[name].title for name in expected}
    assert body["count"] == len(expected)


def test_activity_search_repeated_parameter_means_any(client, catalog):
    response = client.get(f"{URL}?credit_type=ACPE&credit_type=ANCC")
    assert {r["id"] for r in response.json()["results"]} == {
        catalog["pharmacy"].pk,
        catalog["opioids"].pk,
    }


def test_activity_search_sorts(client, catalog):
    newest = [r["title"] for r in get(client, sort="newest")["results"]]
    assert newest[0] == "Sepsis bundles at the bedside"  # started yesterday
    expiring = [r["title"] for r in get(client, sort="expiring")["results"]]
    assert expiring[0] == "Sepsis bundles at the bedside"  # claimable until tomorrow


def test_activity_search_pages(client):
    provider = factories.provider(name="Paging Provider")
    for i in range(23):
        factories.activity(of=provider, publish=True, title=f"Course {i}", start_date=day(-i))
    first, second = get(client, page=1), get(client, page=2)
    assert (first["count"], first["pages"], len(first["results"])) == (23, 2, 20)
    assert (second["page"], len(second["results"])) == (2, 3)
    assert titles(first).isdisjoint(titles(second))
    assert get(client, page=3)["results"] == []


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("credit_type=NOPE", "credit_type"),
        ("moc_board=ABC", "moc_board"),
        ("format=podcast", "format"),
        ("delivery=telepathy", "delivery"),
        ("profession=wizard", "profession"),
        ("specialty=Not%20A%20Slug", "specialty"),
        ("provider=%3Cscript%3E", "provider"),
        ("page=0", "page"),
        ("page=501", "page"),
        ("page=two", "page"),
        ("available_on=notadate", "available_on"),
        ("available_on=2026-02-30", "available_on"),
        ("free=maybe", "free"),
        ("include_expired=perhaps", "include_expired"),
        ("sort=random", "sort"),
        (f"q={'x' * 201}", "q"),
    ],
)
def test_activity_search_bad_parameter_is_422_naming_it(client, catalog, query, field):
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 422
    body = response.json()
    assert set(body) == {"detail"}
    assert body["detail"], body
    for problem in body["detail"]:
        assert set(problem) == {"field", "message"}
        assert problem["message"]
    assert field in [p["field"] for p in body["detail"]], body


def test_activity_search_reports_every_bad_parameter(client, catalog):
    response = client.get(f"{URL}?credit_type=NOPE&format=podcast&sort=random")
    assert response.status_code == 422
    fields = {p["field"] for p in response.json()["detail"]}
    assert fields == {"credit_type", "format", "sort"}


def test_activity_detail_returns_published_record(client, catalog):
    response = client.get(f"{URL}/{catalog['opioids'].pk}")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == catalog["opioids"].pk
    assert body["title"] == "Opioid tapering in chronic pain"
    assert body["expires"] == day(300)
    # An expired activity stays readable by id: the finder hides it, links keep working.
    assert client.get(f"{URL}/{catalog['expired'].pk}").status_code == 200


@pytest.mark.parametrize("name", ["draft_b", "withdrawn_b"])
def test_activity_detail_not_public_is_404(client, catalog, name):
    response = client.get(f"{URL}/{catalog[name].pk}")
    assert response.status_code == 404
    assert response.json() == {
        "detail": [{"field": "activity_id", "message": "no published activity has this id"}]
    }


@pytest.mark.parametrize("activity_id", ["999999", "0", "-1"])
def test_activity_detail_nonexistent_is_404(client, catalog, activity_id):
    assert client.get(f"{URL}/{activity_id}").status_code in (404, 422)
    assert client.get(f"{URL}/999999").status_code == 404


@pytest.mark.parametrize("activity_id", ["abc", "1.5", str(2**70)])
def test_activity_detail_bad_id_is_422(client, catalog, activity_id):
    response = client.get(f"{URL}/{activity_id}")
    assert response.status_code == 422
    assert [p["field"] for p in response.json()["detail"]] == ["activity_id"]


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "opioid"},
        {"q": "draft provider"},
        {"provider": "provider-b"},
        {"include_expired": "true"},
        {"available_on": day(0)},
        {"credit_type": "AMA_PRA_1", "include_expired": "true"},
    ],
)
def test_activity_search_never_shows_drafts_or_withdrawn(client, catalog, params):
    body = get(client, **params)
    hidden = {catalog["draft_b"].pk, catalog["withdrawn_b"].pk}
    assert not hidden & {r["id"] for r in body["results"]}
    assert "Opioid draft of provider B" not in str(body)
    assert "withdrawn by provider B" not in str(body)


def test_activity_search_draft_becomes_public_only_when_published(client, catalog):
    draft = catalog["draft_b"]
    assert get(client, q="draft")["count"] == 0
    services.publish_activity(activity=draft, actor=None)
    assert {r["id"] for r in get(client, q="draft")["results"]} == {draft.pk}
    assert client.get(f"{URL}/{draft.pk}").status_code == 200


def test_api_has_no_write_endpoints(client, catalog):
    record = factories.record(provider="Provider B")
    assert client.post(URL, record, content_type="application/json").status_code == 405
    assert client.delete(f"{URL}/{catalog['opioids'].pk}").status_code == 405
    assert Activity.objects.filter(pk=catalog["opioids"].pk).exists()
