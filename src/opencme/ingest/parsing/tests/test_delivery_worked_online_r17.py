"""A self-study page whose material (its content, text, chapters, slides) is read or viewed
online is taken on the web: `online` (round 17; R-DL-2; docs/corpus.md "Delivery"), on
invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Pebble Pharmacology Review\n\nA self-study course for nurse practitioners.\n\n"


def delivery(body: str) -> object:
    return parse_rules(_HEAD + body, "t").record["delivery"]


@pytest.mark.parametrize(
    "body",
    [
        "To earn a certificate, you need to read the material online or in the printable"
        " PDF and pass the quiz.\n",
        "Learners view the course materials online and then answer ten questions.\n",
        "Study the chapters online at your own pace.\n",
        "Access all slides online after enrolling.\n",
        "Read the text online, then complete the evaluation.\n",
    ],
)
def test_material_read_online_is_online(body: str) -> None:
    assert delivery(body) == "online"


@pytest.mark.parametrize(
    "body",
    [
        # the test or the certificate online says how credit is claimed
        "Read the printed monograph and take the test online.\n",
        "Complete the evaluation online to receive your certificate.\n",
    ],
)
def test_credit_online_is_not_the_medium(body: str) -> None:
    assert delivery(body) is None
