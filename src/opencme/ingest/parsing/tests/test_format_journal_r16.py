"""Article-based CE in other sites' words (R-FO-10; invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt(text: str) -> object:
    return parse_rules(text).record["format"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This CPD quiz accompanies the March 2027 issue.",
        "Earn CE credit by reading this paper and completing the post-test.",
        "This CE lesson appears in the June 2027 edition of Eye Practice magazine. "
        "Answer the questions online.",
        "Read the accompanying article, then answer 10 multiple-choice questions.",
        "Study the following review and complete the quiz.",
        "Questions on the latest issue: take the quiz for 1 CPD point.",
        "After reading the featured report, answer the self-assessment questions.",
    ],
)
def test_reading_a_piece_or_an_issue_and_answering_questions_is_journal(sentence: str) -> None:
    assert fmt("Dry Eye Update\n" + sentence + "\n1 credit\n") == "journal"


@pytest.mark.parametrize(
    "sentence",
    [
        "We explore this issue in depth. A quiz follows each module.",
        "Please read the registration form carefully; the post-test is online.",
        "Read the article before the workshop on Saturday, 5 June 2027, 9:00 AM - 4:00 PM. "
        "A quiz follows.",
        "This is the 2027 edition of the Dry Eye Congress.",
    ],
)
def test_a_topic_a_form_or_a_dated_event_is_not_journal(sentence: str) -> None:
    assert fmt("Dry Eye Update\n" + sentence + "\n1 credit\n") != "journal"
