"""R-TI-23 (session 26): a city and its region before a colon opening the name (invented
text; the first two cases failed before)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def test_a_city_before_a_colon_is_no_part_of_the_name() -> None:
    """R-TI-23: "<City>, <ST>: <name>"; a state alone names a state's course."""

    def title(line: str) -> object:
        return parse_rules(line + "\nJoin us for two days of hands-on learning.\n").record["title"]

    assert title("Lakeside Area (Elmton), IL: The Harbour Concept Course") == (
        "The Harbour Concept Course"
    )
    assert title("Portland, OR: Advanced Wound Care Workshop") == "Advanced Wound Care Workshop"
    assert title("Ohio: Laws and Rules for Nurses") == "Ohio: Laws and Rules for Nurses"
