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
