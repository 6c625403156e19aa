"""R-FO-13 (invented text): an activity named in-person, or reported as held at a place or on a
day, is live without a date; a part named face-to-face, a course that began in a year and
one organised by a body are none."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _format(text: str) -> object:
    return parse_listing(text).record["format"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This one-day, in-person course gives a foundation in leg ulcer care.",
        "This is a face-to-face workshop on suturing for practice nurses.",
        "Our classroom-based training teaches safe moving and handling.",
        "This in person, hands-on session covers splinting.",
        "Our on-site study day brings the ward team together.",
    ],
)
def test_an_activity_named_in_person_is_live(sentence: str) -> None:
    text = "Leg Ulcer Essentials\nCourse summary\n" + sentence + "\nWho should attend?\n"
    assert _format(text) == "live"


@pytest.mark.parametrize(
    "sentence",
    [
        "The two-day nursing CNE programme commenced at Eastvale University here on Monday.",
        "The new course on heart failure took place between January 16-19 at the Elm Hospital.",
        "Over sixty delegates gathered at the Royal Society for the start of the course.",
        "Yesterday was the first day of the 3rd Annual Learning Retreat for Dietitians.",
        "The regional wound care conference was held in Lakeside last week.",
    ],
)
def test_an_event_reported_as_held_is_live(sentence: str) -> None:
    text = "Nursing News\n\n" + sentence + "\nSpeakers praised the participants.\n"
    assert _format(text) == "live"


@pytest.mark.parametrize(
    "sentence",
    [
        "The recorded course was held in Lakeside in 2019 and is now available on demand.",
        "This course began in 2010 and has trained many clinicians.",
        "The course was organised by experts in Cardiology and is self-paced.",
    ],
)
def test_a_part_or_a_history_is_no_live_event(sentence: str) -> None:
    text = "Wound Pathways\n\n" + sentence + "\n"
    assert _format(text) != "live"


@pytest.mark.parametrize(
    "line",
    [
        "online occupational physical therapy ceu course",
        "An online speech pathology CE course",
        "This online wound care nursing module",
        "A new online pharmacy law continuing education course",
        "online dental hygiene refresher course",
    ],
)
def test_online_material_named_with_several_modifiers(line: str) -> None:
    text = "Balance Rehabilitation - Evaluation\n\n" + line + "\n\nLearn the tests of balance.\n"
    record = parse_listing(text).record
    assert (record["format"], record["delivery"]) == ("enduring", "online")


def test_online_registration_for_a_course_is_no_online_material() -> None:
    text = "Balance Rehabilitation\n\nComplete the online registration form for the course.\n"
    assert parse_listing(text).record["format"] != "enduring"


@pytest.mark.parametrize(
    "sentence",
    [
        "Individuals completing a peer review of a manuscript for the Harbour Journal of "
        "Medicine are eligible for AMA PRA Category 1 Credit.",
        "Claim your credits for the Harbour Journal Manuscript Review activity.",
        "Reviewers earn CME credit for each manuscript review they complete.",
        "You may claim credit for reviewing manuscripts for the journal.",
        "Our manuscript review credit is capped at 3 credits a year.",
    ],
)
def test_credit_for_reviewing_a_manuscript_is_manuscript_review(sentence: str) -> None:
    assert _format("How to Claim Reviewer Credit\n\n" + sentence + "\n") == "manuscript_review"


@pytest.mark.parametrize(
    "sentence",
    [
        "The journal publishes peer-reviewed manuscripts on heart failure with CME quizzes.",
        "Authors submit a manuscript for review; accepted articles are published monthly.",
    ],
)
def test_manuscripts_published_or_submitted_are_no_review_credit(sentence: str) -> None:
    assert _format("Harbour Journal\n\n" + sentence + "\n") != "manuscript_review"
