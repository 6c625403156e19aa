"""R-CR-119: a body that accredited the activity "and comprising / carrying / worth N" credit is
that body's (R-CR-82), nursing's unnamed credit too."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Nursing Update\n\nA continuing nursing education programme for staff nurses.\n\n"


def _credits(line: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (c["type"], c.get("label"), c["amount"]) for c in record(_HEAD + line + "\n")["credits"]
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "The CNE seminar, accredited by the Harbour Regional Nursing Council and comprising "
            "five credit hours, drew 41 nurses.",
            [("OTHER", "Harbour Regional Nursing Council", 5.0)],
        ),
        (
            "The workshop is accredited by the Harbour Nursing Council and carries 6 credit hours.",
            [("OTHER", "Harbour Nursing Council", 6.0)],
        ),
        (
            "The module is approved by the Harbour Midwifery Council (HMC) and worth 4 CEUs.",
            [("OTHER", "HMC", 4.0)],
        ),
        (
            "The seminar was approved by the Harbour Nursing Council, and comprising 3 credit "
            "hours.",
            [("OTHER", "Harbour Nursing Council", 3.0)],
        ),
        (
            "The study day is accredited by the Harbour Nursing Board and provides 5 credit hours.",
            [("OTHER", "Harbour Nursing Board", 5.0)],
        ),
    ],
)
def test_credit_of_the_approving_body(line: str, want: list[tuple[str, str, float]]) -> None:
    assert _credits(line) == want


@pytest.mark.parametrize(
    "line",
    [
        # the accreditor of nurses' providers is no body of the activity's own credit
        "The programme is accredited by the ANCC and comprises 6 nursing contact hours.",
        # no approving body: nursing's unnamed credit
        "The programme comprises 6 credit hours of nursing education.",
    ],
)
def test_no_body_of_its_own(line: str) -> None:
    assert all(t != "OTHER" for t, _l, _a in _credits(line))
