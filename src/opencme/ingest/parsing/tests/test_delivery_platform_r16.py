"""Self-study material taken on the provider's learning platform is online (R-DL-2; invented
text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def delivery(text: str) -> object:
    return parse_rules(text).record["delivery"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Complete the module on our Moodle platform.",
        "The course is hosted on the college's learning portal.",
        "Lessons are accessed through our learning management system.",
        "Work through the units in your virtual learning environment.",
        "All content is available on our CPD platform.",
        "Study each topic via the LMS.",
    ],
)
def test_material_on_a_learning_platform_is_online(sentence: str) -> None:
    assert delivery("Pain Basics\n" + sentence + "\n1 CPD hour\n") == "online"


@pytest.mark.parametrize(
    "sentence",
    [
        "Register via our portal by 1 May.",
        "Pay through the booking platform.",
        "Patients use the portal to book appointments.",
    ],
)
def test_registering_paying_or_patients_on_a_portal_is_no_delivery(sentence: str) -> None:
    assert delivery("Pain Basics\n" + sentence + "\n1 CPD hour\n") is None
