"""R-DT-22: a host delighted to present or offer its event on a day, and a later verb of
holding on the same line when the first one's words name no day (invented text; the positive
cases failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def start(text: str) -> str | None:
    return parse_rules(text).record["start_date"]


def test_delighted_to_present_on_a_day() -> None:
    text = (
        "Harbour Palliative 2031\n\nWe are delighted to present the annual hospice conference "
        "in Lakeside on Friday, March 27th, 2031.\n"
    )
    assert start(text) == "2031-03-27"


def test_the_second_verb_of_the_line_gives_the_day() -> None:
    text = (
        "Harbour Palliative 2031\n\nSo excited to announce the Harbour Hospice Conference for "
        "2031. We are delighted to present the third annual conference in Lakeside on Friday, "
        "March 27th, 2031. This day-long conference highlights the team.\n"
    )
    assert start(text) == "2031-03-27"


def test_a_verb_of_holding_with_no_day_gives_none() -> None:
    text = "Harbour Palliative\n\nWe are delighted to present the annual hospice conference.\n"
    assert start(text) is None
