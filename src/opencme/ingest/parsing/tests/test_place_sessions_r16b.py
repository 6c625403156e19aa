"""Location (R-LO-5): no place where the page names none a record can hold — a meeting tool
under a location key ("Where: On Zoom"), runs or sessions at different places each under its
own date or time, an event's own name beside its dates, a city cut off by the excerpt's end.
Invented text only (docs/corpus.md "Location")."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Schema Skills Workshop\n\nA two-day workshop on schema therapy for psychologists.\n\n"


def location(body: str) -> str | None:
    out: str | None = parse_rules(_HEAD + body, "t").record["location"]
    return out


@pytest.mark.parametrize(
    "value",
    ["On Zoom", "Via Zoom", "Online via MS Teams", "Via the Zoom platform", "On Zoom (link sent)"],
)
def test_a_meeting_tool_under_a_key_is_no_place(value: str) -> None:
    assert location(f"When: Friday, March 5, 2027, 12-4pm\nWhere: {value}\n") is None


@pytest.mark.parametrize(
    ("value", "want"),
    [  # near misses: a room or hall whose name holds a filler word is a place
        ("Conference Room B, Elm Hospital", "Conference Room B, Elm Hospital"),
        ("Live Oak Hall, Northport", "Live Oak Hall, Northport"),
    ],
)
def test_a_place_with_filler_words_stays(value: str, want: str) -> None:
    assert location(f"Where: {value}\n") == want


def test_runs_at_different_places_under_their_dates_name_none() -> None:
    body = (
        "Northport September 15-16 2027\nHarbour Centre\n99 The Parade, Northport\n\n"
        "Eastfield July 21-22 2027\nBirch Conference Centre\n126 The Avenue, Eastfield\n"
    )
    assert location(body) is None


def test_one_run_under_its_date_names_its_place() -> None:  # near miss
    body = "September 15-16 2027\nHarbour Centre\n99 Quay Road, Northport\n\nRegister now.\n"
    assert location(body) == "Harbour Centre, 99 Quay Road, Northport"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Elm University Tupperware Building", "Harbour Convention Centre"),
        ("Birch Hall", "Quay Street Community Centre"),
        ("Westfield Hospital Lecture Theatre", "Northport Hotel Ballroom"),
    ],
)
def test_sessions_at_different_venues_beside_times_name_none(first: str, second: str) -> None:
    body = (
        f"Pre-Conference Workshops\nSeptember 18, 2027\n8:30 am - 12:30 pm\n{first}\nBy\n\n"
        f"Airway Skills\n\nA hands-on airway session.\n\n1:30 pm - 5:30 pm\n{second}\nBy\n\n"
        "Wound Closure\n\nA hands-on suturing session.\n"
    )
    assert location(body) is None


def test_an_events_own_name_beside_its_dates_is_no_venue() -> None:
    body = (
        "Harbor Nurses Association\n\n16th Annual Clinical Psychiatry Institute\n\n"
        "June 7 – 10, 2027 | Northport, MD\n"
    )
    assert location(body) != "16th Annual Clinical Psychiatry Institute"
    body = "Second Annual Wound Care Institute\nMay 2, 2027\n"
    assert location(body) is None


@pytest.mark.parametrize(
    "tail",
    [
        "All applicants must hold a licence to practise in Can",
        "The course is held each year in Northp",
        "Graduates licensed in Aus",
    ],
)
def test_a_city_cut_off_by_the_excerpts_end_is_no_place(tail: str) -> None:
    assert location("The course runs in two parts.\n\n" + tail) is None


def test_a_whole_city_at_the_end_stays() -> None:  # near miss
    assert location("The workshop will be held in Northport.") == "Northport"
