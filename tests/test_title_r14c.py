"""Title classes of round 14c (invented text): a credit program and category after a dash,
a heading that ends in a colon with its subtitle on the next line (R-TI-1, R-TI-3)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_clean import clean_title


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Gout Made Simple - QI&CPD - Category 2", "Gout Made Simple"),
        ("Gout Made Simple - CME/MOC", "Gout Made Simple"),
        ("Gout Made Simple | Category 1", "Gout Made Simple"),
        ("Storm Medicine - Category 5 Hurricanes", "Storm Medicine - Category 5 Hurricanes"),
        ("Storm Medicine - Category Theory", "Storm Medicine - Category Theory"),
    ],
)
def test_credit_program_and_category_tail_is_cut(text: str, want: str) -> None:
    assert clean_title(text) == want


def test_heading_ending_in_colon_takes_its_subtitle() -> None:
    text = (
        "The Place of Splinting in\n\n\nModern Hand Therapy:\n"
        "What Should You Reach For First?\nAuthored by Ona Brell, OTR\n\n"
        "This course reviews splinting for the hand.\n"
    )
    rec = parse_rules(text)
    assert rec.record["title"] == (
        "The Place of Splinting in Modern Hand Therapy: What Should You Reach For First?"
    )


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ankle Taping: A Hands-On Workshop Brellmoor Conference Center 220 Quayle Road, Fenton",
            "Ankle Taping: A Hands-On Workshop",
        ),
        (
            "Harbor Wound Symposium Ostley Hotel and Suites 41 Marrow Street April 3",
            "Harbor Wound Symposium",
        ),
        ("The 1200 Mile Road Course", "The 1200 Mile Road Course"),  # no venue after it
    ],
)
def test_venue_and_street_address_after_the_name_are_cut(text: str, want: str) -> None:
    assert clean_title(text) == want
