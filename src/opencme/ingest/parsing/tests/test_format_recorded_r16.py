"""Material taken when the learner likes, in other sites' words (R-FO-7; invented text)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt(text: str) -> object:
    return parse_rules(text).record["format"]


@pytest.mark.parametrize(
    "sentence",
    [
        "This correspondence course is mailed to you with a workbook.",
        "A distance learning package with a self-assessment at the end.",
        "Work through this self-directed learning module.",
        "This open learning pack covers the basics.",
        "This is a recording of the October 2026 members' meeting.",
        "The video is a recording of our annual lecture.",
        "In this episode, our hosts discuss sodium.",
        "Episode 14: claim your credit after listening.",
        "Listen to this episode and complete the evaluation.",
    ],
)
def test_material_by_post_recorded_or_heard_is_enduring(sentence: str) -> None:
    assert fmt("Hyponatraemia Basics\n" + sentence + "\n0.5 CE hours\n") == "enduring"


@pytest.mark.parametrize(
    "sentence",
    [
        "Learn to manage an acute depressive episode in primary care.",
        "We review this episode of care from referral to discharge.",
        "Correspondence with patients is discussed.",
        "Recording of vaccinations in the register is required.",
        "We cover distance learning as a topic for nurse educators.",
    ],
)
def test_words_of_care_and_records_are_no_enduring_cue(sentence: str) -> None:
    assert fmt("Hyponatraemia Basics\n" + sentence + "\n0.5 CE hours\n") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Enrol at any time.",
        "Start anytime and finish when you are ready.",
        "You will have 12 months' access to the course.",
        "Access the course for 90 days after purchase.",
        "The fee includes one year of unlimited access.",
        "Access to all modules lasts 6 months.",
        "You get access for 30 days.",
    ],
)
def test_starting_when_one_likes_or_an_access_period_is_enduring(sentence: str) -> None:
    assert fmt("Gout Update\n" + sentence + "\n1 CPD hour\n") == "enduring"


@pytest.mark.parametrize(
    "sentence",
    [
        "Patients need access for 12 months to the portal.",
        "Register anytime before the closing date.",
        "Access to care over 12 months improved in the trial.",
    ],
)
def test_access_of_patients_and_registering_are_no_enduring_cue(sentence: str) -> None:
    assert fmt("Gout Update\n" + sentence + "\n1 CPD hour\n") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Watch this 30-minute video and complete the quiz.",
        "This video lecture covers the knee examination.",
        "Video | 32 min",
        "This screencast walks through the examination.",
        "A series of video tutorials on splinting.",
        "Includes a 12 minute video on taping.",
    ],
)
def test_a_video_the_learner_watches_is_enduring(sentence: str) -> None:
    assert fmt("Knee Basics\n" + sentence + "\n0.5 credit\n") == "enduring"


@pytest.mark.parametrize(
    "sentence",
    [
        "Video laryngoscopy and video-assisted techniques are reviewed.",
        "Offer video consultations to rural patients.",
    ],
)
def test_a_video_used_in_care_is_no_enduring_cue(sentence: str) -> None:
    assert fmt("Knee Basics\n" + sentence + "\n0.5 credit\n") is None


WEBINAR = "Pain Update\nTuesday, March 9, 2027, 12:00 PM - 1:00 PM ET\nJoin via Zoom.\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The webinar will be recorded and available on demand afterwards.",
        "If you cannot attend live, the recording will be available on demand.",
        "A replay is available after the live session.",
        "Recordings will be sent to all registrants.",
        "Unable to join? The session is recorded for later viewing.",
        "Slides and the recording are posted following the webinar.",
    ],
)
def test_a_recording_after_a_dated_remote_session_leaves_it_internet_live(sentence: str) -> None:
    assert parse_rules(WEBINAR + sentence + "\n").record["format"] == "internet_live"


def test_a_recording_with_no_session_dated_and_timed_is_enduring() -> None:
    text = "Pain Update\nThe webinar was recorded and is available on demand afterwards.\n"
    assert fmt(text) == "enduring"
    text = "Pain Update\nMarch 2027\nRecordings will be sent to all registrants.\n"
    assert fmt(text) != "internet_live"
