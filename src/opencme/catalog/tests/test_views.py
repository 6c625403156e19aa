"""The finder's pages: what they show, what they refuse, and how many queries they take."""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import parse_qsl

import pytest
from django.test import Client

from opencme.activities.models import Activity
from opencme.core import clock
from tests.browser.data import load_seeds, load_synthetic, seed_statements

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeds() -> dict[str, Activity]:
    return load_seeds()


def text_of(response) -> str:
    """The page's visible text, tags removed and spaces collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_finder_lists_seed_000_with_credits_summary_when_expired_included(
    client: Client, seeds: dict[str, Activity]
) -> None:
    response = client.get("/activities/", {"q": "opioid", "include_expired": "true"})
    assert response.status_code == 200
    text = text_of(response)
    assert "An Overview on the Use of Opioids for Low Back Pain" in text
    assert "1.25 AMA PRA Category 1 Credit™ · 1.25 AAPA Category 1 CME" in text
    assert "Interprofessional Continuing Education (IPCE) credit (amount not stated)" in text
    assert "Listed from source" in text
    assert "Free" in text
    # The link carries the question, for the activity page's "Back to results".
    back = "from=q%3Dopioid%26include_expired%3Dtrue"
    assert f'href="/activities/{seeds["000"].pk}/?{back}"' in response.content.decode()


def test_finder_hides_expired_seed_000_by_default(
    client: Client, seeds: dict[str, Activity]
) -> None:
    # Seed 000 expired on 2026-08-29; the clock of these tests is later than that only after it.
    response = client.get("/activities/", {"q": "opioid"})
    listed = "An Overview on the Use of Opioids" in text_of(response)
    assert listed == (clock.today() <= dt.date(2026, 8, 29))


def test_finder_facets_show_names_counts_and_chosen_chips(
    client: Client, seeds: dict[str, Activity]
) -> None:
    response = client.get(
        "/activities/",
        {"include_expired": "true", "credit_type": "AMA_PRA_1", "specialty": "pain-medicine"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    text = text_of(response)
    # Seed 003 is the only activity with both; seed 000 has no specialty.
    assert "1 activity" in text
    assert "Untitled activity" in text
    assert "1.5 Interprofessional Continuing Education (IPCE) credit" in text
    assert "MOC ABS, ABOS, ABPATH, ABA" in text
    assert "Variable" in text
    assert re.search(r'name="credit_type" value="AMA_PRA_1" checked', html)
    assert "Specialty: Pain Medicine" in text
    assert "Credit type: AMA PRA Category 1 Credit™" in text
    # Removing the specialty chip keeps the other filters.
    assert 'href="/activities/?credit_type=AMA_PRA_1&amp;include_expired=true"' in html
    assert "MOC board" in text
    assert "ABS (American Board of Surgery) (1)" in text


def test_finder_pages_through_results_with_numbered_links(client: Client) -> None:
    load_synthetic(45, today=clock.today())
    response = client.get("/activities/", {"include_expired": "true", "page": "2"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "21–40 of" in text_of(response)
    assert 'href="/activities/?include_expired=true&amp;page=3"' in html
    assert 'aria-current="page"><span class="visually-hidden">Page </span>2<' in html
    assert 'rel="prev"' in html
    assert 'rel="next"' in html


def test_finder_query_count_is_fixed(client: Client, django_assert_max_num_queries) -> None:
    load_seeds()
    load_synthetic(60, today=clock.today())
    client.get("/activities/")  # the rule book's parse is cached after the first page
    params = {"q": "pain", "include_expired": "true", "credit_type": "AMA_PRA_1", "free": "true"}
    # Rule book (1), search and facet counts (2), names of specialties and providers (2),
    # listed results (1): six, whatever the catalog's size or the number of results.
    with django_assert_max_num_queries(6):
        response = client.get("/activities/", params)
    assert response.status_code == 200


def test_finder_bad_parameters_get_422_naming_each(client: Client) -> None:
    response = client.get(
        "/activities/",
        {"credit_type": "NOPE", "available_on": "tomorrow", "page": "0", "sort": "best"},
    )
    assert response.status_code == 422
    text = text_of(response)
    assert "This search cannot run" in text
    html = response.content.decode()
    for field, label in [
        ("credit_type", "Credit type"),
        ("available_on", "Available on"),
        ("page", "Page"),
        ("sort", "Sort"),
    ]:
        assert f"<strong>{label}</strong> (<code>{field}</code>)" in html
    assert "'tomorrow' is not a date YYYY-MM-DD" in text


def test_activity_page_shows_every_field_of_seed_000(
    client: Client, seeds: dict[str, Activity], django_assert_max_num_queries
) -> None:
    # The activity (7: with its people's financial relationships and supporters), rule book (1).
    with django_assert_max_num_queries(8):
        response = client.get(f"/activities/{seeds['000'].pk}/")
    assert response.status_code == 200
    text = text_of(response)
    expected = [
        "An Overview on the Use of Opioids for Low Back Pain",
        "Provider PCSS-MOUD",
        "Listed from source",
        "Low back pain is a prevalent issue that presents challenges in its treatment.",
        "Credit expires Aug 29, 2026",
        "Enduring material",
        "Online",
        "Cost Free",
        "AMA PRA Category 1 Credit™ 1.25 credits",
        "AAPA Category 1 CME 1.25 credits",
        "ASWB ACE social work CE 1.25 credits",
        "Nursing contact hours 1.25 contact hours",
        "ACPE pharmacy CE 1.25 credits",
        "Interprofessional Continuing Education (IPCE) credit amount not stated credits",
        "No MOC points stated.",
        "physicians, nurses, social workers, physician assistants, pharmacists, "
        "interprofessional teams",
        "Roger Chou, MD",
        "Evaluate the benefits and harms of opioids in patients with low back pain (LBP).",
        "Apply strategies for mitigating risks associated with opioids.",
        seed_statements("000")["funding"],
        seed_statements("000")["disclaimer"],
        "Rule warnings from the source",
        "Registration Not stated",
        "Commercial support Not stated",
        # What a learner must see before starting, and what the listing does not state.
        "The source listing, as imported here, does not state:",
        "an accreditation statement or credit designation statements",
        "who planned the activity",
        "the financial relationships of Roger Chou, MD",
        "whether the activity receives commercial support",
    ]
    for fragment in expected:
        assert fragment in text, fragment
    assert text.count("1.25") >= 5
    availability = "Open for credit until Aug 29, 2026"
    expired = "Expired on Aug 29, 2026"
    assert (availability if clock.today() <= dt.date(2026, 8, 29) else expired) in text


def test_activity_page_shows_every_field_of_seed_003(
    client: Client, seeds: dict[str, Activity]
) -> None:
    response = client.get(f"/activities/{seeds['003'].pk}/")
    assert response.status_code == 200
    text = text_of(response)
    html = response.content.decode()
    expected = [
        "Untitled activity",
        "The source states no title for this activity.",
        "Provider StatPearls, LLC",
        "Chronic pain is a complex condition characterized by changes in the nervous system.",
        "Release or start Sep 1, 2023",
        "End Sep 1, 2023",
        "Credit expires Not stated",
        "Open for credit (the source states no expiry date)",
        "Enduring material",
        "Online",
        "Cost Variable",
        "Interprofessional Continuing Education (IPCE) credit 1.5 hours",
        "AMA PRA Category 1 Credit™ 1.5 hours",
        "Nursing contact hours 1.5 hours",
        "ACPE pharmacy CE 1.5 hours",
        "ABS American Board of Surgery 1.5 Accredited CME",
        "ABOS American Board of Orthopaedic Surgery 1.5 Accredited CME",
        "ABPATH American Board of Pathology 1.5 Lifelong Learning",
        "ABA American Board of Anesthesiology 1.5 Lifelong Learning",
        "ABS American Board of Surgery 1.5 Self-Assessment",
        "Registration Open to all",
        "Providership Directly provided",
        "Commercial support None received",
        "Learner Knowledge",
        "Learner/Team Competence",
        "All Practice Areas (e.g. ethics)",
        "General Surgery",
        "Pain Medicine",
        "Surgery of the Spine",
        "Rule warnings from the source",
        "Title: is required",
        "Credit: a Universal Activity Number (UAN) is required for ACPE credit",
        "No funding or disclaimer statement is given.",
        "who planned or taught the activity, or their financial relationships",
        "This activity receives no commercial support.",
    ]
    for fragment in expected:
        assert fragment in text, fragment
    assert 'href="https://www.statpearls.com/ArticleLibrary/viewarticle/23719"' in html


def test_activity_page_escapes_text_from_the_source(client: Client) -> None:
    from tests.browser.data import seed_record

    record = seed_record("000")
    record["title"] = "<script>alert(1)</script> Opioids"
    record["objectives"] = ['<img src=x onerror="alert(2)">']
    from opencme.activities.services import save_activity_from_record

    activity, _ = save_activity_from_record(record=record, actor=None, kind=Activity.Kind.LISTED)
    html = client.get(f"/activities/{activity.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Opioids" in html
    assert "<img src=x" not in html


def test_activity_page_month_only_expiry_reads_as_month(client: Client) -> None:
    from opencme.activities.services import save_activity_from_record
    from tests.browser.data import seed_record

    record = seed_record("000") | {"expires": "2099-08"}
    activity, _ = save_activity_from_record(record=record, actor=None, kind=Activity.Kind.LISTED)
    text = text_of(client.get(f"/activities/{activity.pk}/"))
    assert "Credit expires August 2099" in text
    assert "Open for credit until August 2099" in text


def test_activity_page_404_for_unknown_or_unpublished(client: Client) -> None:
    assert client.get("/activities/999999/").status_code == 404


def test_every_home_page_link_into_the_finder_finds_and_shows_its_filter(client: Client) -> None:
    load_seeds()
    load_synthetic(60, today=clock.today())
    home = client.get("/").content.decode()
    links = [unescape(h) for h in re.findall(r'href="(/activities/\?[^"]*)"', home)]
    assert any("credit_family=nursing" in h for h in links)
    assert any("upcoming=true" in h for h in links)
    for link in links:
        html = client.get(link).content.decode()
        assert "No activities match" not in html, link
        for name, value in parse_qsl(link.partition("?")[2]):
            # The filter the link asked for is ticked on the page it opens.
            ticked = re.search(rf'name="{name}" value="{re.escape(value)}"[^>]* checked', html)
            assert ticked, (link, name, value)


def test_nursing_family_groups_both_nursing_credits_each_shown_as_stated(
    client: Client, seeds: dict[str, Activity]
) -> None:
    load_synthetic(60, today=clock.today())
    family = client.get("/activities/", {"credit_family": "nursing", "include_expired": "true"})
    either = client.get(
        "/activities/", {"credit_type": "ANCC,NURSING_CE", "include_expired": "true"}
    )
    count = re.search(r"<strong>(\d+)</strong>", family.content.decode())
    same = re.search(r"<strong>(\d+)</strong>", either.content.decode())
    assert count
    assert same
    assert count[1] == same[1]
    text = text_of(family)
    assert "Nursing contact hours (ANCC or other approved)" in text
    assert "ANCC contact hours" in text
    assert "Nursing contact hours (" in text


def test_activity_page_back_link_keeps_the_question(
    client: Client, seeds: dict[str, Activity]
) -> None:
    finder = client.get("/activities/", {"q": "opioid", "include_expired": "true"}).content
    link = re.search(rf'href="(/activities/{seeds["000"].pk}/\?[^"]+)"', finder.decode())
    assert link
    page = client.get(unescape(link[1])).content.decode()
    assert '<a href="/activities/?q=opioid&amp;include_expired=true">Back to results</a>' in page
    # A made-up question is not echoed: the link falls back to the finder itself.
    bad = client.get(f"/activities/{seeds['000'].pk}/", {"from": "credit_type=NOPE"})
    assert '<a href="/activities/">Find activities</a>' in bad.content.decode()
