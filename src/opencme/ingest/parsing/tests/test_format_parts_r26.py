"""R-FO-4: self-study with a part taken in a room, named in the words of attendance R-DL-8
reads ("classroom instruction", "hands-on lab", "skills lab", "on-campus"), is in two parts:
the live part's format, and the delivery both ways (invented text; each case failed before)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt_delivery(text: str) -> tuple[object, object]:
    record = parse_rules("Harbour Lymphoedema Certificate\n" + text + "\n").record
    return record["format"], record["delivery"]


@pytest.mark.parametrize(
    "text",
    [
        "The programme opens with a 20-hour online module done at your own pace, followed by "
        "30 hours of classroom instruction and hands-on lab practice.",
        "Complete the self-paced online modules first, then attend two days in the skills lab "
        "at our teaching hospital.",
    ],
)
def test_self_study_and_a_room_are_two_parts(text: str) -> None:
    assert fmt_delivery(text) == ("live", "hybrid")


def test_self_study_alone_stays_enduring() -> None:
    text = "This online home-study module is completed at your own pace, anywhere."
    assert fmt_delivery(text) == ("enduring", "online")


def test_an_optional_lab_is_no_part() -> None:
    text = (
        "This self-paced online course covers splinting. An optional, in-classroom lab for "
        "practice is offered at our clinic."
    )
    assert fmt_delivery(text) == ("enduring", "online")
