"""R-CO-11: free only on the learner's standing is no free activity; the sentence is the note."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbour Diabetes Lesson\n\nA lesson on diabetes care for community pharmacists.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "If you hold a paid membership, there is no fee to take part in this unit.",
        "The course is free with your annual subscription.",
        "There is no charge for this module if you have a current Harbour Plus plan.",
        "Subscribers who have an active plan attend this webinar at no charge.",
        "If you're already enrolled in the programme, the lesson is free of charge.",
        "Learners who hold a Harbour pass take this course at no cost.",
    ],
)
def test_free_on_a_condition_is_a_note(sentence: str) -> None:
    cost = record(_HEAD + sentence + "\n")["cost"]
    assert cost["free"] is None
    assert cost["note"] == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        # free for everyone
        "This course is free of charge.",
        # a free word about something else in the sentence than a condition
        "Registration is free, and if you have questions please contact us.",
    ],
)
def test_free_for_everyone_stays_free(sentence: str) -> None:
    cost = record(_HEAD + sentence + "\n")["cost"]
    assert cost["free"] is True


def test_a_members_tier_stays_a_tier() -> None:
    cost = record(_HEAD + "Free for members, $25 for non-members.\n")["cost"]
    assert [(t["label"], t["amount"]) for t in cost["tiers"]] == [
        ("members", 0.0),
        ("non-members", 25.0),
    ]
