"""A bare "CME" with no amount beside AMA PRA Category 1 Credit adds nothing (R-CR-108), on
invented text: the physicians' CME the page names is that credit, one entry."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def types(text: str) -> list[str]:
    record = parse_rules("Pebble Modules\n" + text + "\n", "t").record
    return [c["type"] for c in record["credits"]]


@pytest.mark.parametrize(
    "text",
    [
        "The journal has joined the clinic to offer certified continuing medical education (CME) "
        "credits to its readers.\nReaders can claim AMA PRA Category 1 Credit™ for each module.",
        "Earn CME credit online.\nLearners may claim AMA PRA Category 1 Credits™ on completion.",
        "CME credit is offered for this series. Physicians may claim AMA PRA Category 1 Credit™.",
        "Free CME credits for every reader!\nAMA PRA Category 1 Credit™ is available for each "
        "quiz passed.",
        "This podcast offers CME credit.\nListeners can receive AMA PRA Category 1 Credit™.",
    ],
)
def test_bare_cme_beside_ama_category_1_is_one_entry(text: str) -> None:
    assert types(text) == ["AMA_PRA_1"]


@pytest.mark.parametrize(
    "text",
    [
        "This podcast offers CME credit.",
        "CME credit is offered. Contact the CME office for AMA forms.",
    ],
)
def test_bare_cme_without_ama_category_1_stays(text: str) -> None:
    assert types(text) == ["CME"]
