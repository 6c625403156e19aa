"""R-CR-115 (R-CR-70 in more words): an amount applied for, pending or awaiting approval is not
designated yet: the system is offered, amount null."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Diabetes Update\n\nA one-day update for general practitioners.\n\n"


def _credits(line: str) -> list[tuple[str | None, float | None]]:
    return [(c.get("label"), c["amount"]) for c in record(_HEAD + line + "\n")["credits"]]


@pytest.mark.parametrize(
    "line",
    [
        "5 CPD points have been applied for.",
        "CPD points: 5 (applied for)",
        "Accreditation pending for 5 CPD points.",
        "Accreditation for 5 CPD points is being sought from the Harbour College.",
        "This course offers 5 CPD points, subject to approval.",
        "5 CPD points (pending accreditation)",
        "The course will carry 5 CPD points, awaiting approval by the Harbour Council.",
    ],
)
def test_an_amount_not_designated_yet_is_null(line: str) -> None:
    got = _credits(line)
    assert got
    assert all(amount is None for _label, amount in got)


@pytest.mark.parametrize(
    "line",
    [
        # the pending thing is something else, in another clause
        "This course offers 5 CPD points; approval of the venue is pending.",
        # approval given, no pending word
        "This course has been approved for 5 CPD points.",
    ],
)
def test_a_designated_amount_stays(line: str) -> None:
    assert [a for _l, a in _credits(line)] == [5.0]
