"""The combiner follows its out-of-fold table; span rules cut names and titles generally."""

from __future__ import annotations

from opencme.ingest.reading.combine import choose
from opencme.ingest.reading.extract import audience_items, clean_title
from opencme.ingest.reading.people import person_spans

# cells: [whole field right, seen, items right, items wrong]
CAL = {
    "title": {
        "disagree|hi|prose": {"rule": [2, 20, 2, 18], "tag": [15, 20, 15, 5]},
        "tag|lo": {"tag": [1, 20, 1, 19]},
        "tag|top": {"tag": [18, 20, 18, 2]},
        "rule|key": {"rule": [19, 20, 19, 1]},
    }
}


def test_choose_takes_the_source_that_was_right_more_often_when_they_disagree() -> None:
    source, confidence = choose(CAL, "title", "disagree|hi|prose") or ("", 0.0)
    assert source == "tag"
    assert confidence == (15 + 1) / (20 + 2)


def test_choose_drops_a_lone_tagger_value_that_was_mostly_wrong_and_keeps_a_good_one() -> None:
    assert choose(CAL, "title", "tag|lo") is None
    assert choose(CAL, "title", "tag|top") == ("tag", (18 + 1) / (20 + 2))
    assert choose(CAL, "title", "rule|key") == ("rule", (19 + 1) / (20 + 2))


def test_person_spans_keep_credentials_and_leave_roles_and_places_out() -> None:
    assert person_spans("Presented by Jane Q. Roe, MD, PhD, Chair of Medicine") == [
        "Jane Q. Roe, MD, PhD"
    ]
    assert person_spans("Speakers: Ann Lee, RN and Dr. Omar Said") == [
        "Ann Lee, RN",
        "Dr. Omar Said",
    ]
    assert person_spans("Philadelphia, PA") == []


def test_clean_title_drops_a_site_name_tail_and_a_credit_parenthesis() -> None:
    assert clean_title("Sepsis Update (1.5 CE Hours) | Acme Health Academy") == "Sepsis Update"
    assert clean_title("Heart Failure - Part 2") == "Heart Failure - Part 2"


def test_audience_items_read_the_list_after_an_intended_for_lead() -> None:
    text = "This activity is intended for physicians, nurse practitioners and pharmacists."
    assert audience_items(text) == ["physicians", "nurse practitioners", "pharmacists"]
