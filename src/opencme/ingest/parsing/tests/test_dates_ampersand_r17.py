"""R-DT-18: "&" joins the days of a range as "and" does ("the 26th & 27th February 2031")."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.date_grammar import parse_range
from opencme.ingest.parsing.tests.readers import record


@pytest.mark.parametrize(
    "text",
    [
        "26th & 27th February 2031",
        "26 & 27 February 2031",
        "February 26 & 27, 2031",
        "Thursday 26 & Friday 27 February 2031",
        "26th&27th February 2031",
    ],
)
def test_days_joined_by_an_ampersand(text: str) -> None:
    assert parse_range(text) == ("2031-02-26", "2031-02-27")


def test_the_conference_fixed_for_two_days() -> None:
    text = (
        "Harbour Pharmacists' Conference\n\n"
        "The society has set this year's meeting on the 26th & 27th February 2031. "
        "The meeting takes place at the Harbour Centre.\n"
    )
    r = record(text)
    assert (r["start_date"], r["end_date"]) == ("2031-02-26", "2031-02-27")


@pytest.mark.parametrize(
    "text",
    ["Q&A session on 26 February 2031", "Terms & Conditions updated February 2031"],
)
def test_an_ampersand_between_words_is_no_range(text: str) -> None:
    assert parse_range(text) is None
