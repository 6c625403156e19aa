"""Classes of title misses met in the fifteenth session, second round (docs/corpus.md "Title";
R-TI-12). Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.title_lists import others_heading, points_forward, running_head


def test_rule_ti12_lines_under_a_heading_of_other_items_are_never_the_title() -> None:
    text = (
        "Safe handling of chemotherapy drugs for\n"
        "Uploaded by Jane Roe\n"
        "Related Documents\n"
        "Guidelines for Safe Ladder Use\n"
        "Never stop learning. Anon\n"
        "Rules for Safe Boating on Lakes\n"
        "Be kind. Anon\n"
    )
    title = parse_rules(text).record["title"]
    assert title not in {"Guidelines for Safe Ladder Use", "Rules for Safe Boating on Lakes"}


def test_rule_ti12_a_heading_pointing_to_the_list_below_is_no_title() -> None:
    text = (
        "Congress Credits\n"
        "Certification has been requested from the state medical board for the congress.\n"
        "Daily Credit Points for the Following Congress Days\n"
        "12. 3. 2031: 6 points\n"
        "13. 3. 2031: 6 points\n"
    )
    assert (
        parse_rules(text).record["title"] != "Daily Credit Points for the Following Congress Days"
    )


def test_rule_ti12_a_running_head_with_bars_read_as_l_is_no_title() -> None:
    text = (
        "You are on page 1 of 5\n"
        "42 l Ward Nursing Monthly l June\n"
        "Caring for the patient after a fall\n"
        "By Pat Doe, RN\n"
        "FALLS IN HOSPITAL are common and costly, and nurses are often the first to find the "
        "patient on the floor after a fall.\n"
    )
    assert parse_rules(text).record["title"] != "42 l Ward Nursing Monthly l June"


def test_rule_ti12_shapes() -> None:
    assert others_heading("Recommended Stories")
    assert others_heading("You May Also Like")
    assert not others_heading("Related Disorders of the Spine")
    assert points_forward("Hours for the following sessions")
    assert not points_forward("Following the Evidence in Stroke Care")
    assert running_head("12 l Journal of Care l May")
    assert not running_head("Wound Care in Older Adults")


def test_rule_ti12_a_heading_cut_off_after_for_takes_no_sentence_below() -> None:
    text = (
        "Bedside guidelines for\n"
        "Learning never exhausts the mind. It only feeds it. Leonardo\n"
        "Uploaded by Jane Roe\n"
        "These bedside guidelines for ward nurses were uploaded in 2030 for reading.\n"
    )
    title = parse_rules(text).record["title"] or ""
    assert "Learning never exhausts" not in title
