"""An audience heading set as a list item (R-AU-1; docs/corpus.md "Audience"), on invented
text: "• Open to" over bullets naming people heads the audience list as "Open to:" does."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def aud(text: str) -> list[str]:
    out: list[str] = parse_rules(text, "t").record["audience"]
    return out


@pytest.mark.parametrize(
    "heading",
    ["• Open to", "- Suitable for", "• Ideal for", "* Who should attend?", "▪ Aimed at"],
)
def test_a_bulleted_lead_heading_heads_the_list(heading: str) -> None:
    text = (
        "Pebble Evenings\n  • a neutral clinical forum\n"
        f"  {heading}\n    • Pebble Society members\n    • Registered tern therapists\n"
        "6+ hosted per month\n"
    )
    assert aud(text) == ["pebble society members", "registered tern therapists"]


@pytest.mark.parametrize(
    "text",
    [
        "Pebble Evenings\n  • Suitable for\n    • Patients with back pain\n    • Their families\n",
        "Pebble Evenings\n  • Open 9am to 5pm\n    • Monday to Friday\n",
    ],
)
def test_near_misses_name_no_audience(text: str) -> None:
    assert aud(text) == []
