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
_TOTAL = "Delegates at the Harbour Summit may earn up to 31.5 contact hours.\n"


@pytest.mark.parametrize(
    "rate",
    [
        "You may claim 1 contact hour for every 50-minute teaching session you join.",
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


_CPD_HEAD = (
    "Harbour Virtual CPD Evenings\n\n"
    "Yes, these evenings carry HPCSA accreditation via the Harbour Medical Association.\n"
)


@pytest.mark.parametrize(
    "rate",
    [
        "Each session attended for a minimum of 40 minutes gives you 1 CPD point.",
        "You receive 1 CPD point for each evening session you attend in full.",
        "One CPD point is awarded for every lecture attended.",
        "Each recorded lecture viewed earns 0.5 CPD points.",
        "Earn 1 CPD point for each module completed online.",
    ],
)
def test_credit_per_session_attended_offers_the_system_without_an_amount(rate: str) -> None:
    credits = record(_CPD_HEAD + rate + "\n")["credits"]
    assert [(c["label"], c["amount"]) for c in credits] == [("HPCSA CPD", None)]


@pytest.mark.parametrize(
    "line",
    [
        "Each evening offers 2 CPD points.",
        "The evening awards 2 CPD points to those who attend.",
    ],
)
def test_an_evenings_amount_is_no_rate(line: str) -> None:
    credits = record(_CPD_HEAD + line + "\n")["credits"]
    assert [(c["label"], c["amount"]) for c in credits] == [("HPCSA CPD", 2.0)]
