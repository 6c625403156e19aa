"""Typo tolerance and suggestions from the catalog vocabulary; relevance pinned on real queries."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from opencme.accreditation.selectors import rulebook_get
from opencme.activities.models import Activity
from opencme.activities.services import withdraw_activity
from opencme.catalog.models import CatalogTerm
from opencme.catalog.query import parse_finder_params
from opencme.catalog.selectors import catalog_search
from opencme.catalog.suggest import completions, did_you_mean
from tests.browser.data import load_seeds, load_synthetic

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def catalog() -> dict[str, Activity]:
    seeds = load_seeds()
    load_synthetic(30, today=TODAY)
    return seeds


def test_vocabulary_follows_the_index(catalog: dict[str, Activity]) -> None:
    opioid = CatalogTerm.objects.get(term="opioid")
    assert opioid.word in {"opioid", "opioids"}
    before = opioid.documents
    assert before >= 1
    withdraw_activity(activity=catalog["000"], actor=None)
    assert CatalogTerm.objects.get(term="opioid").documents == before - 1


def test_a_typo_is_put_right_from_the_vocabulary(catalog: dict[str, Activity]) -> None:
    assert did_you_mean("opiod") in {"opioid", "opioids"}
    assert did_you_mean("low back opiods") in {"low back opioid", "low back opioids"}
    assert did_you_mean("opioid") is None  # every word is held: nothing to put right
    assert did_you_mean("zzzzzzz") is None  # nothing near: no suggestion


def test_finder_shows_what_the_typo_meant(client: Client, catalog: dict[str, Activity]) -> None:
    html = client.get("/activities/", {"q": "opiod", "include_expired": "true"}).content.decode()
    assert "No activities match “opiod”. Showing results for" in html
    assert "An Overview on the Use of Opioids for Low Back Pain" in html


def test_search_box_suggestions_as_json(client: Client, catalog: dict[str, Activity]) -> None:
    got = client.get("/activities/suggest/", {"q": "low back opi"}).json()
    assert any(s.startswith("low back opioid") for s in got["suggestions"])
    assert completions("opiod")
    assert completions("opiod")[0].startswith("opioid")
    too_long = client.get("/activities/suggest/", {"q": "x" * 201})
    assert too_long.status_code == 422
    assert too_long.json()["problems"][0]["field"] == "q"


def _titles(q: str) -> list[str]:
    query = parse_finder_params({"q": [q], "include_expired": ["true"]}, book=rulebook_get())
    return [r["title"] for r in catalog_search(query, today=TODAY).results]


def test_relevance_puts_title_matches_first_stemmed(catalog: dict[str, Activity]) -> None:
    # "opioid" matches "Opioids" in a title (stemmed), ahead of activities that only mention it.
    found = _titles("opioid")
    assert found[0] == "An Overview on the Use of Opioids for Low Back Pain"
    assert _titles("opioids")[0] == found[0]
    assert _titles("low back pain")[0] == found[0]
