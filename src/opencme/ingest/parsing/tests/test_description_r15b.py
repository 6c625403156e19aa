"""Description classes of round 15, second helper (docs/corpus.md "Description"; R-DE-2, R-DE-4).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.description_self import names_the_activity
from opencme.ingest.parsing.descriptions import statement_like
from opencme.ingest.parsing.parser import parse_rules


def test_rule_de4_a_hotel_named_as_the_venue_is_no_accommodation_statement() -> None:
    held = (
        "The 9th Lakeside Wound Care Conference was held on Saturday at the Grand Harbour Hotel "
        "in Lakeside and was attended by 200 nurses. Six workshops ran through the day."
    )
    assert not statement_like(held)
    text = (
        "Lakeside Wound Care Conference\n"
        f"{held}\n"
        "The conference, which was organised by the Lakeside Society, discussed new dressings "
        "and the care of pressure injuries in the community and in hospital wards.\n"
    )
    assert parse_rules(text).record["description"] == held
    # the accommodation statement stays one: rooms, rates, a booking
    for lodging in (
        "A block of rooms has been reserved at the Grand Harbour Hotel at a special rate for "
        "the nights of the conference; book before 1 May.",
        "Hotel accommodation is available at a reduced rate for all delegates of the meeting.",
        "Delegates may stay at the conference hotel, a short walk from the venue and the sea.",
    ):
        assert statement_like(lodging)


def test_rule_de2_a_name_led_by_an_ordinal_and_a_verb_of_taking_place_names_the_activity() -> None:
    for lead in (
        "The 21st Lakeside Critical Care Conference commenced Friday at the Harbour Hall.",
        "The 2031 Hill Nursing Symposium opens today in the city's convention centre.",
    ):
        assert names_the_activity(lead)
    # a subject's name ending in a noun of the list is no activity unless a verb of it follows
    assert not names_the_activity("The 2017 Tear Film Workshop report redefined the condition.")
