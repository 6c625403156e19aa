"""Series and gatherings in British and Commonwealth words (R-FO-8; invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt(text: str) -> object:
    return parse_rules(text).record["format"]


WHEN = "Wednesday 3 March 2027, 12:30pm - 1:30pm\n"


@pytest.mark.parametrize(
    "text",
    [
        "Medical Grand Round\n" + WHEN + "Lecture theatre 2\n",
        "Surgical M&M Meeting\n" + WHEN,
        "Anaesthesia M & M Rounds\n" + WHEN,
        "Fracture Review\nA fortnightly case review meeting for orthopaedic staff.\n",
        "Renal Meetings\nThe quarterly renal meetings are open to all registrars.\n",
        "Stroke Audit\nThe meeting is held every other week in the library.\n",
    ],
)
def test_a_series_in_other_words_is_rss(text: str) -> None:
    assert fmt(text) == "rss"


@pytest.mark.parametrize(
    "text",
    [
        "Nutrition for Children\nChildren who eat M&M chocolates daily had more caries.\n",
        "Practice Audit\nCompare your quarterly figures with your peers.\n",
        "Quarterly Report\nThe quarterly report summarises our CPD activity.\n",
        # a class of activity named in passing on a page about credit for articles
        "Article Credits\nArticles may also count for participants in accredited journal clubs.\n",
    ],
)
def test_words_that_name_no_series_are_not_rss(text: str) -> None:
    assert fmt(text) != "rss"


@pytest.mark.parametrize(
    "noun",
    [
        "Cardiology Study Day",
        "Renal Masterclass",
        "Spring Colloquium",
        "Diabetes Teaching Day",
        "Wound Care Update Day",
        "Airway Master Class",
    ],
)
def test_a_dated_british_gathering_is_live(noun: str) -> None:
    text = noun + "\nSaturday 6 March 2027, 9:00am - 4:30pm\nEducation Centre, Northfield\n"
    assert fmt(text) == "live"


def test_a_gathering_noun_without_a_date_or_time_is_not_live() -> None:
    assert fmt("Cardiology Study Day\nSlides from past study days are on our website.\n") is None
    assert fmt("Renal Masterclass\nWe ran a masterclass on dialysis access.\n") is None
