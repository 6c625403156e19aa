"""Description classes of round 15, second helper (docs/corpus.md "Description"; R-DE-2, R-DE-4).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.description_excerpt import ends_sentence
from opencme.ingest.parsing.description_other import other_field
from opencme.ingest.parsing.description_self import names_the_activity
from opencme.ingest.parsing.descriptions import statement_like
from opencme.ingest.parsing.parser import parse_rules


def test_rule_de4_a_hotel_named_as_the_venue_is_no_accommodation_statement() -> None:
    held = (
        "The 9th Lakeside Wound Care Conference was held on Saturday at the Grand Harbour Hotel "
        "in Lakeside and was attended by 200 nurses. Six workshops ran through the day."
    )
    assert not statement_like(held)
    text = (
        "Lakeside Wound Care Conference\n"
        f"{held}\n"
        "The conference, which was organised by the Lakeside Society, discussed new dressings "
        "and the care of pressure injuries in the community and in hospital wards.\n"
    )
    assert parse_rules(text).record["description"] == held
    # the accommodation statement stays one: rooms, rates, a booking
    for lodging in (
        "A block of rooms has been reserved at the Grand Harbour Hotel at a special rate for "
        "the nights of the conference; book before 1 May.",
        "Hotel accommodation is available at a reduced rate for all delegates of the meeting.",
        "Delegates may stay at the conference hotel, a short walk from the venue and the sea.",
    ):
        assert statement_like(lodging)


def test_rule_de2_a_name_led_by_an_ordinal_and_a_verb_of_taking_place_names_the_activity() -> None:
    for lead in (
        "The 21st Lakeside Critical Care Conference commenced Friday at the Harbour Hall.",
        "The 2031 Hill Nursing Symposium opens today in the city's convention centre.",
    ):
        assert names_the_activity(lead)
    # a subject's name ending in a noun of the list is no activity unless a verb of it follows
    assert not names_the_activity("The 2017 Tear Film Workshop report redefined the condition.")


_PROGRAMME = (
    "Over two days, the course covers every part of wound care: dressings, pressure "
    "injuries, leg ulcers and the diabetic foot, with six workshops for small groups."
)


def test_rule_de2_a_news_items_lead_naming_the_activity_is_the_description() -> None:
    lead = (
        "A record number of nurses attended the recent Lakeside Wound Care Continuing "
        "Education (CE) Course hosted by the Lakeside Society's wound care department."
    )
    for dated in ("April 19, 2031", "11 Nov 2031", "Published on: Friday 18 April 2031"):
        text = f"Lakeside Course Records Highest Attendance\n\n{dated}\n{lead}\n{_PROGRAMME}\n"
        assert parse_rules(text).record["description"] == lead, dated
    # no date line: no news item, the paragraph on the course itself is read
    text = f"Lakeside Course Records Highest Attendance\n{lead}\n{_PROGRAMME}\n"
    assert parse_rules(text).record["description"] == _PROGRAMME
    # a lead whose first sentence names no activity is read like any first paragraph
    other = (
        "Dr Ann Lee, head of nursing at Lakeside Hospital, on Tuesday called for more wound "
        "care nurses in the region's clinics and in the homes of older patients."
    )
    about = "The two-day course is organised by the Lakeside Society for nurses of the region."
    text = f"Call for Wound Nurses\n\nApril 19, 2031\n{other}\n{about}\n"
    assert parse_rules(text).record["description"] == about


def test_rule_de2_a_dateline_with_its_agency_after_a_comma_and_no_dash_is_cut() -> None:
    lead = (
        "Under the patronage of the Lakeside Health Authority, the Sixth Hill Dermatology "
        "Conference will begin on 23rd September, 2031, in the presence of 1,500 doctors."
    )
    text = (
        f"date 2031-09-13 LAKESIDE, (Hill News / Lakeside Agency - 13th Sep, 2031) {lead}\n\n"
        "It is the first conference where so many doctors will take part since the floods.\n"
    )
    assert parse_rules(text).record["description"] == lead


def test_rule_de4_a_paragraph_opening_with_the_full_name_co_sponsored_by_is_a_statement() -> None:
    para = (
        "The Hill Wound Symposium: Advancing Care and Research—A Nursing and Podiatry "
        "Collaboration is co-sponsored by the Lakeside Society and the Hill College. The "
        "Symposium will help nurses assess leg ulcers and choose a dressing."
    )
    assert statement_like(para, lenient=True)
    # a relative clause in the name is no providership statement
    assert not statement_like(
        "The Hill Wound Symposium, which is co-sponsored by the Lakeside Society, covers leg "
        "ulcers, pressure injuries and the diabetic foot over two days.",
        lenient=True,
    )


def test_rule_de2_a_sentence_end_with_footnote_numbers_ends_the_paragraph() -> None:
    para = (
        "Leg ulcers affect one adult in a hundred and cost the health service dearly each "
        "year.1 Most heal in weeks when the cause is found; many are treated for months "
        "without a diagnosis.4,5"
    )
    text = f"Leg Ulcers in Practice\n{para}\n"
    assert parse_rules(text).record["description"] == para
    # a version number is no footnote
    assert not ends_sentence("The leg ulcer pathway of the Lakeside Society is at version 2.0")


def test_rule_de2_a_quoted_name_ending_in_an_activity_noun_names_the_activity() -> None:
    assert names_the_activity(
        "A colleague of mine suggested “Cutting Edge: Dr Lee’s Wound Podcast.” Each episode "
        "takes one case."
    )
    assert names_the_activity("The society hosts the free 'Hill Myopia Webinar' on Monday.")
    # a quoted phrase that ends in no activity noun names none
    assert not names_the_activity("Nurses call it “the five-minute check” in most clinics.")


def test_rule_de4_the_tests_pass_mark_is_an_instruction_for_credit() -> None:
    quiz = (
        "After the online module, learners complete a multiple choice quiz of 20 questions. The "
        "pass mark is 70% and learners have up to three tries."
    )
    assert statement_like(quiz)
    assert statement_like("A passing score of 80% on the post-test earns the certificate.")


def test_rule_de5_a_short_unknown_lead_before_a_paragraph_on_the_activity_is_a_key() -> None:
    value = (
        "This text-based course is an edited transcript of the webinar Caring for Leg Ulcers "
        "at Home, presented by Ann Lee, RN, for the Lakeside Society in 2031."
    )
    text = f"Caring for Leg Ulcers at Home\nEditor’s note: {value}\n"
    assert parse_rules(text).record["description"] == value
    text = f"Caring for Leg Ulcers at Home\nCourse Goals:{value}\n"
    assert parse_rules(text).record["description"] == value
    # a lead before a paragraph that does not open with the activity stays a key
    other = (
        "Leg ulcers affect one adult in a hundred, and most of them are treated at home by "
        "district nurses who see them every week for months."
    )
    assert parse_rules(f"Caring for Leg Ulcers\nNote: {other}\n").record["description"] is None


def test_rule_de4_one_sentence_inviting_the_audience_is_the_audience_statement() -> None:
    invited = (
        "All staff of the Lakeside wards are invited to attend the discussion and are "
        "encouraged to bring a new colleague with them to the session."
    )
    assert other_field(invited)
    # more than one sentence says more than whom it is for
    assert not other_field(f"{invited} The session looks at the first year on a ward.")
