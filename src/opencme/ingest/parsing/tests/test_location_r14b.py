"""Location classes of round 14, second part (docs/corpus.md "Location"; invented text only)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def loc(text: str) -> object:
    return parse_rules(text, "t").record["location"]


def test_a_month_then_the_city() -> None:
    text = (
        "The Society is widening its offerings in wound imaging by organising its first "
        "hands-on imaging course for dermatologists this October in Lakeview. The same "
        "course will be offered again later.\n"
    )
    assert loc(text) == "Lakeview"


def test_a_month_then_a_city_and_region() -> None:
    text = "Join our faculty next March in Port Avery, Oregon for two days of cases.\n"
    assert loc(text) == "Port Avery, Oregon"


def test_a_past_month_in_a_journal_is_no_place() -> None:
    text = "The trial was published last March in Lancet Neurology and changed practice.\n"
    assert loc(text) is None


def test_attended_training_at_a_venue_in_a_city() -> None:
    text = (
        "The certificate combines self-study modules, live webinars and face-to-face skills "
        "training (at Marlow Health Sciences Campus in Port Avery).\n"
    )
    assert loc(text) == "Marlow Health Sciences Campus, Port Avery"


def test_a_facility_at_a_named_place_in_a_city() -> None:
    text = (
        "Our one-day format at our new facility at Harbour Yard in Eastfield, MA lets you "
        "learn without long travel.\n"
    )
    assert loc(text) == "Harbour Yard, Eastfield, MA"


def test_a_banner_place_in_capitals_over_the_dates() -> None:
    text = (
        "PORT MAREN - PORTUGAL\n\n12-14 JUNE 2031\n\nSKIN AND SUN\n\n"
        "A tailored programme of updates in dermatology.\n"
    )
    assert loc(text) == "Port Maren, Portugal"


def test_a_banner_line_over_the_dates_naming_no_country_is_no_place() -> None:
    text = "DEEP ROOTS - NEW SHOOTS\n\n12-14 JUNE 2031\n\nA programme of updates.\n"
    assert loc(text) is None


def test_a_title_ending_in_a_city_and_state() -> None:
    text = (
        "Menu\n\nAseptic Technique Certification for Pharmacy Staff, Glenrock Wyoming\n\n"
        "This practice-based course gives pharmacy staff the skills to prepare sterile "
        "products.\n"
    )
    assert loc(text) == "Glenrock Wyoming"


def test_a_title_ending_in_a_state_alone_names_no_city() -> None:
    text = "Pharmacy Law Update, Wyoming\n\nThis course reviews the rules of the state board.\n"
    assert loc(text) is None


def test_runs_on_two_dates_at_two_addresses_name_no_single_place() -> None:
    text = (
        "Warfarin Skills Certificate\nHosted by the Tarn Pharmacists Guild\n\n"
        "March 3, 2031\nMarlow School of Pharmacy\n410 Birch Avenue\nEastfield, CA 90001\n\n"
        "September 8, 2031\nHarbour College\n22 Quay Road\nPort Avery, CA 95001\n\n"
        "Registration Fees\n"
    )
    assert loc(text) is None


def test_one_run_at_an_address_keeps_its_place() -> None:
    text = (
        "Warfarin Skills Certificate\n\n"
        "March 3, 2031\nMarlow School of Pharmacy\n410 Birch Avenue\nEastfield, CA 90001\n\n"
        "Registration Fees\n"
    )
    assert loc(text) == "Marlow School of Pharmacy, 410 Birch Avenue"


def test_a_portuguese_venue_and_city() -> None:
    text = (
        "O congresso será de 3 a 5 de maio, no Pavilhão Lusitano, em Vila Serena.\n"
        "Inscrições abertas.\n"
    )
    assert loc(text) == "Pavilhão Lusitano, Vila Serena"


def test_a_spanish_venue_and_city() -> None:
    text = "El simposio se celebrará del 3 al 5 de mayo en el Palacio Marisol, en Villa Serena.\n"
    assert loc(text) == "Palacio Marisol, Villa Serena"


def test_a_portuguese_city_alone() -> None:
    text = "O curso será realizado em Vila Serena, nos dias 3 e 4 de maio.\n"
    assert loc(text) == "Vila Serena"


def test_portuguese_words_without_an_event_verb_are_no_place() -> None:
    text = "Os autores trabalham no Instituto Lusitano, em Vila Serena.\n"
    assert loc(text) is None


def test_a_french_venue_and_city() -> None:
    text = "Le congrès aura lieu du 3 au 5 mai au Palais Marin, à Port-Serein.\n"
    assert loc(text) == "Palais Marin, Port-Serein"


def test_a_title_ending_in_a_two_word_state_names_no_city() -> None:
    text = "Medicaid Policy Update, New Mexico\n\nThis course reviews the state's rules.\n"
    assert loc(text) is None


def test_a_hands_on_course_taught_by_a_professor_names_no_venue() -> None:
    text = (
        "This hands-on course in suturing for family doctors is taught by Ann Lo, professor "
        "of surgery at Riverton University in Eastfield.\n"
    )
    assert loc(text) is None


def test_a_campus_named_alone_takes_its_hosting_institution() -> None:
    text = (
        "Marlow Valley College (MVC) will host the 2031 Wound Care Symposium at the Birch "
        "Campus on May 2, bringing together nurses from the region.\n"
    )
    assert loc(text) == "Marlow Valley College, Birch Campus"


def test_a_campus_named_with_its_institution_stays() -> None:
    text = (
        "The 2031 Wound Care Symposium will be held at the Marlow University Birch Campus on "
        "May 2.\n"
    )
    assert loc(text) == "Marlow University Birch Campus"


def test_a_venue_line_takes_the_city_of_the_address_below() -> None:
    text = (
        "Date and Times:\nFriday, May 2, 2031 from 1 - 5 p.m.\n\n"
        "Marlow University Health Science Center\n\n"
        "Friday: Teaching Building, Room TBD\n12 N. Elm St., Eastfield, TN 38000\n\n"
        "Parking is available nearby.\n"
    )
    assert loc(text) == "Marlow University Health Science Center, Eastfield, TN"


def test_a_language_after_em_is_no_city() -> None:
    text = "O curso será ministrado em Português, com tradução simultânea.\n"
    assert loc(text) is None


def test_a_venue_and_its_full_address_inside_a_heading_line() -> None:
    text = (
        "Wound Imaging: A Hands-Free Course Marlow Conference Center and Hotel 22 Birch Road, "
        "NW Eastfield, Oregon 97001 May 2 – May 4, 2031\n\nCourse Description\n\n"
        "This course is designed for nurses.\n"
    )
    assert (
        loc(text) == "Marlow Conference Center and Hotel 22 Birch Road, NW Eastfield, Oregon 97001"
    )


def test_a_copyright_footer_address_is_no_venue() -> None:
    text = (
        "Wound Imaging Essentials\n\nAn online module for nurses.\n\n"
        "© 2031 Marlow University Hospital 22 Birch Road, Eastfield, Oregon 97001\n"
    )
    assert loc(text) is None
