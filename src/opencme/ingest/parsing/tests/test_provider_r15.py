"""Provider: the classes of the fifteenth session's misses, synthetic text, one class a test
(docs/corpus.md 'Provider')."""

from __future__ import annotations

from opencme.ingest.parsing.tests.readers import provider, record


def test_an_organisation_offering_with_its_activity_later_in_the_sentence() -> None:
    # R-PV-49: "X offers" / "X is the first to offer" with an activity noun or a credit
    # acronym further on in the same sentence
    text = (
        "Credits\n\nThe ERSD offers individual CME-CPD participation through the scanning of "
        "the bar code at each session.\n"
    )
    assert provider(text) == "ERSD"
    text = (
        "About\n\nNorthgate Pharmacy Group is the first to offer an option for remote "
        "assessment as part of their injection technique certificate course.\n"
    )
    assert provider(text) == "Northgate Pharmacy Group"
    # trainees "in training" are learners, not the activity offered
    text = "About\n\nThe QLI offers resources for clinicians in practice and in training.\n"
    assert provider(text) is None
    # no activity in the sentence: no offering of one
    assert provider("Menu\n\nThe Ardent Hotel offers free parking for guests.\n") is None


def test_a_news_report_of_an_organisation_starting_an_activity() -> None:
    # R-PV-50: "X has decided to start/launch ... <activity>" after a dateline, "A and B, ...,
    # marked the successful launch of the ... Conference" (A provides, B joins)
    text = (
        "News\n\nERETOWN: Northland Heart League has decided to start a Certificate Course in "
        "Cardiac Care and the first course begins in May.\n"
    )
    assert provider(text) == "Northland Heart League"
    text = (
        "Media\n\nRiverside Kidney Centre and Lakeside Renal and Urology Center, both "
        "Acme companies, marked the successful launch of the Erewhon Kidney Conference on "
        "Saturday.\n"
    )
    rec = record(text)
    assert rec["provider"] == "Riverside Kidney Centre"
    assert rec["joint_providers"] == ["Lakeside Renal and Urology Center"]
    # a person deciding to start a course is no organisation
    text = "Blog\n\nAnna Kowal has decided to start a course in pottery.\n"
    assert provider(text) is None


def test_a_name_alone_at_the_top_that_the_page_names_again_as_an_organisation() -> None:
    # R-PV-51: a logo's caption or site name alone among the first lines, written again as an
    # organisation: its possessive, or the body a person heads
    text = (
        "Kestrel Learning\n\nHome\n\nWound Care Essentials\n\n"
        "Kestrel Learning’s easy way to complete your hours this year.\n"
    )
    assert provider(text) == "Kestrel Learning"
    text = (
        "Hope for Little Lives\nCall us\n\nProgramme\n\nDay one\n\n"
        "Conference Chair: Ann Lo, President of Hope for Little Lives.\n"
    )
    assert provider(text) == "Hope for Little Lives"
    # a course title at the top, repeated in a sentence, is no organisation
    text = "Wound Care Essentials\n\nWound Care Essentials is a course on dressings.\n"
    assert provider(text) is None


def test_sessions_of_a_timetable_presented_by_several_organisations() -> None:
    # R-PV-52: a programme's time slots each "Presented by" a different organisation name
    # the sessions' presenters, not the activity's provider
    text = (
        "Erewhon Annual Meeting\n\nThe meeting welcomes members to two days of education.\n"
        "8:00 – 11:00 AM Ethics Cases Presented by the Northland Society of Dental Ethics\n"
        "1:00 – 4:00 PM Writing Well Presented by the Southland Association of Dental Editors\n"
    )
    assert provider(text) is None
    # one time slot presented by an organisation still names it
    text = (
        "Webinar\n\n12:00 – 1:00 PM Oral Health Update Presented by the Northland Dental Society\n"
    )
    assert provider(text) == "Northland Dental Society"
