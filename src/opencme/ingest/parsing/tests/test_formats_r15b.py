"""docs/corpus.md 'Format' (session 15, second pass): a gathering whose sessions also earn credit
on demand or as home study is blended; an activity in parts takes its live part's format also
when the live part is dated."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import record

_HEAD = "Harbourview Nursing Forum 2031 - CPD Information\n\n"


def test_credit_for_sessions_on_demand_beside_attended_ones_is_blended() -> None:
    text = _HEAD + (
        "By attending the Harbourview Forum you can claim CPD hours for each presentation.\n"
        "You may also claim hours for these additional activities:\n"
        "  • Visiting the poster hall\n"
        "  • Watching additional sessions on demand\n"
    )
    assert record(text)["format"] == "blended"


def test_contact_hours_from_live_and_home_study_programs_is_blended() -> None:
    text = _HEAD + (
        "Registrants may earn up to 20 contact hours with a combination of live and "
        "home-study programs at the 2031 Harbourview Preceptor Forum.\n"
    )
    assert record(text)["format"] == "blended"


def test_on_demand_sessions_without_credit_words_stay_live() -> None:
    text = _HEAD + (
        "The 2031 Harbourview National Conference opens in Easton on June 3, 2031, with 200 live "
        "and 40 on-demand sessions for nurses.\n"
    )
    assert record(text)["format"] == "live"


def test_on_demand_sessions_not_eligible_for_credit_are_no_blend() -> None:
    text = _HEAD + (
        "The Harbourview Forum is held June 3-4, 2031 at the Easton Convention Centre. CME "
        "credit is available for in-person attendance only; on-demand sessions are not "
        "eligible for credit.\n"
    )
    assert record(text)["format"] == "live"


def test_self_study_before_a_dated_live_seminar_is_live() -> None:
    text = "Vaccine Administration Training\n\n" + (
        "Date Location\nMay 4, 2031 Easton, Ohio Register now!\n"
        "June 8, 2031 Weston, Ohio Register now!\n\n"
        "The training has two components:\n"
        "  • 10 hour self-study modules with case studies and an assessment exam\n"
        "  • 6 hour live seminar with a final exam\n"
    )
    assert record(text)["format"] == "live"


def test_live_remote_instructor_led_training_on_dates_is_internet_live() -> None:
    text = "Skills Training for Counsellors (Level 2)\n\n" + (
        "Live, Remote, Instructor-led\nMarch 3rd – March 7th, 2031\n\n"
        "This live remote instructor-led training teaches the core skills of the model over "
        "five days.\n"
    )
    out = record(text)
    assert out["format"] == "internet_live"
    assert out["delivery"] == "online"


_WEBINAR = (
    "Talking About Sepsis Early\n\nFriday, May 09, 2031\n06:00 PM - 08:00 PM\n\n"
    "This is a free webinar presentation. The Zoom link will be sent to the email provided "
    "at registration.\n\nInstructor Biography\n\n"
)


def test_a_podcast_in_the_speakers_biography_leaves_a_dated_webinar_internet_live() -> None:
    text = _WEBINAR + (
        "Rina Ostrova MD is an emergency physician at Lakeside Hospital. She completed her "
        "residency in Easton and co-hosts a podcast on prehospital care.\n"
    )
    out = record(text)
    assert out["format"] == "internet_live"
    assert out["delivery"] == "online"


def test_a_web_based_program_in_a_biography_is_no_format_of_the_course() -> None:
    text = "Opioid Treatment Essentials\n\n" + (
        "This course covers the assessment and management of opioid use disorder.\n\n"
        "Jon Paley, MPH (Project Director)Mr. Paley has led the education team since 2004, "
        "when the company received a grant to develop a web-based training program.\n"
    )
    out = record(text)
    assert out["format"] is None
    assert out["delivery"] is None


def test_an_online_component_and_a_supervised_practice_part_are_hybrid() -> None:
    text = "Contraception Counselling Skills\n\n" + (
        "Course Design:\nSelf-directed online component and supervised consultation "
        "logbook.\nIt will take 3 hours to complete the online component.\n"
    )
    assert record(text)["delivery"] == "hybrid"


def test_combined_online_and_workshop_is_hybrid() -> None:
    text = "Diabetes Educator Course\n\nCombined Online + Workshop\n\n" + (
        "The course covers insulin therapy and self-management education.\n"
    )
    assert record(text)["delivery"] == "hybrid"


def test_registering_online_for_a_workshop_is_no_online_part() -> None:
    text = "Suturing Skills Workshop\n\n" + (
        "Register online and attend the hands-on workshop at the Easton Clinical Skills "
        "Centre on May 3, 2031.\n"
    )
    assert record(text)["delivery"] == "in_person"


def test_virtual_attendance_at_a_congress_is_live_and_hybrid() -> None:
    text = "Spine Society Congress 2031 - CPD\n\n" + (
        "CPD points will be awarded for the congress, August 4-6, 2031, and allocated per "
        "session attended.\nVirtual attendance will be monitored and points allocated by "
        "sessions viewed.\n"
    )
    out = record(text)
    assert out["format"] == "live"
    assert out["delivery"] == "hybrid"


def test_attending_a_conference_digitally_beside_a_hotel_is_hybrid() -> None:
    text = "Gulf Skin Forum 2031\n\n" + (
        "The conference will be held at the Marlow Hotel, Easton, on December 9-10, 2031. "
        "Around 500 physicians are expected in person, with 2000 more attending the event "
        "digitally.\n"
    )
    assert record(text)["delivery"] == "hybrid"


def test_attending_a_dated_webinar_virtually_stays_online() -> None:
    text = "Sepsis Update Webinar\n\n" + (
        "Join this webinar on May 3, 2031 at 7:00 PM. Attend virtually from your home or office.\n"
    )
    out = record(text)
    assert out["format"] == "internet_live"
    assert out["delivery"] == "online"
