"""Format and delivery, session 14 classes of misses (issue 18; invented text)."""

from __future__ import annotations

from opencme.ingest.parsing.parser import parse_rules


def fmt_delivery(text: str) -> tuple[object, object]:
    r = parse_rules(text).record
    return r["format"], r["delivery"]


def test_morbidity_and_mortality_of_a_disease_is_no_series() -> None:
    text = (
        "Gout in Primary Care\nGout carries significant morbidity and mortality worldwide.\n"
        "This self-paced online module ends with a post-test.\n"
    )
    assert fmt_delivery(text)[0] == "enduring"
    text = "Ward Review\nThe Surgical Morbidity and Mortality Teaching Conference meets monthly.\n"
    assert fmt_delivery(text)[0] == "rss"
    text = "Ward Review\nOur monthly M&M conference reviews complications.\n"
    assert fmt_delivery(text)[0] == "rss"


def test_a_clinical_examination_in_the_objectives_is_no_learners_exam() -> None:
    text = (
        "Shoulder Pain Update\n$35.00\n3 Contact Hours\nAfter completing the course, you will:\n"
        "1. Perform a focused shoulder examination.\n2. Interpret exam findings.\n"
    )
    assert fmt_delivery(text)[0] is None
    # the learner's own exam: a course taken alone
    for exam in (
        "pass a final exam",
        "complete the online post examination",
        "take the exam",
        "pass a brief exam",
        "complete the self-assessment exam",
    ):
        text = f"Shoulder Pain Update\n3 Contact Hours\nFor credit, read the course and {exam}.\n"
        assert fmt_delivery(text)[0] == "enduring", exam


def test_a_city_alone_says_where_not_how_one_takes_part() -> None:
    text = (
        "Marsh Valley Nurses Convene in Lorton\nThe two-day Annual Conference of the Marsh Valley "
        "Nurses Society opens in Lorton on March 3, 2027.\n"
    )
    assert fmt_delivery(text) == ("live", None)
    text = (
        "Wound Care Day\nLocation: Brindle Conference Centre, Lorton\nMarch 3, 2027, 9:00 AM\n"
        "A one-day workshop on wound care.\n"
    )
    assert fmt_delivery(text) == ("live", "in_person")
    text = "Wound Care Day\nVenue: Lorton, Kent\nMarch 3, 2027, 9:00 AM\nA one-day workshop.\n"
    assert fmt_delivery(text) == ("live", "in_person")


def test_a_signal_word_inside_a_web_address_names_a_site_not_the_delivery() -> None:
    text = (
        "Anticoagulation Review\nRelease Date: March 3, 2027\n"
        "For recertification courses see https://elearning.example.org/catalog/anticoag\n"
    )
    assert fmt_delivery(text)[1] is None
    text = "Anticoagulation Review\nRelease Date: March 3, 2027\nAn e-learning course.\n"
    assert fmt_delivery(text)[1] == "online"


def test_a_performance_improvement_activity_named_in_prose() -> None:
    for named in (
        "This web-based performance improvement project helps you audit your charts.",
        "Earn credit through our PI CME module on asthma control.",
        "Reassess your charts three months after starting the improvement activity.",
    ):
        assert fmt_delivery(f"Asthma Control in Practice\n{named}\n")[0] == (
            "performance_improvement"
        ), named
    # the aim of a topic, not the activity's format
    text = "Ward Safety\nThe online course covers quality improvement methods.\n"
    assert fmt_delivery(text)[0] != "performance_improvement"
    text = "Ward Safety\n1. Design a quality improvement activity for your unit.\n"
    assert fmt_delivery(text)[0] != "performance_improvement"


def test_the_page_is_the_article_its_own_dates_are_no_events() -> None:
    text = (
        "Knee Pain in Runners\nThe key points described in this article.\n"
        "Sign in to take quiz\nThis article was corrected on March 3, 2027, to fix a dose.\n"
    )
    assert fmt_delivery(text)[0] == "journal"
    text = "Knee Pain in Runners\nUnauthorized reproduction of this article is prohibited.\n"
    assert fmt_delivery(text)[0] == "journal"
    # a news article about a dated conference, questions to its organisers: no journal CE
    text = (
        "Lakeshore Wound Workshop\nShare this article\nThe workshop is on May 3, 2027, "
        "9:00 AM at the Harbor Hotel. Send questions to the organisers.\n"
    )
    assert fmt_delivery(text)[0] == "live"


def test_a_live_webinar_named_so_is_internet_live_without_a_date() -> None:
    for named in (
        "Format: Live Interactive Webinar",
        "The training will be presented live on Zoom.",
        "Join this live, online workshop from your office.",
    ):
        text = f"Ethics in Supervision\n{named}\n3 CE credits.\n"
        assert fmt_delivery(text) == ("internet_live", "online"), named
    # a recording of one, or a choice of attending in person, is not
    text = "Ethics in Supervision\nRecorded Live Webinar with downloadable slides.\n"
    assert fmt_delivery(text)[0] == "enduring"
    text = "Ethics in Supervision\nAttend in person or via live interactive webinar on Zoom.\n"
    assert fmt_delivery(text)[0] != "internet_live"


