"""Description classes of round 15 (docs/corpus.md "Description"; R-DE-2, R-DE-4).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.description_other import other_field
from opencme.ingest.parsing.description_self import names_the_activity
from opencme.ingest.parsing.descriptions import never_description, statement_like
from opencme.ingest.parsing.parser import parse_rules

_SUBJECT = (
    "Foot ulcers affect one person with diabetes in four over a lifetime, and most amputations "
    "in that group begin with an ulcer that was seen late. Early checks change that course."
)


def test_rule_de4_a_one_sentence_audience_statement_is_no_description() -> None:
    # "suited for", "appropriate for", "designed for" + the learners: the audience statement
    for lead in ("is suited for", "is appropriate for", "is designed for", "is suitable for"):
        assert other_field(
            f"This self-paced, online module {lead} podiatrists and practice nurses."
        )
    # a sentence about what the course covers is no audience statement
    assert not other_field("This module is designed to teach a five-minute foot check.")
    # with more than one sentence, the paragraph says more than whom it is for
    assert not other_field(
        "This module is designed for practice nurses. It teaches a five-minute foot check."
    )
    audience = "This self-paced module is appropriate for podiatrists and practice nurses."
    text = f"Feet First\n{_SUBJECT}\n{audience}\n"
    assert parse_rules(text).record["description"] == _SUBJECT


def test_rule_de2_this_before_modifiers_with_commas_speaks_of_the_activity() -> None:
    about = (
        "Clinics report that foot checks are skipped when visits run late. This evidence-based, "
        "self-paced module gives practice nurses a five-minute routine and six video cases."
    )
    text = f"Feet First\n{_SUBJECT}\n{about}\n"
    assert parse_rules(text).record["description"] == about


def test_rule_de2_a_named_activity_with_a_lower_case_noun_speaks_of_the_activity() -> None:
    named = (
        "The Quality and Safety in Foot Care microcredential has been written with podiatrists "
        "to give practice nurses the checks they need on every visit."
    )
    assert names_the_activity(named)
    assert not names_the_activity("The Lakeside Hospital has a new foot clinic that opens soon.")
    text = f"Feet First\n{_SUBJECT}\n{named}\n"
    assert parse_rules(text).record["description"] == named


def test_rule_de2_the_aim_of_the_named_activity_speaks_of_the_activity() -> None:
    aim = (
        "Foot care is changing fast, with new dressings and new checks each year. The goal of "
        "the Lakeside General Hospital Future Foot Care Symposium is to show what works."
    )
    assert names_the_activity(aim)
    later = (
        "Lakeside General Hospital runs the largest foot clinic in the region, and its team "
        "looks forward to welcoming every learner to the new centre this spring."
    )
    text = f"Future Foot Care\n{aim}\n{later}\n"
    assert parse_rules(text).record["description"] == aim


def test_rule_de2_a_provider_announcing_a_long_named_activity_speaks_of_it() -> None:
    # up to eight words between the article and the activity noun
    hosted = (
        "The Lakeside Society and the Hill College will jointly host the 4th Hill and 12th "
        "Lakeside Annual Scientific Conferences from May 2 to 4 at the river campus."
    )
    assert names_the_activity(hosted)
    lead = (
        "More than 300 nurses from the region are set to meet on the river campus next month "
        "for two days that organisers say will shape practice for years to come."
    )
    text = f"Nurses to Meet\n{lead}\n{hosted}\n"
    assert parse_rules(text).record["description"] == hosted


def test_rule_de2_a_cut_last_paragraph_opening_on_the_activity_is_read_to_the_cut() -> None:
    # the stored page ends in mid-sentence, under a statement of need: the paragraph that opens
    # with the activity itself is no background, and is read as stored
    need = (
        "Foot ulcers affect one person with diabetes in four over a lifetime, and most "
        "amputations in that group begin with an ulcer that was seen late by the team."
    )
    cut = (
        "This podcast will focus on how practice nurses can check feet in five minutes at "
        "every visit. Two podiatrists walk through six cases and the checks that would have "
        "caught each ulcer early, then answer the questions listeners sent in after the "
        "first season of the show about dressings, off-loading and when to ref"
    )
    text = f"Feet First\n\nStatement of Need\n\n{need}\n\n{cut}"
    assert parse_rules(text).record["description"] == cut
    # a cut paragraph on the subject alone is not read, nor one before the page's end
    subject = cut.replace("This podcast will focus on how", "Studies show that")
    assert (
        parse_rules(f"Feet First\n\nStatement of Need\n\n{need}\n\n{subject}").record["description"]
        is None
    )
    assert (
        parse_rules(f"{text}\n\nSponsored by the Lakeside Society.").record["description"] is None
    )


def test_rule_de4_a_one_sentence_schedule_with_a_clock_time_is_no_description() -> None:
    schedule = (
        "The Lakeside Foot Society is hosting a workshop on foot checks Thursday, May 4, from "
        "12 noon to 3:30 p.m., at the society's centre on Hill Road in Lakeside."
    )
    assert other_field(schedule)
    # "a.m." ends no sentence
    assert other_field(
        "The care team has planned the Lakeside Rounds anew and will open them at 7:30 a.m. "
        "Thursday, July 18 in the hospital auditorium."
    )
    about = (
        "Join us for a hands-on afternoon on foot checks that catch ulcers early, with six "
        "video cases and a podiatrist's feedback on every check you make."
    )
    text = f"Feet First\n{schedule}\n{about}\n"
    assert parse_rules(text).record["description"] == about
    # a paragraph that goes on to say what the activity covers is no schedule
    series = (
        "Foot Board is held every Monday at 7 am. Podiatrists, nurses and surgeons review the "
        "week's ulcers and agree on each plan."
    )
    assert not other_field(series)


def test_rule_de4_a_sum_in_billions_is_no_price() -> None:
    subject = (
        "Diabetic foot disease costs the health system $2.1 billion per year, and one ulcer in "
        "five ends in an amputation within five years after it is found."
    )
    assert not statement_like(subject)
    assert statement_like("The workshop costs $250 per person, lunch included, for members.")
    assert parse_rules(f"Feet First\n{subject}\n").record["description"] == subject


def test_rule_de1_a_short_text_ending_no_sentence_is_never_the_description() -> None:
    # what a reader may tag: a title, a heading, a job title; none is a paragraph
    for text in ("Associate Professor of Podiatric Practice", "Foot Checks in Practice"):
        assert never_description(text)
    assert not never_description(
        "A webinar on foot checks that catch ulcers early, with six video cases."
    )
