"""Location classes of the sixteenth session (R-LO-4): venues and places written in the words
and postal forms of other English-speaking countries. Invented text only; each class in five or
more wordings and near misses that must give no place."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Wound Care Update 2031\n\nA one-day course on wound care for nurses and doctors.\n\n"


def loc(body: str) -> object:
    return parse_rules(_HEAD + body, "t").record["location"]


def test_a_region_code_and_a_postcode_after_the_city() -> None:
    assert loc("The symposium is hosted at Birch Hospital in Northport, NSW 2000.\n") == (
        "Birch Hospital, Northport, NSW 2000"
    )
    assert loc(
        "The meeting will take place at the Royal Elm Hospital, Kemble, London SW1A 1AA.\n"
    ) == ("Royal Elm Hospital, Kemble, London SW1A 1AA")
    assert loc("This event is being held at the Marlow Golf Club, Eastfield, Victoria 3000.\n") == (
        "Marlow Golf Club, Eastfield, Victoria 3000"
    )
    assert (
        loc(
            "The conference will be hosted at the Birch Hotel & Conference Centre, Westbridge, "
            "Alberta T2P 1J9.\n"
        )
        == "Birch Hotel & Conference Centre, Westbridge, Alberta T2P 1J9"
    )
    assert loc("The workshop will be held in Eastfield, QLD.\n") == "Eastfield, QLD"
    assert loc("The course is held at the Elm Hotel in Springdale, IL 62701-1234.\n") == (
        "Elm Hotel, Springdale, IL 62701-1234"
    )
    # near misses: a code that is no region, a place where something was developed
    assert loc("The course is held at the Elm Hotel, Port Avery, CME credits apply.\n") == (
        "Elm Hotel, Port Avery"
    )
    assert loc("The guidelines were developed at Elm University, Port Avery, QLD 4000.\n") is None


def test_a_street_address_after_the_venue_and_more_venue_nouns() -> None:
    assert loc("The event will be held at the Elm Hotel, 12 Quay Road, Eastfield.\n") == (
        "Elm Hotel, 12 Quay Road, Eastfield"
    )
    assert (
        loc("The course is to be held at Tamaki Marae, Northport.\n") == "Tamaki Marae, Northport"
    )
    assert loc("The study day takes place at Elm Royal Infirmary, Eastfield.\n") == (
        "Elm Royal Infirmary, Eastfield"
    )
    assert loc("The meeting will be held at Marlow Racecourse, Eastfield, Co. Kerry.\n") == (
        "Marlow Racecourse, Eastfield, Co. Kerry"
    )
    assert (
        loc("The day is held at Kemble Guildhall in Westbridge.\n")
        == "Kemble Guildhall, Westbridge"
    )
    # near misses: a heading that only ends in a venue noun, a trainer's past workplace
    assert loc("Open House\n4 May 2031\n") is None
    assert loc("Ana Roe trained at the Birch Infirmary in Northport before moving.\n") is None


def test_the_address_block_under_a_venue_key() -> None:
    assert loc("Venue\nThe Lister Centre\n12 Quay Road\nEastfield EH1 2AB\n") == (
        "The Lister Centre, 12 Quay Road, Eastfield EH1 2AB"
    )
    assert loc("Venue: Elm Hotel\n4 Harbour Street\nPort Avery QLD 4000\n") == (
        "Elm Hotel, 4 Harbour Street, Port Avery QLD 4000"
    )
    assert loc("Location:\nBirch Conference Centre\n200 King Street\nWestbridge, ON K1A 0B1\n") == (
        "Birch Conference Centre, 200 King Street, Westbridge, ON K1A 0B1"
    )
    assert loc("Venue: Marlow Hall\n9 Elm Avenue\nEastfield, Victoria\n") == (
        "Marlow Hall, 9 Elm Avenue, Eastfield, Victoria"
    )
    assert (
        loc("Where: Kemble Pavilion\nWestbridge EH1 2AB\n") == "Kemble Pavilion, Westbridge EH1 2AB"
    )
    # near misses: a person and a post under the venue, a paragraph after it
    assert loc("Venue: Marlow Hall\nAna Roe, Cardiologist\n") == "Marlow Hall"
    assert loc("Venue: Marlow Hall\nParking is available on site.\n") == "Marlow Hall"


def test_a_venue_named_as_the_venue_or_in_a_welcome() -> None:
    assert loc("The venue for the conference is the Elm Convention Centre, Port Avery.\n") == (
        "Elm Convention Centre, Port Avery"
    )
    assert loc("This year's venue will be the Birch Hotel in Westbridge, Ontario.\n") == (
        "Birch Hotel, Westbridge, Ontario"
    )
    assert loc("Our venue has been confirmed as Kemble Town Hall, Eastfield.\n") == (
        "Kemble Town Hall, Eastfield"
    )
    assert loc("We look forward to welcoming you to the Elm Hotel, Port Avery.\n") == (
        "Elm Hotel, Port Avery"
    )
    assert loc("We are delighted to welcome delegates back to Marlow Conference Centre.\n") == (
        "Marlow Conference Centre"
    )
    # near misses: the venue described, not named
    assert loc("The venue is accessible by public transport and has parking.\n") is None
    assert loc("We welcome you to join the Elm Nurses Network.\n") is None


def test_a_town_and_a_named_region_under_a_venue_key() -> None:
    assert loc("LOCATION\nElm Hotel\nPort Avery, Queensland\n") == (
        "Elm Hotel, Port Avery, Queensland"
    )
    assert loc("Venue:\nHyatt Elm\nWestbridge, ON\n") == "Hyatt Elm, Westbridge, ON"
    assert loc("Venue: Marlow Hall\nEastfield, Scotland\n") == "Marlow Hall, Eastfield, Scotland"
    assert loc("Where: Kemble Pavilion\nNorthport, New South Wales\n") == (
        "Kemble Pavilion, Northport, New South Wales"
    )
    assert loc("Venue: Birch Lodge\nLakeview, British Columbia, Canada\n") == (
        "Birch Lodge, Lakeview, British Columbia, Canada"
    )
    # near misses: a person with a post-nominal that is also a state code, a list of roles
    assert loc("Venue: Marlow Hall\nAna Roe, MD\n") == "Marlow Hall"
    assert loc("Venue: Marlow Hall\nSpeakers, Faculty\n") == "Marlow Hall"


def test_located_places_the_activity_only_when_it_is_the_subject() -> None:
    assert loc("The workshop is located at the Elm Centre in Port Avery.\n") == (
        "Elm Centre, Port Avery"
    )
    assert loc("Sessions are located in the Marlow Hall, Eastfield.\n") == "Marlow Hall, Eastfield"
    assert loc("The venue is located at Birch House Hotel in Westbridge, Ontario.\n") == (
        "Birch House Hotel, Westbridge, Ontario"
    )
    assert loc("This training is located in Port Avery, Queensland.\n") == "Port Avery, Queensland"
    assert loc("The conference opens at the Kemble Arena in Northport on 4 May.\n") == (
        "Kemble Arena, Northport"
    )
    # near misses: a clinic's, an office's or a shop's place
    assert loc("Her clinic is located at Elm Hospital in Northport, NSW 2000.\n") is None
    assert loc("Our offices are located at the Birch Centre in Westbridge.\n") is None
    assert loc("We are located in Port Avery, Queensland.\n") is None
    assert loc("The pharmacy opens at Elm Plaza in Eastfield at 9 am.\n") is None


def test_the_address_block_under_the_lines_under_the_event_dates() -> None:
    assert loc("12-14 June 2031\nElm Convention Centre\nPort Avery QLD 4000\n") == (
        "Elm Convention Centre, Port Avery QLD 4000"
    )
    assert loc("12-14 June 2031\nElm Convention Centre\n12 Quay Road\nEastfield EH1 2AB\n") == (
        "Elm Convention Centre, 12 Quay Road, Eastfield EH1 2AB"
    )
    assert loc("12-14 June 2031\nElm Convention Centre\nWestbridge, ON K1A 0B1\n") == (
        "Elm Convention Centre, Westbridge, ON K1A 0B1"
    )
    assert loc("3-4 May 2031\nMarlow Hall\nKemble Lane\n4 Quay Street\nNorthport 0600\n") == (
        "Marlow Hall, Kemble Lane, 4 Quay Street, Northport 0600"
    )
    assert loc("3-4 May 2031\nBirch Lodge\nLakeview, British Columbia\nV6B 1A1\n") == (
        "Birch Lodge, Lakeview, British Columbia, V6B 1A1"
    )
    # near misses: a dated line, a paragraph under the venue
    assert loc("12-14 June 2031\nElm Convention Centre\n\nRegister by 1 May 2031\n") == (
        "Elm Convention Centre"
    )
    assert loc("12-14 June 2031\nElm Convention Centre\n2 days of talks and workshops\n") == (
        "Elm Convention Centre"
    )
