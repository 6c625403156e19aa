"""R-DT-19: an event's date key opening its line without a colon (invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Wound Care Study Day\n\nA study day for community nurses at Harbour Hospital.\n\n"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # R-DT-19: an event's date key without its colon
        ("  • Date and time Wed 16 Dec 2031 from 9:30am to 1:00pm", ("2031-12-16", None)),
        ("Dates 3-4 May 2031", ("2031-05-03", "2031-05-04")),
        ("When Friday, May 2, 2031, 9:30 AM", ("2031-05-02", None)),
        # a crawler's date of the page, lower case: no event's
        ("date 2031-03-18 Clear skies", (None, None)),
    ],
)
def test_a_date_key_without_a_colon(line: str, want: tuple[str | None, str | None]) -> None:
    got = record(_HEAD + line + "\n")
    assert (got["start_date"], got["end_date"]) == want
