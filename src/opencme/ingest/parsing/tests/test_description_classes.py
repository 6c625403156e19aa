"""Classes of description misses (docs/corpus.md "Description"; R-DE-2, R-DE-4, R-DE-5).

Texts here are written for the tests, not taken from corpus listings."""

from __future__ import annotations

from opencme.ingest.parsing.descriptions import statement_like
from opencme.ingest.parsing.parser import parse_rules

_MUST = (
    "This workshop teaches the ankle-brachial index from first principles and walks through "
    "twelve recorded cases. Clinicians must weigh each reading against the history, and the "
    "cases show how."
)


def test_rule_de4_a_description_that_mentions_a_statement_word_in_passing() -> None:
    # the only prose paragraph says "must" in its second sentence: still the description
    text = f"Ankle Pressures in Practice\n{_MUST}\n"
    assert parse_rules(text).record["description"] == _MUST
    # a paragraph whose first sentence is a statement stays out, even in the second pass
    credit = (
        "This activity is designated for 2 credits by the Lakeside Council. The course "
        "teaches the ankle-brachial index with twelve recorded cases from the clinic."
    )
    assert parse_rules(f"Ankle Pressures in Practice\n{credit}\n").record["description"] is None
    # a paragraph free of such words still beats an earlier one that has them
    clean = (
        "In this course, vascular nurses rehearse the ankle-brachial index on video cases and "
        "compare their readings with an expert's."
    )
    got = parse_rules(f"Ankle Pressures in Practice\n{_MUST}\n{clean}\n").record["description"]
    assert got == clean


def test_rule_de4_registered_before_a_profession_is_no_registration() -> None:
    para = (
        "This course is recommended for registered dental hygienists who would like to become "
        "certified in local anaesthesia, with six supervised clinical sessions."
    )
    assert not statement_like(para)
    assert statement_like(para.replace("registered dental hygienists", "hygienists who register"))
    assert parse_rules(f"Local Anaesthesia for Hygienists\n{para}\n").record["description"] == para


def test_rule_de5_a_sentence_whose_colon_opens_a_list_is_prose() -> None:
    line = (
        "This two-day course is divided into two parts: a self-paced module on wound "
        "physiology, then a live day of dressing practice with feedback from tissue viability "
        "nurses."
    )
    assert parse_rules(f"Wound Care Essentials\n{line}\n").record["description"] == line


def test_rule_de5_a_capitalised_dateline_before_the_paragraph_is_not_part_of_it() -> None:
    para = (
        "The regional heart society has decided to start a certificate course in the management "
        "of hypertension for family physicians, to be held over six weekends."
    )
    text = f"Hypertension Certificate Course\nLAKESIDE: {para}\n"
    assert parse_rules(text).record["description"] == para


def test_rule_de2_the_audience_statement_and_objectives_as_prose_are_not_the_description() -> None:
    desc = (
        "Leg ulcers heal slowly in older adults, and most are treated at home by district "
        "nurses who see them every week and choose their dressings with little guidance."
    )
    for other in (
        "This activity is intended for district nurses, practice nurses and tissue viability "
        "nurses who dress venous leg ulcers at home.",
        "Participants in this webinar will be able to choose a dressing for each kind of leg "
        "ulcer and to say when to refer.",
        "Describe the dressings used for venous leg ulcers and the signs that call for a "
        "referral to a tissue viability nurse.",
    ):
        got = parse_rules(f"Leg Ulcer Care\n{other}\n{desc}\n").record["description"]
        assert got == desc, other


def test_rule_de2_a_request_to_the_reader_is_not_the_description() -> None:
    desc = (
        "Leg ulcers heal slowly in older adults, and most are treated at home by district "
        "nurses who see them every week and choose their dressings with little guidance."
    )
    ask = (
        "Interested in a course that is full? Please join the waiting list and we will write "
        "to you when the next course is planned."
    )
    assert parse_rules(f"Leg Ulcer Care\n{ask}\n{desc}\n").record["description"] == desc


