"""R-CR-113: hours or points "of" a CPD group or category ("21 hours of Group 1 CPD") are that
group's CPD; a conversion in a later clause refuses only its own amount."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Immunisation Course\n\nA course for community pharmacists.\n\n"


def _credits(line: str) -> list[tuple[str | None, float | None, str | None]]:
    return [
        (c.get("label"), c["amount"], c["unit"]) for c in record(_HEAD + line + "\n")["credits"]
    ]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "The lecture offers 21 hours of Group 1 CPD.",
            ("Group 1 CPD", 21.0, "hour"),
        ),
        ("Accredited for 6 hours of Category 2 CPD.", ("Category 2 CPD", 6.0, "hour")),
        ("The workshop carries 4.5 points of group 3 CPD.", ("Group 3 CPD", 4.5, "point")),
        (
            "The module is worth 12 hours of Group 2 CPD, which converts to "
            "36 CPD credits once the quiz is passed.",
            ("Group 2 CPD", 12.0, "hour"),
        ),
        ("Attendance gives 3 credits of Category A CPD.", ("Category A CPD", 3.0, "credit")),
    ],
)
def test_hours_of_a_cpd_group(line: str, want: tuple[str, float, str]) -> None:
    assert _credits(line)[:1] == [want]


@pytest.mark.parametrize(
    "line",
    [
        # a requirement, not this activity's credit
        "Pharmacists must complete 40 hours of Group 1 CPD each year.",
        # a conversion of hours, no amount of this activity
        "One hour of Group 1 CPD equals 2 hours of Group 2 CPD.",
    ],
)
def test_requirements_and_conversions_give_nothing(line: str) -> None:
    assert _credits(line) == []
