"""The finder, for a signed-in clinician: results that close one of their gaps are marked and
can come first ("Closes my gaps"); someone signed out sees neither. And each gap on the
tracker links to the finder's question that finds them."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import reverse

from opencme.core import clock
from opencme.requirements import services
from tests import factories

pytestmark = pytest.mark.django_db

SUD_TITLE = "Treating opioid use disorder in primary care"
OTHER_TITLE = "Preventing medication errors on the ward"
NOTE = "Closes a gap: DEA registration"


def _text(response) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


def _titles(response) -> list[str]:
    found = re.findall(r'class="card__title"[^>]*><a [^>]*>([^<]+)</a>', response.content.decode())
    return [unescape(t) for t in found]


@pytest.fixture
def catalog() -> None:
    provider = factories.provider()
    today = clock.today()
    factories.activity(
        of=provider,
        publish=True,
        title=SUD_TITLE,
        topics=["substance_use_disorders"],
        start_date=(today - dt.timedelta(days=60)).isoformat(),
        expires=(today + dt.timedelta(days=300)).isoformat(),
    )
    # Newer, so first in the finder's usual order: it closes no gap of the physician's.
    factories.activity(
        of=provider,
        publish=True,
        title=OTHER_TITLE,
        topics=["medical_errors"],
        start_date=(today - dt.timedelta(days=10)).isoformat(),
        expires=(today + dt.timedelta(days=300)).isoformat(),
    )


def _physician() -> Client:
    user = factories.user()
    services.save_credential(
        actor=user, user=user, kind="dea", expires_on=dt.date(clock.today().year + 2, 6, 30)
    )
    client = Client()
    client.force_login(user)
    return client


def test_finder_gaps_signed_in_clinician_sees_marks_and_can_sort_by_closes_my_gaps(
    catalog, settings
):
    client = _physician()
    usual = client.get("/activities/")
    assert _titles(usual) == [OTHER_TITLE, SUD_TITLE]
    text = _text(usual)
    assert text.count(NOTE) == 1
    assert "Closes my gaps" in text
    first = client.get("/activities/", {"sort": "closes_gaps"})
    assert first.status_code == 200
    assert _titles(first) == [SUD_TITLE, OTHER_TITLE]
    assert 'value="closes_gaps" selected' in first.content.decode()
    # One result a page: the marked one on page 1, the other on page 2, none twice.
    settings.CATALOG_PAGE_SIZE = 1
    pages = [
        _titles(client.get("/activities/", {"sort": "closes_gaps", "page": n})) for n in (1, 2)
    ]
    assert pages == [[SUD_TITLE], [OTHER_TITLE]]


def test_finder_gaps_signed_out_sees_no_marks_and_no_such_sort(catalog):
    client = Client()
    page = client.get("/activities/", {"sort": "closes_gaps"})
    assert page.status_code == 200
    assert _titles(page) == [OTHER_TITLE, SUD_TITLE]  # the usual order
    text = _text(page)
    assert "Closes my gaps" not in text
    assert NOTE not in text
    # A clinician who has entered no credential has no gaps: no sort either.
    someone = Client()
    someone.force_login(factories.user())
    assert "Closes my gaps" not in _text(someone.get("/activities/"))


def test_finder_gaps_the_trackers_gap_link_finds_the_activity_that_closes_it(catalog):
    client = _physician()
    tracker = client.get(reverse("requirements:tracker")).content.decode()
    links = re.findall(r'<a class="find-links__main" href="([^"]+)"', tracker)
    assert links, "the DEA's open gap has a Find activities link"
    url = unescape(links[0])
    asked = parse_qs(urlsplit(url).query)
    assert asked["topic"] == ["substance_use_disorders"]
    assert asked["free"] == ["true"]
    assert "AMA_PRA_1" in asked["credit_type"]
    # ANCC accredits nursing contact hours, which a physician does not claim: not asked for.
    assert "ANCC" not in asked["credit_type"]
    found = client.get(url)
    assert found.status_code == 200, found.content[:500]
    assert _titles(found) == [SUD_TITLE]


def test_finder_gaps_sort_reorders_only_within_its_depth_and_loses_no_result(
    catalog, settings, monkeypatch
):
    # With one result reordered, the marked activity (second in the usual order) stays on
    # page 2: each result still shows once.
    from opencme.catalog import extensions

    monkeypatch.setattr(extensions, "RERANK_DEPTH", 1)
    settings.CATALOG_PAGE_SIZE = 1
    client = _physician()
    pages = [
        _titles(client.get("/activities/", {"sort": "closes_gaps", "page": n})) for n in (1, 2)
    ]
    assert pages == [[OTHER_TITLE], [SUD_TITLE]]
