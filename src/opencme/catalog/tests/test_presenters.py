"""How values read on the finder's pages: pure functions, no database."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from opencme.accreditation.rules import parse_rulebook
from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.catalog import finder_page, presenters
from opencme.catalog.query import parse_finder_params


@pytest.fixture(scope="module")
def book():
    return parse_rulebook(shipped_rulebook_data())


@pytest.mark.parametrize(
    ("value", "shown"), [(1.25, "1.25"), ("1.50", "1.5"), (2, "2"), ("20.00", "20"), (None, "")]
)
def test_num_writes_amounts_without_trailing_zeros(value, shown) -> None:
    assert presenters.num(value) == shown


@pytest.mark.parametrize(
    ("cost", "shown"),
    [
        ({"free": True, "amount": 0, "currency": "USD", "tiers": []}, "Free"),
        ({"free": False, "amount": 49, "currency": "USD", "tiers": []}, "$49"),
        ({"free": False, "amount": 34.5, "currency": "USD", "tiers": [{}, {}]}, "From $34.50"),
        (
            {"free": False, "amount": None, "currency": None, "tiers": [], "note": "Variable"},
            "Variable",
        ),
        ({"free": None, "amount": None, "currency": None, "tiers": []}, "Cost not stated"),
        (None, "Cost not stated"),
    ],
)
def test_cost_label_reads_free_price_or_note(cost, shown) -> None:
    assert presenters.cost_label(cost) == shown


def test_show_date_month_only_reads_as_month() -> None:
    assert presenters.show_date("2026-08") == "August 2026"
    assert presenters.show_date("2026-08-29") == "Aug 29, 2026"
    assert presenters.show_date(dt.date(2026, 8, 31), "month") == "August 2026"
    assert presenters.show_date(None) == ""


def test_credits_summary_names_types_and_says_when_amount_is_missing(book) -> None:
    credits: list[dict[str, Any]] = [
        {"type": "AMA_PRA_1", "amount": 1.25, "unit": "credit"},
        {"type": "ANCC", "amount": 1.25, "unit": "contact_hour"},
        {"type": "IPCE", "amount": None, "unit": "credit"},
        {"type": "OTHER", "amount": 3, "unit": "credit", "label": "Mainpro+ certified"},
    ]
    assert presenters.credits_summary(book, credits) == (
        "1.25 AMA PRA Category 1 Credit™ · 1.25 ANCC contact hours · "
        "Interprofessional Continuing Education (IPCE) credit (amount not stated) · "
        "3 Mainpro+ certified"
    )


def test_availability_open_expired_and_live_event(book) -> None:
    today = dt.date(2026, 9, 1)

    def say(**kw):
        return presenters.availability(book, today=today, precision="day", **kw)

    assert say(format="enduring", end_date=None, expires=dt.date(2026, 8, 29)) == (
        False,
        "Expired on Aug 29, 2026",
    )
    assert say(format="enduring", end_date=None, expires=dt.date(2026, 9, 1)) == (
        True,
        "Open for credit until Sep 1, 2026",
    )
    assert say(format="live", end_date=dt.date(2026, 10, 2), expires=None)[1] == (
        "Open for credit until Oct 2, 2026"
    )
    assert say(format="enduring", end_date=dt.date(2023, 9, 1), expires=None)[0] is True


def test_chips_remove_only_their_own_filter_and_reset_the_page(book) -> None:
    query = parse_finder_params(
        {"q": ["pain"], "credit_type": ["AMA_PRA_1,ANCC"], "free": ["true"], "page": ["3"]},
        book=book,
    )
    chips = {c.label: c.url for c in finder_page.chips(book, query, {}, "/activities/")}
    assert chips["Credit type: ANCC contact hours"] == (
        "/activities/?q=pain&credit_type=AMA_PRA_1&free=true"
    )
    assert chips["Search: pain"] == "/activities/?credit_type=AMA_PRA_1&credit_type=ANCC&free=true"
    assert chips["Cost: Free"] == "/activities/?q=pain&credit_type=AMA_PRA_1&credit_type=ANCC"


def test_page_links_show_ends_neighbours_and_gaps(book) -> None:
    query = parse_finder_params({"page": ["7"], "sort": ["expiring"]}, book=book)
    links = finder_page.page_links(query, 20, "/f/")
    assert [link.number for link in links] == [1, None, 5, 6, 7, 8, 9, None, 20]
    assert links[0].url == "/f/?sort=expiring"
    assert links[4].current
    assert links[4].url == "/f/?sort=expiring&page=7"
    assert finder_page.page_links(query.with_page(1), 1, "/f/") == []


def test_groups_keep_a_chosen_value_visible_with_count_zero(book) -> None:
    query = parse_finder_params({"specialty": ["rare-one"]}, book=book)
    facets = {"specialty": {f"s{i}": 10 - i for i in range(10)}}
    (group,) = finder_page.groups(book, query, facets, {"specialty": {"rare-one": "Rare One"}})
    assert [o.label for o in group.shown][-1] == "Rare One"
    assert group.shown[-1].checked
    assert group.shown[-1].count == 0
    assert "rare-one" not in [o.value for o in group.more]