def test_rule_de2_pleased_to_announce_is_no_request() -> None:
    assert not statement_like("The Lakeside Academy is pleased to announce its new wound course.")
    assert statement_like("Please bring your own laptop to the wound course.")


def test_rule_de2_a_requirement_paragraph_is_not_the_description() -> None:
    assert statement_like("An evaluation is required before the certificate is sent to you.")


_NAME = "Local Anaesthesia and Nitrous Oxide Analgesia for Dental Hygienists"
# a paragraph on the subject, with no "this course" (which would win on its own)
_ABOUT = (
    "Block and infiltration anaesthesia are taught through three evenings of lectures, then "
    "a day of supervised clinical practice on partners."
)


def test_the_paragraph_under_a_description_heading_that_repeats_the_title() -> None:
    # the heading's own line is a name (the title again), then a statement to skip: the
    # paragraph under them is the description, not the name and not an earlier paragraph
    text = (
        f"{_NAME}\n\n"
        "This session will be held in person at the school of dentistry.\n\n"
        f"Course Description\n\n{_NAME}\n\n"
        "This five-day course has been approved by the state board of dentistry.\n\n"
        f"{_ABOUT}\n"
    )
    assert parse_rules(text).record["description"] == _ABOUT


def test_an_empty_description_heading_takes_the_paragraph_below_it() -> None:
    intro = (
        "Hygienists who wish to administer anaesthesia often find the first injections the "
        "hardest part of the work, and practice under supervision helps most."
    )
    text = f"Local Anaesthesia for Hygienists\n\n{intro}\n\nDescription:\n\n\n{_ABOUT}\n"
    assert parse_rules(text).record["description"] == _ABOUT


def test_a_background_heading_gives_no_description() -> None:
    need = (
        "Gout affects one adult in twenty-five, and flares are often treated late because the "
        "first signs are mistaken for an injury or an infection."
    )
    # a needs statement alone: no description (the labels: 1 of 17 takes such a paragraph)
    alone = f"Gout in Primary Care\n\nStatement of Need\n{need}\n\nCredits: 1.0\n"
    assert parse_rules(alone).record["description"] is None
    # an introduction before the heading naming the description: the description's
    course = (
        "This course reviews the diagnosis of gout and the first treatment of a flare in "
        "primary care, with four short cases."
    )
    text = f"Gout in Primary Care\n\nIntroduction\n{need}\n\nCourse Description\n{course}\n"
    assert parse_rules(text).record["description"] == course


def test_a_heading_repeated_for_each_session_is_no_description_heading() -> None:
    # the paragraph under the first of several "Session Summary" headings is that session's,
    # not the conference's: the page's own paragraph about the conference is read instead
    overall = (
        "The goal of this conference is to bring families and clinicians together around "
        "feeding difficulties in children, from infancy to school age."
    )
    one = (
        "Opening the conference, this keynote talk follows feeding difficulties in infancy "
        "and what families notice first."
    )
    two = (
        "Closing the day, a panel gathers the talks on feeding difficulties into a plan for "
        "the coming year's clinics."
    )
    text = (
        f"Feeding Difficulties Conference\n\n{overall}\n\nSession Summary\n\n\n"
        f"{one}\n\nSession Summary\n\n\n{two}\n"
    )
    assert parse_rules(text).record["description"] == overall


def test_a_faculty_biography_is_no_description() -> None:
    bio = (
        "Ann Lee, MD, is professor of neurology at the Lakeside medical school and directs its "
        "headache clinic, where she has led trials of migraine treatment since the clinic opened."
    )
    assert parse_rules(f"Migraine in Practice\n\n{bio}\n").record["description"] is None
    # a paragraph that names its speaker after its first words is still the description
    talk = (
        "In this webinar, Ann Lee, MD, reviews migraine treatment in primary care, from the "
        "first visit to the choice of a preventive drug."
    )
    assert parse_rules(f"Migraine in Practice\n\n{bio}\n\n{talk}\n").record["description"] == talk
