"""Format and delivery in the words of other sites (R-FO-7, R-DL-5; invented text): meeting
tools and remote sessions, one gathering attended either way, attendance restricted to the
room, material watched whenever the learner likes."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules


def fmt_delivery(text: str) -> tuple[object, object]:
    r = parse_rules(text).record
    return r["format"], r["delivery"]


WHEN = "Tuesday, March 9, 2027, 12:00 PM - 1:00 PM ET\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Join us via Webex.",
        "This online seminar will be delivered via GoToWebinar.",
        "Participants connect on Teams from their own clinics.",
        "The web seminar is open to all prescribers.",
        "This teleseminar connects rural clinicians.",
        "Log in with the Google Meet link sent on registration.",
        "The lecture will be streamed live to registrants.",
        "Dial-in details will be emailed to registrants.",
        "A Zoom link will be sent the day before.",
    ],
)
def test_a_dated_session_through_a_meeting_tool_or_at_a_distance_is_internet_live(
    sentence: str,
) -> None:
    assert fmt_delivery("Opioid Tapering in Practice\n" + WHEN + sentence + "\n") == (
        "internet_live",
        "online",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Our care teams across the region contributed cases.",  # people, not the tool
        "Speakers will discuss telehealth and telemedicine in rural areas.",  # the subject taught
        "The session will not be streamed live.",  # a refusal
    ],
)
def test_words_that_are_no_remote_tool_leave_a_dated_session_alone(sentence: str) -> None:
    fmt, delivery = fmt_delivery("Opioid Tapering in Practice\n" + WHEN + sentence + "\n")
    assert fmt != "internet_live"
    assert delivery != "online"


DAY = "Saturday, June 5, 2027, 9:00 AM - 4:00 PM\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates may attend in person or online.",
        "Join us in the room or via livestream.",
        "The symposium will be livestreamed and in person at the Town Hall.",
        "Attend onsite or virtually.",
        "You can take part face-to-face or via Zoom.",
        "Both in-person and virtual places are available.",
        "Participants may join online or in person.",
    ],
)
def test_one_gathering_attended_in_the_room_or_remotely_is_live_and_hybrid(
    sentence: str,
) -> None:
    assert fmt_delivery("Regional Asthma Symposium\n" + DAY + sentence + "\n") == (
        "live",
        "hybrid",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Please register online and attend in person at the Civic Centre.",
        "In-person registration closes on May 1.",
        "Complete the online or in-person registration form.",
    ],
)
def test_registering_online_is_no_second_way_of_attending(sentence: str) -> None:
    assert fmt_delivery("Regional Asthma Symposium\n" + DAY + sentence + "\n")[1] != "hybrid"


@pytest.mark.parametrize(
    "sentence",
    [
        "This course is in-person only and will not be live-streamed.",
        "Attendance is on-site only.",
        "The workshop is only offered face-to-face; no virtual option is available.",
        "Sessions will not be webcast.",
        "There is no online attendance for this symposium.",
    ],
)
def test_attendance_restricted_to_the_room_overrides_stray_remote_cues(sentence: str) -> None:
    text = (
        "Ultrasound Skills Symposium\n"
        + DAY
        + "Lecture Theatre 2, Northfield Hospital\n"
        + sentence
        + "\nLast year's webinar series is archived on our website.\n"
    )
    assert fmt_delivery(text) == ("live", "in_person")


def test_a_hybrid_course_with_some_days_in_person_only_stays_hybrid() -> None:
    text = (
        "Suturing Course\n"
        + DAY
        + "This is a hybrid course: attend on campus or by webinar.\n"
        + "The practical day is in person only.\n"
    )
    assert fmt_delivery(text)[1] == "hybrid"


@pytest.mark.parametrize(
    "sentence",
    [
        "Watch anytime from your phone or computer.",
        "Listen at your convenience and complete the evaluation.",
        "View it on your own schedule.",
        "Stream the talks at any time that suits you.",
        "Watch each lecture in your own time.",
        "Replay the sessions whenever you like.",
    ],
)
def test_material_watched_whenever_the_learner_likes_is_enduring(sentence: str) -> None:
    text = "Sleep Medicine Essentials\n" + sentence + "\n1.0 AMA PRA Category 1 Credit\n"
    assert fmt_delivery(text)[0] == "enduring"


@pytest.mark.parametrize(
    "sentence",
    [
        "Contact us anytime with questions.",
        "All content can be completed at any time; weekly calls are held on Thursdays.",
    ],
)
def test_anytime_of_no_watching_is_no_enduring_cue(sentence: str) -> None:
    text = "Sleep Medicine Essentials\n" + sentence + "\n1.0 AMA PRA Category 1 Credit\n"
    assert fmt_delivery(text)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "This event is hybrid.",
        "Delivery: Hybrid",
        "Format: Hybrid (in person and online)",
        "Location: Hybrid - Civic Centre and Zoom",
        "Attendance options: In-person | Virtual",
        "The symposium will be offered as a hybrid meeting.",
    ],
)
def test_a_gathering_said_to_be_hybrid_is_live_and_hybrid(line: str) -> None:
    assert fmt_delivery("Regional Asthma Symposium\n" + DAY + line + "\n") == ("live", "hybrid")


@pytest.mark.parametrize(
    "line",
    [
        "Learn to use hybrid closed-loop insulin pumps.",
        "PET/MR is a hybrid imaging technique.",
        "Tour the hybrid operating room.",
    ],
)
def test_a_hybrid_thing_taught_is_no_delivery(line: str) -> None:
    assert fmt_delivery("Regional Asthma Symposium\n" + DAY + line + "\n")[1] != "hybrid"
