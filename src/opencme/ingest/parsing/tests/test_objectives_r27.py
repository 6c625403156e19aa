"""Objectives in layouts the rules missed (invented text; each positive case failed before):
a bullet glued to its item (R-LY-6), the taxonomy's other verbs and an item opening with a
manner adverb (R-OB-5), a lead-in sentence ending by naming the objectives (R-OB-1), a list
cut off after a word or two that hides no other list, and two bulleted lists far apart
(R-OB-7)."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing.parser import parse_rules

HEAD = "Coastal Wound Care Day\n\n"


def objectives(body: str) -> list[str]:
    return parse_rules(HEAD + body + "\n").record["objectives"]


def test_a_bullet_glued_to_its_item_is_a_bullet() -> None:
    body = (
        "By the end of the day you will be able to:\n\n"
        "·Stage a pressure injury\n\n·Choose a dressing for a wet wound\n\n"
        "·Explain offloading to a patient\n\nFaculty\n\nDr A. Reyes"
    )
    assert objectives(body) == [
        "Stage a pressure injury",
        "Choose a dressing for a wet wound",
        "Explain offloading to a patient",
    ]


def test_a_glued_hyphen_or_star_stays_text() -> None:
    body = "Learning objectives:\n\n-based care, in short\n*Note: bring a laptop"
    assert objectives(body) == []


def test_plain_items_may_open_with_a_manner_adverb() -> None:
    body = (
        "On completion, nurses will be able to:\n\n"
        "        Carefully calculate a wound's depth and undermining at the bedside\n\n"
        "        Estimate the area of a wound from its length and width\n\n"
        "        Describe the wound bed with the agreed terms\n\n"
        "Speakers"
    )
    assert objectives(body) == [
        "Carefully calculate a wound's depth and undermining at the bedside",
        "Estimate the area of a wound from its length and width",
        "Describe the wound bed with the agreed terms",
    ]


def test_an_unheaded_run_of_the_taxonomys_other_verbs() -> None:
    body = (
        "Calculate a dressing's cost per week of wear\n"
        "Cite the grading scale for skin tears\n"
        "Propose a plan for a wound that fails to heal"
    )
    assert objectives(body) == [
        "Calculate a dressing's cost per week of wear",
        "Cite the grading scale for skin tears",
        "Propose a plan for a wound that fails to heal",
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "The day, which the Harbour Nursing Board has approved for six contact hours and which "
        "runs twice a year in the spring and the autumn, has three learning objectives:",
        "This day covers these skills (learning objectives):",
    ],
)
def test_a_lead_in_sentence_ending_by_naming_the_objectives(lead: str) -> None:
    body = (
        "Goals of the day\n\n  1. Promote healing in the community\n"
        "  2. Prepare nurses to lead wound clinics\n  3. Develop a regional network\n\n"
        f"{lead}\n\n  • to explain wound bed preparation;\n  • to describe moisture balance;\n"
        "  • to list signs of infection."
    )
    assert objectives(body) == [
        "to explain wound bed preparation",
        "to describe moisture balance",
        "to list signs of infection.",
    ]


def test_goals_and_objectives_still_a_joint_heading() -> None:
    body = (
        "Goals and objectives:\n\nThis day brings nurses up to date on wound care.\n\n"
        "  • Describe moisture balance\n  • List signs of infection\n  • Choose a dressing"
    )
    record = parse_rules(HEAD + body + "\n").record
    assert record["objectives"] == [
        "Describe moisture balance",
        "List signs of infection",
        "Choose a dressing",
    ]


def test_a_list_cut_off_after_two_words_does_not_hide_the_pages_list() -> None:
    body = (
        "  • Describe moisture balance in a chronic wound\n"
        "  • Identify the signs of a wound infection early\n"
        "  • Select a dressing for a wound with heavy exudate\n\n\n\n"
        "This certificate gives you the skills you need to run a clinic. You will be "
        "prepared to:\n\n  • Review th"
    )
    assert objectives(body) == [
        "Describe moisture balance in a chronic wound",
        "Identify the signs of a wound infection early",
        "Select a dressing for a wound with heavy exudate",
    ]


def test_a_bulleted_list_far_below_is_another_list() -> None:
    body = (
        "  • Describe moisture balance in a chronic wound\n"
        "  • Identify the signs of a wound infection early\n"
        "  • Select a dressing for a wound with heavy exudate\n"
        "  • Propose a plan for a wound that fails to heal\n\n\n\n"
        "  • Completion requires a score of 70% on the quiz\n"
        "  • Certificates are emailed within two weeks"
    )
    assert objectives(body) == [
        "Describe moisture balance in a chronic wound",
        "Identify the signs of a wound infection early",
        "Select a dressing for a wound with heavy exudate",
        "Propose a plan for a wound that fails to heal",
    ]


def test_a_meeting_objective_heading_heads_no_objectives() -> None:
    body = (
        "Saturday May 9, 2026\nMeeting Objective:\nThe aim of this day is to bring wound "
        "nurses of the region together to share what works in their clinics and to meet the "
        "needs of their patients.\nLearning Objectives:\n  • Describe moisture balance"
    )
    record = parse_rules(HEAD + body + "\n").record
    assert record["objectives"] == ["Describe moisture balance"]
    assert (record["description"] or "").startswith("The aim of this day")
