"""A short heading's fuller name in the page's prose before an activity noun
(title_longer.py): invented wordings and near misses."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.title_longer import named_longer


@pytest.mark.parametrize(
    ("title", "line", "want"),
    [
        (
            "Falls Awareness",
            "The Falls Awareness and Prevention course is designed for carers.",
            "Falls Awareness and Prevention",
        ),
        (
            "Knee Taping",
            "Our Knee Taping for Runners workshop will run twice this spring.",
            "Knee Taping for Runners",
        ),
        (
            "Wound Care",
            "This Wound Care Plus Programme covers dressings and referral.",
            "Wound Care Plus Programme",
        ),
        (
            "Falls Prevention",
            "The Falls Prevention in Aged Care module provides six short videos.",
            "Falls Prevention in Aged Care",
        ),
        (
            "Suturing",
            "The Suturing Skills for Practice Nurses masterclass teaches simple closures.",
            "Suturing Skills for Practice Nurses",
        ),
        (
            "Triage Basics",
            "The Triage Basics 2 webinar explores the second half of the scale.",
            "Triage Basics 2",
        ),
    ],
)
def test_named_longer(title: str, line: str, want: str) -> None:
    assert named_longer(title, ["Some other line.", line]) == want


@pytest.mark.parametrize(
    ("title", "line"),
    [
        # the same name, nothing more; a longer heading; a name ending in a joining word
        ("Falls Awareness", "The Falls Awareness course is designed for carers."),
        ("Advanced Wound Care Today", "The Advanced Wound Care Today Plus course is new."),
        ("Knee Taping", "The Knee Taping and course notes are online."),
        # no verb after the noun: a mention, not the subject
        ("Falls Prevention", "Read about the Falls Prevention Week event in the news."),
        # lower-case words after the heading
        ("Suturing", "The Suturing skills course is designed for nurses."),
    ],
)
def test_named_longer_near_misses(title: str, line: str) -> None:
    assert named_longer(title, [line]) is None
