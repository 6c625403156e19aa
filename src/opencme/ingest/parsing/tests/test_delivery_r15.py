"""R-DL-2: a self-study page that is itself where the activity is taken is online delivery;
one that only offers its test or evaluation online says nothing of how one learns."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = (
    "Managing Fever in Toddlers\n\n"
    "Release date: March 1, 2025\nExpiration date: March 1, 2027\n\n"
    "The Orchard Institute designates this enduring material for a maximum of 1.0 "
    "AMA PRA Category 1 Credit™.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Scroll down to begin this course.",
        "View the Module",
        "Login required. You will be taken to our learning site.",
        "Please log in to the member portal to access the modules.",
        "Learn from anywhere with this 2 hour self-paced course.",
        "Complete this ebook online with your access code.",
        "To start the activity, click Enroll.",
    ],
)
def test_a_page_that_starts_the_activity_is_online(line: str) -> None:
    assert record(_HEAD + line + "\n")["delivery"] == "online"


@pytest.mark.parametrize(
    "line",
    [
        "To take the test online, go to our website.",
        "Complete the evaluation form online to receive your certificate.",
        "View the course worksheet or print it for later.",
        "Read the article and answer the questions.",
    ],
)
def test_an_online_test_or_nothing_leaves_delivery_unsaid(line: str) -> None:
    assert record(_HEAD + line + "\n")["delivery"] is None
