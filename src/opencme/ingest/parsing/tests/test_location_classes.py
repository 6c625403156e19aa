"""Location classes (docs/corpus.md "Location": a venue and its city), on short synthetic
texts."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def loc(text: str) -> object:
    return parse_rules(text, "t").record["location"]


def test_a_venue_named_without_its_city_takes_the_city_the_event_is_held_in() -> None:
    text = (
        "Nurses from the region are set to converge in Riverton next month.\n\n"
        "The society will host its Annual Meeting from May 3 to 5, 2027, at the Lakeview Resort.\n"
    )
    assert loc(text) == "Lakeview Resort, Riverton"
    text = "The summit will return to Fairhaven June 2-4 at the Harbor Convention Center.\n"
    assert loc(text) == "Harbor Convention Center, Fairhaven"
    text = (
        "The national conference opens in Lakeside, Oregon, today.\n"
        "It will take place June 21-26 at the Bay County Convention Center.\n"
    )
    assert loc(text) == "Bay County Convention Center, Lakeside, Oregon"


def test_a_venue_alone_stays_alone() -> None:
    text = "It will be held at the Lakeview Resort on 3 May 2027.\n"
    assert loc(text) == "Lakeview Resort"


def test_a_city_in_the_prose_keeps_its_state_code() -> None:
    text = "The lab portion will be held in Colorado Springs, CO from March 15 - 17, 2026.\n"
    assert loc(text) == "Colorado Springs, CO"