def test_material_from_a_past_session_is_enduring() -> None:
    for said in (
        "NOTE: This activity was presented on May 2, 2019, at the Annual Meeting of the "
        "Lakeshore Heart Society.",
        "The online activity contains slides from the Lakeshore Heart Symposium held on "
        "May 2, 2019 during the National Heart Congress.",
    ):
        text = f"Atrial Fibrillation in Older Adults\n{said}\n"
        assert fmt_delivery(text)[0] == "enduring", said
    # a report of a session just held is the live event's
    text = (
        "Glaucoma Update\nThis session was held on April 26, 2027 at the Harbor Hotel, with "
        "talks and a quiz.\n"
    )
    assert fmt_delivery(text)[0] == "live"


def test_a_conference_that_recurs_is_a_series() -> None:
    for said in (
        "The Breast Conference is a monthly meeting where surgeons discuss cases.",
        "Cancer Case Conference is held every Tuesday at 7 am.",
        "Our weekly case conference reviews new admissions.",
    ):
        assert fmt_delivery(f"Breast Conference\n{said}\n")[0] == "rss", said
    # a society's meetings beside its dated conference, a course that meets weekly: no series
    text = (
        "Lakeshore Society\nThe society holds monthly meetings.\nIts Annual Conference runs "
        "May 3 - 5, 2027 at the Harbor Hotel.\n"
    )
    assert fmt_delivery(text)[0] == "live"
    text = "Supervision Course\nThe course meets every week on Thursdays from 1 to 3 pm.\n"
    assert fmt_delivery(text)[0] != "rss"


def test_a_congress_named_in_another_european_language_is_a_gathering() -> None:
    for said in (
        "Quem participar do 43º Congresso Brasileiro de Cardiologia recebe 20 pontos.",
        "Punkte werden pro Tag auf dem Kongress vergeben.",
        "El Congreso Nacional otorga 20 créditos.",
    ):
        assert fmt_delivery(f"CME\n{said}\n")[0] == "live", said


def test_a_place_before_its_city_is_a_venue_a_city_before_its_country_is_not() -> None:
    from opencme.ingest.parsing.delivery import names_venue

    assert names_venue("Grand Marlow, Dubai")
    assert names_venue("Te Whare, Wellington")
    assert not names_venue("Berlin, Germany")
    assert not names_venue("San Diego, CA")
    assert not names_venue("Brooklyn, New York")
    assert not names_venue("Lorton")
    assert names_venue("Marlow Regency Hill, Washington, DC")
    assert not names_venue("Springfield, Illinois, USA")


def test_a_venue_named_as_the_location_is_attended_whatever_the_format() -> None:
    text = (
        "Anticoagulation Certificate\nLocation: Harbor School of Pharmacy, 12 Elm Street\n"
        "The program has 14 hours of home study and 8 hours of live training.\n"
    )
    assert fmt_delivery(text)[1] == "in_person"


def test_an_expiry_heading_whose_date_the_page_lost_is_enduring_material() -> None:
    text = "Dry Skin Update\n1 hr\n# of Credits\nExpiry Date\nDry skin is common in winter.\n"
    assert fmt_delivery(text)[0] == "enduring"


def test_words_of_attendance_in_class_on_campus_and_in_other_languages() -> None:
    text = (
        "Local Anesthesia for Hygienists\nThis four-day course has online assignments, "
        "in-class quizzes and an on-campus clinic.\n"
    )
    assert fmt_delivery(text) == ("live", "hybrid")
    text = "Kongress 2027\n27. 9. 2027: 6 CME-Punkte\nDie Erfassung erfolgt vor Ort.\n"
    assert fmt_delivery(text)[1] == "in_person"


def test_a_date_range_over_months_is_a_program_not_an_event() -> None:
    text = (
        "Clinical Preceptor Credit\nSeptember 1, 2026 - June 30, 2027\n"
        "Preceptors earn credit for each student they supervise.\n"
    )
    assert fmt_delivery(text)[0] is None
    text = "Clinical Preceptor Update\nMay 3 - 5, 2027\nA review for preceptors.\n"
    assert fmt_delivery(text)[0] == "live"


def test_credit_for_the_sessions_replayed_or_recorded_for_home_study_is_blended() -> None:
    for said in (
        "All sessions will be recorded and offered for home study CE credit until May 1, 2028.",
        "CME credits will also be awarded for session replays, based on hours watched.",
    ):
        text = f"Lakeshore Preceptors Conference\nMarch 3 - 5, 2028\n{said}\n"
        assert fmt_delivery(text)[0] == "blended", said
    # recordings after the event, no credit for them: live
    text = "Lakeshore Preceptors Conference\nMarch 3 - 5, 2028\nSession replays are free.\n"
    assert fmt_delivery(text)[0] == "live"


