"""R-DT-15: a start read from prose and a short line that is a range from that same day: the
range's end is the end date."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("May 5, 2031 to June 16, 2031", "2031-06-16"),
        ("May 5, 2031 - June 16, 2031", "2031-06-16"),
        ("5 May 2031 – 16 June 2031", "2031-06-16"),
        ("May 5 – June 16, 2031", "2031-06-16"),
        ("May 5, 2031 through June 16, 2031", "2031-06-16"),
    ],
)
def test_the_range_from_the_start_gives_the_end(line: str, want: str) -> None:
    text = (
        "Harbour Psychiatry Review (May 2031)\n\n"
        f"{line}\n\n"
        "Course content is available beginning on May 5, 2031. Learners move through "
        "lectures and cases with the tutors.\n"
    )
    r = record(text)
    assert (r["start_date"], r["end_date"]) == ("2031-05-05", want)


@pytest.mark.parametrize(
    "line",
    [
        # a range from another day: not this start's
        "June 1, 2031 to June 16, 2031",
        # a long sentence holding a range is no range line
        "Last year the course ran from May 5, 2031 to June 16, 2031 with forty participants "
        "from nine countries.",
    ],
)
def test_no_end_from_another_range(line: str) -> None:
    text = (
        "Harbour Psychiatry Review\n\n"
        "Course content is available beginning on May 5, 2031.\n\n"
        f"{line}\n"
    )
    assert record(text)["end_date"] is None
