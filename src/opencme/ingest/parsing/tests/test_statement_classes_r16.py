"""R-ST-8, R-ST-9, R-ST-10: statements in the words of other sites and countries (invented
text): a credit amount approved by a named body, funding in other verbs, disclaimers; and
sentences that only mention a body, a figure or views, which are none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _flags(sentence: str) -> dict[str, bool]:
    draft = parse_listing("Wound Care Update\n\n" + sentence + "\n")
    return draft.record["statements"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This course has been approved for 6 CPD points by the Medical and Dental Council of "
        "Freedonia.",
        "This workshop is accredited for 12 CPD points by the Pharmacy Council of Ruritania.",
        "The programme has been awarded 5 CPD points by the Health Professions Council.",
        "This event is approved for 3 CEUs by the Board of Dental Examiners.",
        "The study day is accredited with up to 4.5 credit points by the Eastland College of "
        "Nursing.",
        "Six CPD hours have been allocated by the Westland Optometry Board.",
        "The Eastland Medical Council has awarded 7 CME points to this meeting.",
    ],
)
def test_credit_amount_approved_by_a_body_is_accreditation(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Dr Lee is a member of the Medical Council of Eastland.",
        "This course reviews how new drugs are approved for use by the regulators.",
        "This course is accredited for 21 hours.",  # no accreditor named (R-ST-5)
        "The course covers the guidelines of the Royal College of Example.",
        "Our society is recognised as a leader in cardiology.",
    ],
)
def test_a_body_only_mentioned_is_no_accreditation(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "The series is funded in part by the Department of Health.",
        "This programme was made possible by a grant from the Lakeside Foundation.",
        "The symposium was made possible through the generous support of the Harbour Trust.",
        "This workshop is financed by the Eastland Regional Health Authority.",
        "The course is offered free thanks to funding from the Ministry of Health.",
        "This module is supported in part by the Westland Nurses Trust.",
    ],
)
def test_funding_in_other_verbs(sentence: str) -> None:
    assert _flags(sentence)["funding"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop is supported by a team of experienced tutors.",
        "This course was made possible by the dedication of our volunteers.",
        "The evening is made possible with the help of local clinicians.",
    ],
)
def test_support_that_is_no_money_is_no_funding(sentence: str) -> None:
    assert _flags(sentence)["funding"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "The views expressed in this webinar are those of the speakers and not of the Society.",
        "The opinions expressed are solely those of the presenters.",
        "The information on this site is provided for educational purposes only.",
        "This content is intended for general information purposes only.",
        "The material in this course does not constitute medical advice.",
        "The recordings should not be construed as professional medical advice.",
        "This module is not intended to replace individual clinical advice from your doctor.",
    ],
)
def test_disclaimers_in_other_words(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The faculty will discuss the views of patients on wound care.",
        # a course whose credit expired is offered for information only: no disclaimer
        "Accreditation for this program has expired. This program is for informational "
        "purposes only.",
        "Participants will learn how to give advice on medical devices.",
        "Opinions differ on the best dressing, and the course expressly weighs them.",
    ],
)
def test_near_misses_are_no_disclaimer(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "The course carries 6 CPD points from the Medical Council of Eastland.",
        "The workshop attracts 4 CPD hours accredited by the Royal College of Example.",
        "This module is worth 3 CEUs approved by the Board of Nursing.",
        "Approved by the Eastland Medical Council for 10 CPD points.",
        "Each session carries up to 2 CME points from the Westland Academy of Medicine.",
    ],
)
def test_credit_carried_from_a_body_is_accreditation(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The course carries 6 CPD points from January.",
        "The course carries 6 CPD points.",
        "This course attracts 20 participants from the Eastland region every year.",
    ],
)
def test_credit_carried_from_no_body_is_no_accreditation(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "With thanks to the Harbour Trust for its generous funding of this event.",
        "The project received a grant from the Lakeside Foundation.",
        "Thanks to the Eastland Health Board for their financial support.",
        "The series was awarded a three-year grant from the Westland Nurses Fund.",
        "We thank the Lakeside Charity for the bursary that pays for every place.",
    ],
)
def test_funding_thanked_or_received(sentence: str) -> None:
    assert _flags(sentence)["funding"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks to the Lakeside team for their hard work on the day.",
        "The trial received ethics approval from the Eastland board.",
    ],
)
def test_thanks_and_approvals_are_no_funding(sentence: str) -> None:
    assert _flags(sentence)["funding"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Nothing in this course constitutes medical advice.",
        "The Society does not endorse any products or services mentioned in the talks.",
        "The college does not endorse specific commercial products shown in the slides.",
    ],
)
def test_more_disclaimers(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The guideline does not endorse the use of antibiotics for leg ulcers.",
        "Nothing in this course replaces supervised practice on the ward.",
    ],
)
def test_near_misses_of_endorsement_and_advice(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Accreditation code: Q2031WND7-EST",
        "CPD Accreditation Number: MDB015/123/01/2031",
        "Accreditation No. 12345-AB",
        "Eastland Council accreditation number: EC/1234/56",
        "Accreditation reference: RCN-2031-004",
    ],
)
def test_an_accreditation_code_is_accreditation(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Accreditation number: to follow",
        "Accreditation code: pending",
        "Accreditation ID: TBC",
    ],
)
def test_an_accreditation_code_not_given_is_none(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is False
