"""R-ST-11, R-ST-6, R-ST-7: accreditation said as a participle, by "we", in a template or a
provider number; endorsement denied in other words; commercial support denied in other words
(invented text), and near misses that are none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _flags(sentence: str) -> dict[str, bool]:
    draft = parse_listing("Wound Care Update\n\n" + sentence + "\n")
    return draft.record["statements"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This free CE activity for nurses is provided by Harbour Learning and accredited by "
        "the Eastland Nursing Council.",
        "Twenty delegates attend the CNE programme, accredited by the Westland State Nursing "
        "Council and worth six credit hours.",
        "The workshop, which is endorsed by the Ruritania College of Podiatry, runs twice.",
        "This event is a Group Learning Activity as described, and approved by the Freedonian "
        "Association of Sports Medicine.",
        "The study day (Level 2) validated by the Northland Physiotherapy Board meets the "
        "standard.",
        "We're accredited by the General Optical Council to provide training in contact lenses.",
        "They’re approved by the Dental Board as a provider of short courses.",
        "This meeting is an Accredited Group Learning Activity (Section 1) as defined by the "
        "Maintenance of Competence Program of the Eastland College of Surgeons.",
        "Our journal is a provider of Mainpro+ certified Self-Learning credits from the College "
        "of Rural Physicians.",
        "Westland Dietetic Board - Provider #40321, Activity #99812 approved for 1.5 CPEU hours.",
    ],
)
def test_accreditation_in_other_shapes(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "The workshop is led by Jo Roe, certified by the Board of Lactation Consultants.",
        "Skills are taught in groups by instructors certified by the Eastland Heart Foundation.",
        "Our hospital, accredited by the Joint Review Panel, hosts the visit.",
        "You may also request credit for non-certified learning credits from the College.",
        "Provider #40321 lists this course under its catalogue.",
        "This course is approved for 2 contact hours.",
    ],
)
def test_near_misses_are_no_accreditation(sentence: str) -> None:
    assert _flags(sentence)["accreditation"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither Harbour Learning nor the Nursing Council endorse commercial products.",
        "Neither the Society nor its faculty endorses any product mentioned.",
        "The Academy endorses no products or services.",
        "Approval of credit is not an endorsement of any product.",
        "Mention of a brand should not be construed as an endorsement of the product.",
    ],
)
def test_endorsement_denied_in_other_words_is_a_disclaimer(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Neither the patient nor the family endorsed the plan.",
        "The Academy endorses this new guideline on wound care.",
    ],
)
def test_endorsing_something_is_no_disclaimer(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is False


def _support(text: str) -> object:
    return parse_listing("Gout Review\n\n" + text + "\n").record["commercial_support"]


@pytest.mark.parametrize(
    "sentence",
    [
        "No other commercial support or financial relationships have been disclosed.",
        "There was no outside commercial funding for this course.",
        "This activity is not commercially supported.",
        "The webinar was not sponsored by any pharmaceutical company.",
        "This course has received no industry support.",
        "No additional commercial sponsorship was received.",
    ],
)
def test_commercial_support_denied_in_other_words(sentence: str) -> None:
    assert _support(sentence) is False
    assert _flags(sentence)["commercial_support"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Commercial supporters will be listed at the event.",
        "Industry partners may not sponsor individual sessions.",
    ],
)
def test_near_misses_deny_no_commercial_support(sentence: str) -> None:
    assert _support(sentence) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "It is designed for licensed counsellors and does not provide certification in MI or "
        "substitute for formal training.",
        "Completing this course does not confer licensure in any state.",
        "The webinar is not a substitute for clinical supervision.",
        "This workshop does not grant a credential in hypnosis.",
        "This training will not lead to certification as a coach.",
    ],
)
def test_what_the_activity_does_not_confer_is_a_disclaimer(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is True


@pytest.mark.parametrize(
    "sentence",
    [
        "Participants who do not provide certification of attendance lose credit.",
        "This course does not require certification to attend.",
    ],
)
def test_certification_asked_or_not_needed_is_no_disclaimer(sentence: str) -> None:
    assert _flags(sentence)["disclaimer"] is False
