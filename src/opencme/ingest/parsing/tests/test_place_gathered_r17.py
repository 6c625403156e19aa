"""A report placing its event by the people who gathered, assembled, converged or convened at
a venue (round 17; R-LO-1; docs/corpus.md "Location"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Pebble Revalidation Day\n\nA report on the Pebble day for nurses.\n\n"


def rec(body: str) -> dict[str, object]:
    out: dict[str, object] = parse_rules(_HEAD + body, "t").record
    return out


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (
            "Leading voices have gathered at Lantern University to debate appraisal.\n",
            "Lantern University",
        ),
        (
            "Over 80 midwives gathered at the Quill Conference Centre in Harbourtown last week.\n",
            "Quill Conference Centre, Harbourtown",
        ),
        (
            "Clinicians from five regions assembled at the Pebble Hotel, Eastfield, for two"
            " days of talks.\n",
            "Pebble Hotel, Eastfield",
        ),
        (
            "Delegates converged on Saturday at the Harbour Convention Centre.\n",
            "Harbour Convention Centre",
        ),
        (
            "The working group convened together at Birch Hospital in Northport.\n",
            "Birch Hospital, Northport",
        ),
    ],
)
def test_people_gathered_at_a_venue(body: str, want: str) -> None:
    assert rec(body)["location"] == want


@pytest.mark.parametrize(
    "body",
    [
        # gathered a thing, not people gathering
        "The team gathered data at Lantern Hospital over three years.\n",
        "Nurses assembled evidence at the Quill University library.\n",
    ],
)
def test_gathered_a_thing_is_no_place(body: str) -> None:
    assert rec(body)["location"] is None
