"""Faculty and length classes of the thirteenth session (synthetic text, one class a test)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def test_a_bare_names_credentials_wrapped_onto_the_line_under_it() -> None:
    text = "Widgets Course\nPresenter:\nJo Roberts\nBSN, RN\nBegin Now\n"
    assert parse_rules(text).record["faculty"] == ["Jo Roberts, BSN, RN"]
    # a name that has its credentials keeps them; the next line is not glued on
    text = "Widgets Course\nPresenter:\nJo Roberts, MD\nRN\n"
    assert parse_rules(text).record["faculty"] == ["Jo Roberts, MD"]


def test_a_maximum_time_to_complete_is_the_activitys_length() -> None:
    text = "Widgets\nThis educational activity should take a maximum of 2.0 hours to complete.\n"
    assert parse_rules(text).record["estimated_minutes"] == 120
    # a requirement's bound is still no length
    text = "Widgets\nLicensees must complete a minimum 3-hour course each year.\n"
    assert parse_rules(text).record["estimated_minutes"] is None
