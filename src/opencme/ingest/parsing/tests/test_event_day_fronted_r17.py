"""R-DT-16: the day fronted before the clause that holds the event ("On Saturday, Oct. 14, 2031,
the Harbour Heart Centre held its inaugural symposium") is the event's day."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Heart Failure Symposium\n\n"
_TAIL = "\nPhysicians, nurses and scientists from across the region attended the talks.\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "On a sunny Saturday, Oct. 14, 2031, the Harbour Heart Centre held its inaugural "
            "Heart Failure Symposium.",
            "2031-10-14",
        ),
        ("On 3 May 2031, the Harbour Society hosted a one-day workshop on grief.", "2031-05-03"),
        (
            "On Friday, March 7, 2031, the Lakeside College organised its annual conference.",
            "2031-03-07",
        ),
        (
            "On Tuesday 4 March 2031, the Harbour Trust ran a study day for midwives.",
            "2031-03-04",
        ),
        (
            "On November 21st, 2031, Riverbend Hospital staged a training day and seminar for "
            "nurses.",
            "2031-11-21",
        ),
    ],
)
def test_a_fronted_day_of_the_event(sentence: str, want: str | None) -> None:
    assert record(_HEAD + sentence + _TAIL)["start_date"] == want


@pytest.mark.parametrize(
    "sentence",
    [
        # the day of something else than an event
        "On 3 May 2031, the Harbour Society opened its new offices downtown.",
        # not fronted: a press date in the middle of a sentence
        "The report published on 3 May 2031 says the society held a conference last year.",
    ],
)
def test_no_fronted_day_of_an_event(sentence: str) -> None:
    assert record(_HEAD + sentence + _TAIL)["start_date"] is None
