"""R-MI-3: the total a text sums its parts to is the activity's length; a part's length said
"for every / each / per" is none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Coronal Polishing Course\n\nA hands-on course for dental assistants.\n\n"


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "The two-day class comprises 4 hours lecture, 4 hours lab and 4 hours "
            "practical for a total of 12 hours (2 Days).",
            720,
        ),
        ("Day one runs 5 hours and day two 3 hours, totalling 8 hours.", 480),
        ("Three 2-hour webinars plus a 1-hour exam, 7 hours in total.", 420),
        (
            "The programme has 90 minutes of video and 30 minutes of reading, a total of 2 hours.",
            120,
        ),
        ("Sessions of 3 hours and 4.5 hours make up a total of 7.5 hours.", 450),
    ],
)
def test_a_total_of_parts_is_the_length(line: str, want: int) -> None:
    assert record(_HEAD + line + "\n")["estimated_minutes"] == want


@pytest.mark.parametrize(
    "line",
    [
        # a total with no parts summed names a part of the activity
        "The practical stations will include 5 parts spread over a total of 6 hours.",
        # a total of credit, not a length
        "Participants earn 4 hours didactic credit, a total of 12 contact hours.",
        # a rate: the length of each session, not the activity's
        "You may claim 1 contact hour for every 50-minute teaching session you join.",
        "Learners receive one certificate for each 90-minute lecture attended.",
    ],
)
def test_no_length_from_a_lone_total_or_a_rate(line: str) -> None:
    assert record(_HEAD + line + "\n")["estimated_minutes"] is None
