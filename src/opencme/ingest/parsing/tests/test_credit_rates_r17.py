"""R-CR-2: credit "for every" unit of attendance is a rate, not the activity's amount; the total
the page states elsewhere is."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.tests.readers import record

_HEAD = (
    "Nursing Credit\n\n"
    "The Harbour Nurses Society is accredited as a provider of nursing continuing professional "
    "development by the American Nurses Credentialing Center's Commission on Accreditation.\n\n"
)
_TOTAL = "Attendees of the Harbour Summit are able to earn up to 31.5 contact hours.\n"


@pytest.mark.parametrize(
    "rate",
    [
        "You can earn 1 nursing contact hour for every 60-minute educational session you attend.",
        "One contact hour is awarded for every 60 minutes of educational session attended.",
        "Attendees receive 0.5 contact hours for every half-hour poster session viewed.",
        "Learners will earn 1.0 contact hour for each concurrent session they complete.",
        "Earn 1 contact hour for every lecture you attend in full.",
    ],
)
def test_a_rate_for_every_session_leaves_the_total(rate: str) -> None:
    credits = record(_HEAD + rate + "\n\n" + _TOTAL)["credits"]
    assert [(c["type"], c["amount"]) for c in credits] == [("ANCC", 31.5)]


@pytest.mark.parametrize(
    "line",
    [
        # the amount of one activity, no rate
        "This activity offers 1.0 contact hour.",
        # "every" with no "for": a session of a series is the activity (a study club)
        "Every session offers 1.0 contact hour.",
    ],
)
def test_an_amount_that_is_no_rate_is_read(line: str) -> None:
    credits = record(_HEAD + line + "\n")["credits"]
    assert [(c["type"], c["amount"]) for c in credits] == [("ANCC", 1.0)]
