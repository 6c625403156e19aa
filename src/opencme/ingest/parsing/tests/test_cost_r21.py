"""Free-activity wordings of session 21 (issue 18, R-CO-14; invented text). Each assertion of
free failed before its rule; the last two are guards."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def free(text: str) -> bool | None:
    out: bool | None = parse_rules("Harbour Ostomy Day\n" + text + "\n").record["cost"]["free"]
    return out


@pytest.mark.parametrize(
    "text",
    [
        "Our ostomy day is a FREE interactive experience for wound care nurses.",
        "Harbour's monthly tumor boards are now available for free; attendees earn continuing "
        "medical education credit.",
        "Clinicians can join the course for free.",
        "The regional nurses' forum is a free meeting held each spring.",
    ],
)
def test_the_activity_said_free(text: str) -> None:
    assert free(text) is True


def test_free_of_something_else_is_no_price() -> None:
    text = "Its reviews stay wholly free of industry bias, the CME program says."
    assert free(text) is None


def test_free_for_something_other_than_the_activity() -> None:
    assert free("The companion app is available for free download.") is None
