"""R-ST-15: the accreditors' earlier review templates ("has been reviewed and is acceptable /
approved for … credit by the …") are the accreditation statement (invented text; each positive
case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def accreditation(text: str) -> bool:
    return bool(
        parse_rules("Harbour Wound Update\n\n" + text + "\n").record["statements"]["accreditation"]
    )


@pytest.mark.parametrize(
    "text",
    [
        "This enduring material activity, Harbour Wounds, has been reviewed and is acceptable for "
        "up to 1.25 Prescribed credit(s) by the Lakeside Academy of Family Physicians.",
        "This program has been reviewed and is approved for a maximum of 1.0 hour of Lakeside "
        "Academy of Physician Assistants Category 1 CME credit by the Lakeside Review Panel.",
    ],
)
def test_an_earlier_review_template(text: str) -> None:
    assert accreditation(text)


def test_a_manuscript_reviewed_and_approved_is_none() -> None:
    assert not accreditation("The manuscript has been reviewed and is approved for publication.")
