"""R-CR-135: a second name of the credit key after a slash ("Contact Hours/Total Clock Hours:
2"), and "Contact Hours: 2 Hours" restating the contact hours it names (invented text; each
positive case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def credits(text: str) -> list[dict[str, object]]:
    return parse_rules(text).record["credits"]


@pytest.mark.parametrize(
    "line", ["Contact Hours/Total Clock Hours: 2 Hours", "Contact Hours: 2 Hours"]
)
def test_contact_hours_keyed(line: str) -> None:
    found = credits(f"Wound Care for Nurses\n\nTarget Audience: RN, LPN\n{line}\n")
    assert [(c["type"], c["amount"], c["unit"]) for c in found] == [
        ("NURSING_CE", 2.0, "contact_hour")
    ]


def test_clock_hours_stay_hours() -> None:
    found = credits("Wound Care for Nurses\n\nTarget Audience: RN, LPN\nClock Hours: 2 Hours\n")
    assert all(c["unit"] != "contact_hour" for c in found)
