"""R-DL-6 (invented text): an online way denied in other words restricts taking part to the
room; online learning and a clinical or practical part are hybrid."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _delivery(text: str) -> object:
    return parse_listing(text).record["delivery"]


_EVENT = (
    "Nursing Research Congress 2026\n\n"
    "The congress will be held in person at the Grand Elm Hotel in Lakeside from September "
    "15-17, 2026. {sentence}\nCertificates are sent after the virtual event evaluation.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "There will not be a virtual registration option this year.",
        "There will be no online attendance option.",
        "There is not a remote participation option for this event.",
        "We will not offer a livestream version.",
        "There won't be any virtual access this year.",
    ],
)
def test_an_online_way_denied_is_in_person_only(sentence: str) -> None:
    assert _delivery(_EVENT.format(sentence=sentence)) == "in_person"


@pytest.mark.parametrize(
    "sentence",
    [
        "This course consists of an on-line pre-study component and a clinical component.",
        "It combines online learning modules and practical skills sessions.",
        "The programme has an e-learning part and a hands-on clinical placement.",
        "You complete online theory modules and a supervised clinical practicum.",
        "Online study is followed by face-to-face skills days.",
    ],
)
def test_online_learning_and_a_clinical_part_are_hybrid(sentence: str) -> None:
    text = "Dental Hygiene Refresher\n\n" + sentence + "\nApply by March 1.\n"
    assert _delivery(text) == "hybrid"


@pytest.mark.parametrize(
    "sentence",
    [
        "Register online and attend the clinical skills day in Lakeside.",
        "The online course covers clinical reasoning in dental care.",
    ],
)
def test_registration_online_or_an_online_course_about_clinics_is_not_hybrid(
    sentence: str,
) -> None:
    text = "Dental Hygiene Refresher\n\n" + sentence + "\nApply by March 1.\n"
    assert _delivery(text) != "hybrid"


@pytest.mark.parametrize(
    "sentence",
    [
        "Over 60 participants from 30 countries gathered at the Royal Academy for the course.",
        "Delegates met at Elm Hall for the opening of the course.",
        "Forty nurses assembled at the Harbour Hospital for the first workshop.",
        "Course dates\n\nMarch 2026\n\nResidential dates\n\n• 4 to 8 June",
        "The course combines University-based training and learning in practice.",
    ],
)
def test_taking_part_at_a_place_in_other_words(sentence: str) -> None:
    text = "Heart Failure Course\n\nThe new course on heart failure began last month.\n"
    assert _delivery(text + sentence + "\n") == "in_person"


@pytest.mark.parametrize(
    "sentence",
    [
        "The inauguration ceremony of the course was held at the Elm office.",
        "Participants gathered in London from 30 countries.",
    ],
)
def test_a_ceremony_or_a_city_is_no_way_of_taking_part(sentence: str) -> None:
    text = "Heart Failure Course\n\nThe new course on heart failure began last month.\n"
    assert _delivery(text + sentence + "\n") is None


_WORKSHOP = (
    "Schema Skills Workshop\n\nWorkshops run 9am – 5pm\n\nPerth, 15 September 2026\n"
    "Boulevard Centre, 99 Harbour Road, Floreat\n\n{sentence}\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Should the training not be possible face-to-face, we will provide an online version "
        "using Zoom.",
        "If restrictions return, the workshop may move online.",
        "In the event of a lockdown the workshop will run via Zoom.",
        "If the workshop cannot go ahead in the room, it will be delivered online.",
        "Should we not be able to meet, the day will be held as a webinar.",
    ],
)
def test_an_online_way_only_as_a_contingency_is_none(sentence: str) -> None:
    assert _delivery(_WORKSHOP.format(sentence=sentence)) == "in_person"


@pytest.mark.parametrize(
    "sentence",
    [
        "If you cannot attend in person, join online via Zoom.",
        "The workshop is also streamed on Zoom. If restrictions return, it may move online.",
    ],
)
def test_an_online_way_offered_beside_a_contingency_stays(sentence: str) -> None:
    assert _delivery(_WORKSHOP.format(sentence=sentence)) == "hybrid"
