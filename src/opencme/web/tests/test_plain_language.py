"""Every main public and learner page speaks to people: no internal codes (``NURSING_CE``,
``pending_payment``), no field paths (``credits[2].uan``), no raw ``True``/``False``/``None``,
American spelling, and one date format ("Aug 29, 2026").

The pages are walked with the test client on real data: seed 000 imported as a listed activity,
its hosted re-release, a nurse who claimed contact hours (so the transcript, the enrollment page
and the verify page have a certificate to show) and a physician part way through.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from typing import Any

import pytest
from django.test import Client

from opencme.accreditation.selectors import shipped_rulebook_data
from opencme.activities.models import Activity
from opencme.certificates.models import Certificate
from opencme.credits.services import claim_credit
from opencme.learning.services import enroll_learner
from tests import journey_data

pytestmark = pytest.mark.django_db

# Text inside these elements is not read as prose: code, the listing's own text as it was imported.
SKIPPED = {"script", "style", "pre", "code", "template"}
# Attributes a person reads or hears (tooltips, screen-reader names, placeholders, button text).
READ_ATTRS = {"title", "aria-label", "placeholder", "alt"}

BRITISH = re.compile(
    r"\b(?:enrol|enrols|enrolment|enrolments|licence|licences|licenced|programme|programmes|"
    r"centre|centres|colour|colours|organisation|organisations|organise[ds]?|catalogue|"
    r"behaviour|honour|favour|analyse[ds]?|recognise[ds]?|authorise[ds]?|cheque|defence)\b",
    re.IGNORECASE,
)
UPPER_SNAKE = re.compile(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b")
LOWER_SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
FIELD_PATH = re.compile(r"\w+\[\d+\]\.")
# A value printed as Python writes it; "None stated" or "None received" is a sentence, not a value.
RAW_VALUE = re.compile(r"\b(?:True|False|None)\b(?!\s+[a-z])")
# Dates written another way than the locale's one ("Aug 29, 2026"): ISO days, full month names,
# "Aug. 29" (Django's stock en format) and day-first dates.
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
OTHER_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b(?:{MONTHS}) \d{{1,2}}, \d{{4}}\b|"
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\. \d|"
    rf"\b\d{{1,2}} (?:{MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{{4}}\b"
)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED:
            self._skip += 1
        for name, value in attrs:
            button_text = tag == "input" and dict(attrs).get("type") in {"submit", "button"}
            if value and (name in READ_ATTRS or (button_text and name == "value")):
                self.parts.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def problems_in(text: str) -> list[str]:
    found: list[str] = []
    for pattern, what in (
        (rulebook_codes(), "credit type code"),
        (UPPER_SNAKE, "code"),
        (LOWER_SNAKE, "code"),
        (FIELD_PATH, "field path"),
        (RAW_VALUE, "raw value"),
        (BRITISH, "British spelling"),
        (OTHER_DATE, "date format"),
    ):
        for match in pattern.finditer(text):
            start = max(match.start() - 40, 0)
            found.append(f"{what} {match.group()!r} in …{text[start : match.end() + 40]}…")
    return found


def rulebook_codes() -> re.Pattern[str]:
    """The rulebook's credit type codes that are not words people use: ``AMA_PRA_1`` is a code,
    ``ANCC`` and ``ACPE`` are the accreditors' own names and read as such."""
    codes = [t["code"] for t in shipped_rulebook_data()["credit_types"] if "_" in t["code"]]
    assert "NURSING_CE" in codes
    assert "AMA_PRA_1" in codes
    return re.compile(r"\b(?:" + "|".join(map(re.escape, codes)) + r")\b")


@pytest.fixture
def world() -> dict[str, Any]:
    rerelease = journey_data.seed_000_rerelease()
    listed = Activity.objects.exclude(pk=rerelease.pk).get()
    nurse, enrollment = journey_data.ready_to_claim(rerelease, "nurse")
    nurse_ce = next(c for c in ("ANCC", "NURSING_CE") if rerelease.credits.filter(credit_type=c))
    claim = claim_credit(enrollment=enrollment, credit_type=nurse_ce, amount="1.25", actor=nurse)
    physician = journey_data.learner("physician")
    started = enroll_learner(activity=rerelease, learner=physician)
    return {
        "rerelease": rerelease,
        "listed": listed,
        "nurse": nurse,
        "enrollment": enrollment,
        "certificate": Certificate.objects.get(claim=claim),
        "physician": physician,
        "started": started,
    }


def _pages(world: dict[str, Any]) -> list[tuple[str, str, Any]]:
    rerelease, listed = world["rerelease"], world["listed"]
    nurse, physician = world["nurse"], world["physician"]
    return [
        ("home", "/", None),
        ("finder", "/activities/", None),
        ("finder, a search", "/activities/?q=trauma", None),
        ("hosted activity", f"/activities/{rerelease.pk}/", None),
        ("listed activity", f"/activities/{listed.pk}/", None),
        ("sign in", "/accounts/sign-in/", None),
        ("sign up", "/accounts/sign-up/", None),
        ("my learning (nurse)", "/learn/", nurse),
        ("my learning (physician)", "/learn/", physician),
        ("transcript", "/learn/transcript/", nurse),
        ("enrollment, claimed", f"/learn/enrollments/{world['enrollment'].pk}/", nurse),
        ("enrollment, started", f"/learn/enrollments/{world['started'].pk}/", physician),
        ("profile", "/accounts/profile/", nurse),
        ("verify", f"/verify/{world['certificate'].code}", None),
    ]


def test_main_pages_show_human_labels_american_spelling_and_one_date_format(world):
    found: list[str] = []
    for name, url, user in _pages(world):
        client = Client()
        if user is not None:
            client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200, (name, url, response.status_code)
        found += [f"{name} ({url}): {p}" for p in problems_in(visible_text(response.text))]
    assert not found, "\n".join(found)


def test_transcript_csv_headers_are_words_people_read(world):
    client = Client()
    client.force_login(world["nurse"])
    rows = list(csv.reader(io.StringIO(client.get("/learn/transcript.csv").text)))
    header = rows[0]
    for label in header:
        assert not LOWER_SNAKE.search(label), header
        assert not UPPER_SNAKE.search(label), header
        assert label[:1].isupper(), header


def test_the_checks_catch_what_they_are_meant_to():
    # The patterns themselves: each bad text is caught, the plain text passes.
    assert problems_in("Claim NURSING_CE now")
    assert problems_in("status pending_payment")
    assert problems_in("credits[2].uan is required")
    assert problems_in("Free: False")
    assert problems_in("Commercial support None Who it is for")
    assert not problems_in("Topics None stated")
    assert problems_in("Before you enrol")
    assert problems_in("Licence number")
    assert problems_in("Claimed 2026-08-29")
    assert problems_in("August 29, 2026")
    assert problems_in("Aug. 29, 2026")
    assert problems_in("29 August 2026")
    assert not problems_in("Claimed Aug 29, 2026: 1.25 ANCC contact hours. Enrollment open.")
    assert visible_text("<p>a<script>NURSING_CE</script><pre>None</pre>b</p>") == "a b"
