"""R-OB-10, R-OB-12 and the cut-off convention (docs/corpus.md "Settled cases"), invented text:
a sub-list in another symbol under an item ending in ":" is its parts; an excerpt cut inside
the last item after long items drops it; a short heading after prose under an objectives
heading opens another section; "we will" is the speakers; a lead-in "you will" without its
colon over learner verbs."""

from __future__ import annotations

import pytest

from opencme.ingest.parsing import parse_listing


def _objectives(text: str) -> list[str]:
    return parse_listing(text).record["objectives"]


_ITEMS = (
    "• Describe the staging of pressure injuries in older adults in community care.\n"
    "• Discuss the dressing choices in the following wound types:\n"
    "{sub}"
    "• Apply a shared plan between the nurse and the dietitian for healing.\n"
)


@pytest.mark.parametrize(
    "sub",
    [
        "   - venous ulcers,\n   - arterial ulcers, and\n   - burns.\n",
        "   ◦ venous ulcers\n   ◦ arterial ulcers\n",
        "   ▪ venous ulcers;\n   ▪ arterial ulcers;\n   ▪ skin tears.\n",
        "   * venous ulcers\n   * arterial ulcers\n",
        "   · venous ulcers\n   · arterial ulcers\n   · donor sites\n",
    ],
)
def test_a_sub_list_in_another_symbol_is_the_items_parts(sub: str) -> None:
    text = "Wound Care Day\n\nLearning Objectives\n\n" + _ITEMS.format(sub=sub)
    got = _objectives(text)
    assert len(got) == 3, got
    assert got[1].endswith("wound types:")


def test_the_same_symbol_after_a_colon_item_is_still_the_list() -> None:
    text = (
        "Wound Care Day\n\nLearning Objectives\n\n"
        "• Describe the dressing choices for these wounds:\n"
        "• Explain the staging of pressure injuries.\n"
        "• Apply a plan.\n"
    )
    assert len(_objectives(text)) == 3


_LONG = (
    "Learning Objectives\n"
    "• Recognise the early signs of delirium in patients after hip surgery on the ward\n"
    "• Apply a structured screening tool to decide which patients need a medical review\n"
)


@pytest.mark.parametrize("tail", ["Effectively comm", "Discuss the impact", "Plan a", "Use th"])
def test_an_excerpt_cut_inside_the_last_item_drops_it(tail: str) -> None:
    got = _objectives("Delirium Update\n" + _LONG + "• " + tail + "\n")
    assert len(got) == 2, got


def test_a_short_last_item_the_page_goes_on_after_is_kept() -> None:
    text = "Delirium Update\n" + _LONG + "• Discuss the impact\n\nRegister now for the day.\n"
    assert len(_objectives(text)) == 3
    # short items all through are a list of short items, none cut
    short = "Delirium\nObjectives\n• Define delirium\n• List its causes\n• Plan care\n"
    assert _objectives(short) == ["Define delirium", "List its causes", "Plan care"]


@pytest.mark.parametrize("heading", ["Questions:", "Case study:", "Reading list:", "Quiz:"])
def test_a_short_heading_after_prose_opens_another_section(heading: str) -> None:
    text = (
        "Grand Rounds\nSynopsis and Objectives:\n"
        "During this session, we will discuss how to care for a patient with chronic pain. "
        "We will review common medicines.\n" + heading + "\n"
        "- Identify two signs of tolerance.\n- List three side effects.\n"
    )
    assert _objectives(text) == []


def test_a_lead_in_after_prose_still_opens_the_objectives() -> None:
    text = (
        "Grand Rounds\nObjectives:\nThis session covers chronic pain care in clinics.\n"
        "Participants will:\n- Identify two signs of tolerance.\n- List three side effects.\n"
    )
    assert len(_objectives(text)) == 2


@pytest.mark.parametrize(
    "lead",
    [
        "In this workshop you will",
        "Over two days participants will",
        "During the course attendees will",
        "On this study day delegates will",
        "Across the series learners should",
    ],
)
def test_a_lead_in_without_its_colon_over_learner_verbs(lead: str) -> None:
    text = (
        "Mindful Practice Workshop\n\n" + lead + "\n\n"
        "  • Learn how to guide a short breathing exercise with anxious clients\n"
        "  • Explore the research on attention training in primary care\n"
        "  • Practise three grounding skills in small group exercises\n"
        "  • Review the evidence for group programmes\n"
    )
    assert len(_objectives(text)) == 4


def test_a_weak_lead_in_over_things_received_is_no_objectives() -> None:
    text = (
        "Mindful Practice Workshop\n\nOn the day you will\n\n"
        "  • a printed workbook\n  • lunch and refreshments\n  • a certificate of attendance\n"
    )
    assert _objectives(text) == []


def test_what_a_course_gives_after_you_will_is_no_objectives() -> None:
    text = (
        "Mindful Practice Workshop\n\nAs a member you will\n\n"
        "  • Gain access to all recordings for a year\n"
        "  • Receive a certificate after each session\n"
        "  • Share your cases in a private forum\n"
    )
    assert _objectives(text) == []


@pytest.mark.parametrize(
    ("item", "want"),
    [
        (
            "Understand Delirium and Its Impact Define delirium and how it develops in adults.",
            "Define delirium and how it develops in adults.",
        ),
        (
            "Recognize the Early Signs of Stroke Identify common early symptoms of stroke.",
            "Identify common early symptoms of stroke.",
        ),
        (
            "Assess Risk Factors and Vulnerable Groups Identify patients at risk of falls at home.",
            "Identify patients at risk of falls at home.",
        ),
        (
            "Manage Pain After Hip Surgery Describe three ways to assess pain in delirium.",
            "Describe three ways to assess pain in delirium.",
        ),
        (
            "Plan the Safe Discharge of Frail Patients Explain the steps of a discharge checklist.",
            "Explain the steps of a discharge checklist.",
        ),
    ],
)
def test_a_title_case_heading_glued_before_an_item_is_cut(item: str, want: str) -> None:
    text = "Frailty Course\n\nLearning Objectives\n\n• " + item + "\n• List two red flags.\n"
    assert _objectives(text)[0] == want


@pytest.mark.parametrize(
    "item",
    [
        "Explain How Nurses Use guidelines in practice every day at work.",
        "Describe the New York State Public Health Law requirements for infection control.",
    ],
)
def test_an_item_naming_titles_is_whole(item: str) -> None:
    text = "Frailty Course\n\nLearning Objectives\n\n• " + item + "\n• List two red flags.\n"
    assert _objectives(text)[0] == item
