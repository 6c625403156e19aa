"""Provider and joint providers, second round of the fourteenth session: the classes of the
remaining misses, invented text, one class a test (docs/corpus.md 'Provider', rules.md R-PV-*)."""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.parser import parse_rules


def record(text: str) -> dict[str, Any]:
    out: dict[str, Any] = parse_rules(text).record
    return out


def provider(text: str) -> str | None:
    out: str | None = record(text)["provider"]
    return out


def test_a_profession_abbreviation_owns_no_conference() -> None:
    # "the GP's conference": general practitioners' meeting, no organisation (vocab of jobs)
    text = (
        "Nurses welcome the news that the ministry will fund their meeting at the same level "
        "as the GP’s conference.\n"
    )
    assert provider(text) is None
