"""Location classes of round 14 (docs/corpus.md "Location"; invented text only)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def loc(text: str) -> object:
    return parse_rules(text, "t").record["location"]


def test_a_building_on_a_named_campus_keeps_the_campus() -> None:
    text = (
        "We hold Grand Rounds every Thursday at 7:30 AM in the Lowell Building on the Elm "
        "Hospital campus.\n"
    )
    assert loc(text) == "Lowell Building on the Elm Hospital campus"


def test_a_floor_of_a_building() -> None:
    text = "Rounds are held on Tuesdays from 8 am-10 am, on the second floor of Carver Hall.\n"
    assert loc(text) == "second floor of Carver Hall"


def test_two_venues_joined_by_and() -> None:
    text = (
        "The Regional Sepsis Conference that took place 10th – 13th March at the Marlow Hotel "
        "and the Hospital Queen Anne, Port Kemble, was a success.\n"
    )
    assert loc(text) == "Marlow Hotel and the Hospital Queen Anne, Port Kemble"


def test_centres_to_be_set_up_somewhere_are_no_venue() -> None:
    text = (
        "The society will conduct a CME programme on fevers from May 2 to 4, 2031.\n"
        "The other centres will be set up at the Northern Institute of Medical Sciences, "
        "Avondale.\n"
    )
    assert loc(text) is None


def test_the_host_address_of_a_webinar_is_no_location() -> None:
    text = (
        "Talking With Families About Stroke\n"
        "Friday, August 7, 2031\n"
        "06:00 PM - 08:00 PM\n"
        "Harbor Air Rescue Inc.\n"
        "2420 Millpond Road, Lakeport, NY, USA\n\n"
        "This is a FREE webinar presentation hosted by Harbor Air Rescue. The Zoom link will be "
        "sent by email.\n"
    )
    assert loc(text) is None


def test_a_named_place_held_at_in_a_city() -> None:
    text = "The nurses' forum runs again on May 15 and 16 at Te Ara in Northport.\n"
    assert loc(text) == "Te Ara, Northport"
    text = (
        "The 2031 Society Conference will be held at the Corbel Harbourside in Aotearoa New "
        "Zealand & Online.\n"
    )
    assert loc(text) == "Corbel Harbourside, Aotearoa New Zealand"
    # an event's name is no venue: only its city
    text = "The lectures were held at the Annual Meeting in Riverton last year.\n"
    assert loc(text) == "Riverton"


def test_where_past_editions_were_held_is_no_location() -> None:
    text = (
        "While the first two Harbor Sinus Courses have been hosted at Lake Eye Institute in "
        "Riverton, the 2031 course was hosted remotely.\n"
    )
    assert loc(text) is None
    assert loc("Previous meetings were held in Riverton and drew 300 guests.\n") is None


def test_venue_phrases_of_invitations_and_returns() -> None:
    text = "Join us May 3-5, 2031 at the Riverton Convention Center, Riverton, OR."
    assert loc(text) == "Riverton Convention Center, Riverton, OR"
    text = "The symposium returns to the Harbor Convention Centre in Riverton from 3-5 May 2031."
    assert loc(text) == "Harbor Convention Centre, Riverton"


def test_a_city_with_its_country_in_parentheses() -> None:
    assert loc("The course takes place in Riverton (USA) from 3 to 5 May 2031.") == "Riverton"


def test_a_venue_named_by_its_head_noun_first() -> None:
    text = "This year's conference will take place at the University of Riverton on May 3, 2031."
    assert loc(text) == "University of Riverton"
    text = "The workshop will be held in Conference Room B of the Lister Pavilion on March 4, 2031."
    assert loc(text) == "Conference Room B of the Lister Pavilion"


def test_a_school_of_a_field_alone_names_no_place() -> None:
    text = "Session II: This session will be held in person at the School of Dentistry.\n"
    assert loc(text) is None
