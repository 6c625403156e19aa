"""R-CR-111: CPD written in full with its unit ("36 continuing professional development
points"), and continuing education points, are unnamed credit in the text's words."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Eye Congress\n\nA two-day congress for optometrists and dispensing opticians.\n\n"


def _credits(line: str) -> list[tuple[str, str | None, float | None, str | None]]:
    return [
        (c["type"], c.get("label"), c["amount"], c["unit"])
        for c in record(_HEAD + line + "\n")["credits"]
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Orthoptists may collect up to 24 continuing professional development points.",
            ("OTHER", "continuing professional development points", 24.0, "point"),
        ),
        (
            "Technicians can achieve four continuing professional education points at the summit.",
            ("OTHER", "continuing professional education points", 4.0, "point"),
        ),
        (
            "The congress is worth 8 Continuing Professional Development (CPD) hours.",
            # hours of CPD are R-CR-24's "CPD" (docs/corpus.md, Credits; session 26)
            ("OTHER", "CPD", 8.0, "hour"),
        ),
        (
            "Attendance earns 4.5 continuing professional development credits.",
            ("OTHER", "continuing professional development credits", 4.5, "credit"),
        ),
        (
            "Delegates can earn 12 continuing education points.",
            ("OTHER", "continuing education points", 12.0, "point"),
        ),
    ],
)
def test_cpd_in_full_with_its_unit(line: str, want: tuple[str, str, float, str]) -> None:
    assert _credits(line) == [want]


@pytest.mark.parametrize(
    "line",
    [
        # a count of workshops, no credit
        "The society will host two continuing professional development workshops this year.",
        # a requirement, not this activity's credit
        "Registrants must complete 20 continuing professional development points each year.",
    ],
)
def test_near_misses_give_no_credit(line: str) -> None:
    assert _credits(line) == []
