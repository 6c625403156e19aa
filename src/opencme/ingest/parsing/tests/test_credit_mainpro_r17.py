"""R-CR-110: Mainpro credit with its category, in either order (credit_mainpro.py)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Family Medicine Update\n\nA review of common skin conditions in primary care.\n\n"


def _credits(line: str) -> list[tuple[str | None, float | None]]:
    return [(c["label"], c["amount"]) for c in record(_HEAD + line + "\n")["credits"]]


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "The module provides 20 Certified Self-Learning Mainpro+™ credits.",
            [("Certified Self-Learning Mainpro+", 20.0)],
        ),
        (
            "This one-credit-per-hour program meets the certification criteria of the College "
            "of Family Physicians of Canada and has been certified for up to 6 Mainpro+® "
            "Certified Group Learning credits.",
            [("Mainpro+ Certified Group Learning", 6.0)],
        ),
        (
            "Participants may claim 2.5 Mainpro+ certified Self-Learning credits.",
            [("Mainpro+ certified Self-Learning", 2.5)],
        ),
        (
            "This program has been accredited for 4 Mainpro-M1 credits.",
            [("Mainpro-M1", 4.0)],
        ),
        (
            "Mainpro+ Certified Group Learning: 3",
            [("Mainpro+ Certified Group Learning", 3.0)],
        ),
        (
            "The Harbour Review is a source of Mainpro+® certified Self-Learning credits.",
            [("Mainpro+ certified Self-Learning", None)],
        ),
    ],
)
def test_mainpro_with_its_category(line: str, want: list[tuple[str, float | None]]) -> None:
    assert _credits(line) == want


@pytest.mark.parametrize(
    "line",
    [
        # the categories' history, not this activity's credit
        "Mainpro+ self-learning and group learning credits were merged into Certified "
        "Activity credits.",
        # no category: the vocabulary's one Mainpro entry, not this reader
        "Our quiz explains how Mainpro+ works for new members of the college.",
    ],
)
def test_near_misses_give_no_category(line: str) -> None:
    labels = [label for label, _ in _credits(line)]
    assert not any(label and ("learning" in label.lower()) for label in labels)
