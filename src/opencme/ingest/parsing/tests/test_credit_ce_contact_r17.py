"""R-CR-114: unnamed contact hours with the CE words before them keep those words in the label
("CE Contact Hours: 2" -> "CE Contact Hours"), as "2 CE Credits" keeps "CE Credits"."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Wound Care Update\n\nA review of wound care for community teams.\n\n"


def _credits(line: str) -> list[tuple[str, str | None, float | None]]:
    return [
        (c["type"], c.get("label"), c["amount"]) for c in record(_HEAD + line + "\n")["credits"]
    ]


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("CE Contact Hours: 2.0", "CE Contact Hours"),
        ("Continuing Education Contact Hours: 2.0", "Continuing Education Contact Hours"),
        ("CE contact hours: 2.0", "CE contact hours"),
        ("CNE Contact Hours: 2.0", None),  # nursing credit: the nursing reader's
        ("Continuing Education (CE) Contact Hours: 2.0", "Continuing Education (CE) Contact Hours"),
    ],
)
def test_the_ce_words_before_contact_hours_stay_in_the_label(line: str, label: str | None) -> None:
    got = _credits(line)
    assert len(got) == 1
    assert got[0][2] == 2.0
    if label is not None:
        assert got[0][:2] == ("OTHER", label)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        # no CE words before: the words as written
        ("Contact Hours: 2.0", "Contact Hours"),
        # another word before is no CE word
        ("Total contact hours: 2.0", "contact hours"),
    ],
)
def test_contact_hours_without_ce_words(line: str, label: str) -> None:
    assert _credits(line) == [("OTHER", label, 2.0)]
