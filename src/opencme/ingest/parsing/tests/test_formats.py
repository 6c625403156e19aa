"""Format and delivery inferred from the page (issue 18, classes of misses; synthetic text)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def fmt_delivery(text: str) -> tuple[object, object]:
    r = parse_rules(text).record
    return r["format"], r["delivery"]


def test_online_before_a_learning_unit_or_after_a_verb_of_delivery_is_online() -> None:
    assert fmt_delivery("Wound Care Basics\nComplete the online modules at your desk.\n")[1] == (
        "online"
    )
    assert fmt_delivery("Acne Update\nIn this online, self-learning activity you will ...\n")[
        1
    ] == ("online")
    assert fmt_delivery("Contraception Training\nCourse materials are presented online.\n")[1] == (
        "online"
    )
    # online words that are not the activity's delivery
    assert fmt_delivery("Annual Dinner\nPlease register online by May 1.\n")[1] is None
    assert fmt_delivery("Grand Rounds\nComplete the online evaluation afterwards.\n")[1] is None


def test_meeting_tools_and_a_connection_requirement_are_online() -> None:
    assert fmt_delivery("ADOS-2 Workshop\nThis workshop will be presented via Zoom.\n")[1] == (
        "online"
    )
    text = "Dentifrice Basics\nTechnical Requirements: a stable internet connection.\n"
    assert fmt_delivery(text)[1] == "online"


def test_attendance_words_and_venues_are_in_person_and_with_online_parts_hybrid() -> None:
    text = "Immunisation Course\n1. Online pre-learning modules\n2. Face to face workshop\n"
    assert fmt_delivery(text)[1] == "hybrid"
    text = "Schwartz Rounds\nFriday, March 5, 2027, 12:00 PM\nThese rounds are held in-person.\n"
    assert fmt_delivery(text)[1] == "in_person"
    text = "Periodontitis Course\nJanuary 14, 2027\n6:30 p.m.\nHawthorn Center, 12 Main Street\n"
    assert fmt_delivery(text) == ("live", "in_person")


def test_attendance_words_on_a_self_study_page_speak_of_patients() -> None:
    text = (
        "Pre-Visit Testing\nThis self-paced online module helps you plan the in-person visit "
        "with your patients.\n"
    )
    assert fmt_delivery(text) == ("enduring", "online")


def test_a_recorded_part_of_a_live_event_is_not_online_delivery() -> None:
    text = (
        "Annual Congress 2027\nMay 3-5, 2027\nConvention Center, Orlando\n"
        "Access to on-demand sessions continues through June 30.\n"
    )
    assert fmt_delivery(text)[1] == "in_person"


def test_a_dated_event_taken_part_in_only_remotely_is_internet_live() -> None:
    text = "Sedation Society Virtual Conference\nMay 3-5, 2027\nJoin us online via Zoom.\n"
    assert fmt_delivery(text) == ("internet_live", "online")
    text = "Spine Meeting\nMay 3-5, 2027\nGrand Hotel, Sydney, and virtual attendance\n"
    assert fmt_delivery(text)[0] == "live"


def test_online_material_with_no_session_dates_is_enduring() -> None:
    text = "Skin Cancer Diploma\nThe diploma is delivered online by leading skin doctors.\n"
    assert fmt_delivery(text)[0] == "enduring"


def test_point_of_care_searching_is_internet_searching() -> None:
    text = (
        "Point of Care CME\nPhysicians earn credit for searching answers to clinical questions "
        "at the point of care.\n"
    )
    assert fmt_delivery(text)[0] == "internet_searching"


def test_a_date_alone_on_its_line_without_a_time_is_no_event_date() -> None:
    # a page's own date: nothing says when a session is, so no format is inferred
    assert (
        fmt_delivery("Asthma Essentials\nFebruary 23, 2027\nAsthma course for nurses.\n")[0] is None
    )
    # with its time on the next line it is the day of a session
    text = "Asthma Essentials\nFebruary 23, 2027\n6:30 p.m.\nAsthma course for nurses.\n"
    assert fmt_delivery(text)[0] == "live"


def test_hybrid_named_podcasts_and_a_floor_of_a_building() -> None:
    assert fmt_delivery("Immunization Certificate\nThis course is a hybrid program.\n")[1] == (
        "hybrid"
    )
    # "hybrid" in another sense names no delivery
    assert fmt_delivery("CBT Basics\nCBT is a hybrid of three traditions.\n")[1] is None
    assert fmt_delivery("Hepatitis B Update\nListen to this podcast, then take the test.\n")[1] == (
        "online"
    )
    text = "Surgery Grand Rounds\nHeld Wednesdays 8 am, on the third floor of Evans Hall.\n"
    assert fmt_delivery(text) == ("rss", "in_person")


def test_attendance_naming_a_part_of_a_self_study_course() -> None:
    text = (
        "Buprenorphine Course\nA self-study course with 4 hours of face-to-face training with "
        "an instructor.\n"
    )
    assert fmt_delivery(text)[1] == "in_person"


def test_an_online_course_over_fixed_cohort_dates_takes_no_format() -> None:
    text = (
        "Schizophrenia Essentials Course\nMay 5, 2027 to June 16, 2027\n"
        "All online coursework must be done by the last day.\n"
    )
    assert fmt_delivery(text)[0] is None
    # the same dates with a venue are a live course
    text = "Schizophrenia Essentials Course\nMay 5, 2027 to June 16, 2027\nGrand Hotel, Boston\n"
    assert fmt_delivery(text)[0] == "live"


def test_an_expiry_date_written_with_a_qualifier_or_without_a_colon_is_enduring() -> None:
    # docs/corpus.md 'Format': material with an expiry date and no event date is enduring
    text = "Fluid Balance in Sepsis\nCourse Expires On: March 3, 2029\n2 contact hours.\n"
    assert fmt_delivery(text)[0] == "enduring"
    text = "Heart Failure Update\nExpires Feb 02, 2028\nEarn 1.5 contact hours.\n"
    assert fmt_delivery(text)[0] == "enduring"
    text = "COPD Review\nPharmacy CE Expiration Date: June 4, 2030\n"
    assert fmt_delivery(text)[0] == "enduring"
    # an expiry word without a date is no expiry date
    assert fmt_delivery("Wound Care Talk\nYour membership expires soon.\n")[0] is None


def test_a_count_of_days_before_a_gathering_is_a_live_event() -> None:
    # data/format_signals.json about_multi_day
    text = "Airway Skills\nThis two-day course offers 13 hours of CME, with hands-on practice.\n"
    assert fmt_delivery(text)[0] == "live"
    text = "Sedation Update\nThe 3-day intensive includes lectures. Watch the recorded intro.\n"
    assert fmt_delivery(text)[0] == "live"
    # a day count before no gathering ("a 2-day supply") says nothing of the format
    assert fmt_delivery("Antibiotic Basics\nPrescribe a 2-day supply when needed.\n")[0] is None


def test_a_past_tense_designation_names_the_format() -> None:
    text = (
        "Breast Imaging Update\nThe Society has designated this live activity for a maximum of 5 "
    )
    text += "AMA PRA Category 1 Credits.\n"
    assert fmt_delivery(text)[0] == "live"


def test_an_activity_named_blended_or_live_and_enduring_is_blended() -> None:
    text = "Spine Meeting 2031\nThe Society designates this Other (Live and Enduring Material) "
    text += "activity for a maximum of 20 AMA PRA Category 1 Credits.\n"
    assert fmt_delivery(text)[0] == "blended"
    text = (
        "Insulin Skills\nThis is a blended learning program with an online part and a workshop.\n"
    )
    assert fmt_delivery(text)[0] == "blended"
    # a live activity alone stays live; 'blended' before no unit of learning says nothing
    text = "Spine Meeting 2031\nThe Society designates this live activity for a maximum of 20 "
    text += "AMA PRA Category 1 Credits.\n"
    assert fmt_delivery(text)[0] == "live"
    assert fmt_delivery("Smoothie Nutrition\nServe the blended fruit cold.\n")[0] is None


def test_a_dated_event_whose_sessions_on_demand_earn_credit_is_blended() -> None:
    # docs/corpus.md: a live event with recordings is live unless the recordings earn credit too
    head = "Dermatology Congress 2031\n12-15 May 2031, Lisbon\n"
    text = head + "Claim CME credits for each session you attend live or on-demand.\n"
    assert fmt_delivery(text)[0] == "blended"
    text = head + "Sessions on demand: 0.5 CPD points per session.\n"
    assert fmt_delivery(text)[0] == "blended"
    text = head + "Recordings will be on-demand afterwards but no longer CME accredited.\n"
    assert fmt_delivery(text)[0] == "live"


def test_articles_from_a_dated_issue_of_a_named_publication_are_journal_cme() -> None:
    text = "Opioid Safety\nFrom the June 2029 issue of The Family Clinician. Self-study online.\n"
    assert fmt_delivery(text)[0] == "journal"
    text = "Sleep Update\nSelect articles from the Winter issue of Practice Notes, self-paced.\n"
    assert fmt_delivery(text)[0] == "journal"
    # an issue of something unnamed is not a publication
    text = "Sleep Update\nThe June issue of concern is billing. Self-paced online course.\n"
    assert fmt_delivery(text)[0] != "journal"


def test_a_course_worked_through_at_the_learners_own_time_is_enduring() -> None:
    # ACCME: the participant determines whether and when to complete it (no session, no date)
    for words in (
        "Estimated Time: 90 minutes\nPassing Score: 75%",
        "Video Runtime: 40 Minutes",
        "Read Course | Complete Survey | Claim Credit",
        "Course preview\nThis course covers wound dressings.",
    ):
        assert fmt_delivery(f"Wound Dressings Course\n{words}\n")[0] == "enduring", words
    # a dated session with the same words stays a session
    text = "Wound Dressings Course\nMarch 3, 2027, 9:00 AM - 4:00 PM\nClaim credit afterwards.\n"
    assert fmt_delivery(text)[0] != "enduring"


def test_recording_as_keeping_a_record_is_not_a_recorded_activity() -> None:
    # documenting (a record kept) says nothing of the format
    text = "Immunisation Conference\nRecognise the importance of recording vaccinations.\n"
    assert fmt_delivery(text)[0] == "live"
    text = "Immunisation Workshop\nYour attendance will be recorded on your CPD record.\n"
    assert fmt_delivery(text)[0] is None
    # a recording of the activity still makes it enduring
    for words in ("View the recording at any time.", "The recorded webinar is available."):
        assert fmt_delivery(f"Immunisation Update\n{words}\n")[0] == "enduring", words


def test_self_study_with_a_live_part_takes_only_a_named_format() -> None:
    # two parts, no format named and no dates: not enduring, not blended (only when the text
    # says so); the live part's format (docs/corpus.md 'Format', settled 2026-12-06)
    for part in ("the live training seminar", "a face-to-face workshop"):
        text = f"Immunization Program\nThe program has two parts: self-study and {part}.\n"
        assert fmt_delivery(text)[0] == "live", part
    text = "Immunization Program\nThe program is self-study, with a final quiz.\n"
    assert fmt_delivery(text)[0] == "enduring"


def test_the_diagnostic_names_the_signal_that_decided_format_and_delivery() -> None:
    text = "Asthma Update\nRelease date: June 1, 2026\nJoin the webinar via Zoom.\n"
    text += "Watch the recorded presentation at your own pace.\n"
    draft = parse_rules(text)
    notes = {(d.field, d.note, d.line) for d in draft.diagnostics if d.status == "used"}
    assert draft.record["format"] == "enduring"
    assert ("format", "recorded signal", 4) in notes  # the line of the recording
    assert draft.record["delivery"] == "online"
    assert ("delivery", "online signal", 3) in notes  # the line of the meeting tool


def test_a_dated_session_held_virtually_is_internet_live() -> None:
    text = "Pressure Injury Staging\nMarch 4, 2027, 12:00 PM - 1:00 PM\n"
    text += "This session will be conducted virtually.\n"
    assert fmt_delivery(text) == ("internet_live", "online")


def test_a_hall_of_a_congress_is_a_venue() -> None:
    text = "Skin Congress 2027\nA blended learning program: scan your badge at the entrance of "
    text += "each session hall, or follow the livestream.\n"
    assert fmt_delivery(text) == ("blended", "hybrid")
