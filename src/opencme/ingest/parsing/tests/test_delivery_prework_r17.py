"""Online pre-work to finish before a part taken in a room is an online part and one in the
room: `hybrid` (round 17; R-DL-1; docs/corpus.md "Delivery"), on invented text."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

_HEAD = "Pebble ECG Course\n\nThe Pebble ECG course teaches rhythm reading to nurses.\n\n"


def delivery(body: str) -> object:
    return parse_rules(_HEAD + body, "t").record["delivery"]


@pytest.mark.parametrize(
    "body",
    [
        "Every set reading and e-learning lesson needs to be finished before class.\n",
        "Online Pre-Course Lessons must be finished prior to attending the workshop.\n",
        "Finish the online portion of the course ahead of the hands-on skills session.\n",
        "The online theory lessons are done at home before the face-to-face day.\n",
        "Learners complete two online modules, at their own pace, before attending your"
        " practical assessment.\n",
    ],
)
def test_online_prework_before_the_room_is_hybrid(body: str) -> None:
    assert delivery(body) == "hybrid"


@pytest.mark.parametrize(
    "body",
    [
        # registering online is no online part
        "Register online before the class fills up.\n",
        # online material only, nothing in a room after it
        "Complete the online modules before the deadline of 30 June.\n",
    ],
)
def test_near_misses_are_not_hybrid(body: str) -> None:
    assert delivery(body) != "hybrid"