def test_point_of_care_learning_on_demand_is_internet_searching() -> None:
    text = (
        "Point-of-Care Learning\nDocument your clinical questions and the sources consulted.\n"
        "This activity is presented in an online, on demand, self-directed format.\n"
    )
    assert fmt_delivery(text)[0] == "internet_searching"


def test_articles_offered_beside_a_course_do_not_make_it_journal_cme() -> None:
    text = (
        "Palliative Care Basics\nRead stories and articles about palliative care.\n"
        "Complete the course modules and the post-test.\n"
    )
    assert fmt_delivery(text)[0] == "enduring"
    text = "Palliative Care Basics\nRead the article, then take the test.\n"
    assert fmt_delivery(text)[0] == "journal"


def test_an_activity_the_text_calls_live_is_live() -> None:
    text = (
        "Skills Group Basics\nThis is a live, interactive, training that will also be "
        "streamed on Zoom. Join us in person at our clinic.\n"
    )
    assert fmt_delivery(text) == ("live", "hybrid")
    text = "Skills Group Basics\nOn demand: a live, interactive training, recorded.\n"
    assert fmt_delivery(text)[0] == "enduring"


def test_a_recording_made_at_a_live_session_is_no_live_part() -> None:
    text = "Skills Group Basics\nThese videos were recorded during a live training in 2025.\n"
    assert fmt_delivery(text)[0] == "enduring"
    text = "Skills Group Basics\nSelf-study videos, then a live training seminar.\n"
    assert fmt_delivery(text)[0] == "live"  # two parts: the live part's (docs/corpus.md)


def test_virtual_care_is_a_topic_not_the_delivery() -> None:
    text = (
        "Lakeshore Nurse Practitioner Conference\nJune 3 - 6, 2027\n"
        "Held at the Lakeshore Convention Center. Sessions cover virtual neurology care and "
        "virtual visits.\n"
    )
    assert fmt_delivery(text) == ("live", "in_person")
    text = "Grief Basics\nFaculty: Dana Roe, Director, Lakeshore Virtual Hospice\n"
    assert fmt_delivery(text)[1] is None
    text = "Lakeshore Care Summit\nA virtual care conference on June 3, 2027, 9:00 AM.\n"
    assert fmt_delivery(text)[1] == "online"
    text = "Lakeshore Summit\nA virtual nursing conference on June 3, 2027, 9:00 AM.\n"
    assert fmt_delivery(text)[1] == "online"


def test_a_training_program_over_a_term_is_no_dated_event() -> None:
    text = (
        "Ultrasound Training Program\nStart Date: September 1, 2026\nEnd Date: June 12, 2027\n"
        "Monthly hands-on practice for fellows.\n"
    )
    assert fmt_delivery(text)[0] != "live"
    text = (
        "Ultrasound Training Course\nStart Date: September 1, 2026\nEnd Date: September 3, 2026\n"
        "Hands-on practice for fellows.\n"
    )
    assert fmt_delivery(text)[0] == "live"


def test_rounds_as_a_verb_and_a_series_named_on_a_podcast_page_are_no_rss() -> None:
    text = "Pressure Injury Prevention\nThe wound nurse rounds with each unit's champions.\n"
    assert fmt_delivery(text)[0] != "rss"
    text = (
        "Retina Talk Podcast\nA colleague who also runs a journal club suggested this podcast.\n"
        "Listen to the podcast episodes on demand.\n"
    )
    assert fmt_delivery(text)[0] == "enduring"
    text = "Schwartz Rounds\nSchwartz Rounds with our palliative care team, monthly.\n"
    assert fmt_delivery(text)[0] == "rss"
    text = "Medicine Grand Rounds\nEvery Thursday at noon; past rounds are also a podcast.\n"
    assert fmt_delivery(text)[0] == "rss"


def test_the_acpe_activity_type_in_the_uan_names_home_study() -> None:
    text = (
        "Pharmacy: Managing Gout\nStart Date: September 16, 2026\n"
        "Expiration Date: September 16, 2029\nUAN 0999-0000-26-008-H01-P\nCourse Objectives\n"
    )
    assert fmt_delivery(text)[0] == "enduring"
    # a live UAN does not tell live from a live webinar; a mixed program is two parts
    text = "Gout Seminar\nMay 3, 2027, 9:00 AM\nUAN 0999-0000-27-008-L01-P\nA seminar.\n"
    assert fmt_delivery(text)[0] == "live"


def test_a_gathering_named_virtual_is_taken_part_in_remotely() -> None:
    text = (
        "Lakeshore 2027 Virtual Annual Meeting\nOctober 13 - 14, 2027\n"
        "Whether from your living room or the Harbor Bay Hotel, log in to the sessions.\n"
    )
    assert fmt_delivery(text) == ("internet_live", "online")
    text = "Lakeshore 2027 Virtual Conference\nOctober 13, 2027\nAttend in person or online.\n"
    assert fmt_delivery(text)[0] == "live"
