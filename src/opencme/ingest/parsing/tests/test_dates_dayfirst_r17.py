"""R-DT-17: a page that writes a slash date that can only be day first reads its ambiguous slash
dates day first too."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Wound Care Study Day\n\nA study day for community nurses at Harbour Hospital.\n\n"


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        ("Date: 12/03/2031\nBooking closes: 28/02/2031\n", "2031-03-12"),
        ("Date: 05/06/2031, 9.30am - 4pm\nEarly bird ends 20/05/2031\n", "2031-06-05"),
        ("Date: 1/4/2031\nAbstracts due 15/03/2031\n", "2031-04-01"),
        ("Start date: 03-09-2031\nApplications close 25-08-2031\n", "2031-09-03"),
        ("Date: 07/11/2031 at 09:30\nRegister by 31/10/2031\n", "2031-11-07"),
    ],
)
def test_ambiguous_slash_dates_on_a_day_first_page(lines: str, want: str) -> None:
    assert record(_HEAD + lines)["start_date"] == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # no date on the page that can only be day first: month first (R-DT-2)
        ("Date: 12/03/2031\n", "2031-12-03"),
        # a page writing month first too (a date that can only be month first): unchanged
        ("Date: 12/03/2031\nBooking closes 11/28/2031 and 28/11/2031\n", "2031-12-03"),
    ],
)
def test_month_first_stays(lines: str, want: str) -> None:
    assert record(_HEAD + lines)["start_date"] == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # money of a country writing day first
        ("Date: 12/03/2031\nFee: £95 (members £75)\n", "2031-03-12"),
        ("Date: 12/03/2031\nRegistration EUR 120\n", "2031-03-12"),
        ("Date: 12/03/2031\nDelegate fee Rs. 1500\n", "2031-03-12"),
        # a dollar the page names as Australia's, or the places of one
        ("Date: 12/03/2031\nCost: $120 AUD inc GST\n", "2031-03-12"),
        ("Date: 12/03/2031\nVenue: Harbour Hospital, Brisbane, Queensland\n", "2031-03-12"),
        # a telephone number with a day-first country's calling code
        ("Date: 12/03/2031\nEnquiries: +61 7 3000 0000\n", "2031-03-12"),
        ("Date: 12/03/2031\nCall +44 (0)20 7946 0000\n", "2031-03-12"),
    ],
)
def test_ambiguous_slash_dates_of_a_day_first_country(lines: str, want: str) -> None:
    assert record(_HEAD + lines)["start_date"] == want


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # the United States writes month first
        ("Date: 12/03/2031\nFee: $95\nVenue: Harbour Hospital, Tampa, Florida\n", "2031-12-03"),
        ("Date: 12/03/2031\nCall +1 555 0100\n", "2031-12-03"),
        # a Canadian dollar decides nothing (Canada writes both orders)
        ("Date: 12/03/2031\nCost: $120 CAD\n", "2031-12-03"),
        # a date that can only be month first outweighs the money
        ("Date: 12/03/2031\nFee: £95 until 11/28/2031\n", "2031-12-03"),
    ],
)
def test_month_first_where_the_country_does_not_say_day_first(lines: str, want: str) -> None:
    assert record(_HEAD + lines)["start_date"] == want
