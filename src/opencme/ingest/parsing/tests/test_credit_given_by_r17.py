"""R-CR-116: unnamed credit a body allocates, awards or grants with its amount ("has been
allocated 14 CEUs by the <Council>", "Six CPD points have been allocated by the <Association>")
is that body's (R-CR-82); a spelled amount before "CPD" is read (R-CR-40)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Dental Update\n\nA one-day update for dentists and dental hygienists.\n\n"


def _credits(line: str) -> list[tuple[str | None, float | None]]:
    return [(c.get("label"), c["amount"]) for c in record(_HEAD + line + "\n")["credits"]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "The course has been allocated 14 CEUs by the Harbour Dental Council.",
            [("Harbour Dental Council", 14.0)],
        ),
        (
            "6 CPD hours have been awarded by the Harbour Dental Council.",
            [("Harbour Dental Council", 6.0)],
        ),
        (
            "This meeting was granted 3 CPD points by the Harbour College of Dentists (HCD).",
            [("HCD", 3.0)],
        ),
        (
            "Six CPD points have been allocated by the Harbour Dental Association.",
            [("Harbour Dental Association", 6.0)],
        ),
        (
            "The seminar has been assigned a total of 4 CE credits by the Harbour Board of "
            "Dentistry.",
            [("Harbour Board of Dentistry", 4.0)],
        ),
    ],
)
def test_credit_given_by_a_body_is_that_bodys(line: str, want: list[tuple[str, float]]) -> None:
    assert _credits(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a university is no approving body (no body's head noun): the text's words
        ("Participants were awarded 3 CEUs by Harbour University.", [("CEUs", 3.0)]),
        # a count of activities, no credit
        ("Two CPD accredited activities are offered this year.", []),
    ],
)
def test_near_misses(line: str, want: list[tuple[str, float]]) -> None:
    assert _credits(line) == want
