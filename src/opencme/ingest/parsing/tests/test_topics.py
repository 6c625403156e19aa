"""Topics proposed from a listing's text (docs/corpus.md "Topics", rules T-1..T-5).

Every listing here is written for the test (no corpus phrase): each asserts a decision of the
convention that a different proposer would fail.
"""

from __future__ import annotations

import json
from importlib import resources

from hypothesis import given, settings
from hypothesis import strategies as st

from opencme.ingest.parsing import parse_listing
from opencme.ingest.parsing.parser import parse_rules
from opencme.ingest.parsing.topics import ZONE_CONFIDENCE, codes_in, cue_data, vocabulary

DESIGNATION = (
    "Example Heart Society designates this enduring material for a maximum of 1 AMA PRA "
    "Category 1 Credit."
)


def topics(text: str) -> list[str]:
    out: list[str] = parse_rules(text).record["topics"]
    return out


def test_rule_to1_a_title_naming_a_topic_proposes_its_code_with_the_title_confidence() -> None:
    draft = parse_rules(f"Preventing Medication Errors at Hospital Discharge\n\n{DESIGNATION}\n")
    assert draft.record["topics"] == ["medical_errors"]
    assert draft.confidence["topics"] == ZONE_CONFIDENCE["title"]
    used = [d for d in draft.diagnostics if d.field == "topics"]
    assert [d.line for d in used] == [1]
    assert "Prevention of medical errors" in used[0].note  # the label, for people


def test_rule_to2_navigation_menus_and_disclosures_are_not_topics() -> None:
    text = (
        "Home | Courses | Human Trafficking | Domestic Violence | Implicit Bias\n"
        "Atrial Fibrillation Care in Primary Practice\n"
        "Learning Objectives\n"
        "- Choose an anticoagulant for a patient with atrial fibrillation.\n"
        "- Explain how to monitor renal function during anticoagulation.\n"
        "Disclosure: the planners and faculty have no relevant financial relationships; all "
        "content was reviewed for ethics and fair balance.\n"
        f"{DESIGNATION}\n"
    )
    assert topics(text) == []


def test_rule_to3_a_sentence_saying_it_meets_a_requirement_counts_anywhere() -> None:
    text = (
        "Difficult Conversations in the Clinic\n\n"
        f"{DESIGNATION}\n"
        "Texas physicians: this webinar satisfies the board's two-hour requirement in medical "
        "ethics and professional responsibility.\n"
    )
    assert topics(text) == ["ethics"]
    negated = text.replace("this webinar satisfies", "this webinar does not satisfy")
    assert topics(negated) == []


def test_rule_to4_objectives_count_and_a_passing_mention_in_a_description_does_not() -> None:
    # A pain-management course that mentions opioids once, late in its description: the
    # subject is pain management; opioid prescribing is only a neighbouring subject.
    text = (
        "Non-Drug Approaches to Chronic Pain\n\n"
        "Overview\n"
        "Physical therapy, sleep and graded activity help patients with long-standing pain "
        "regain function. Patients who were once given opioids are welcome in the programme "
        "too.\n\n"
        "Learning Objectives\n"
        "- Design a graded activity plan for a patient with chronic pain.\n"
        f"\n{DESIGNATION}\n"
    )
    assert topics(text) == ["pain_management"]


def test_rule_to5_free_subjects_are_not_topics_and_acronyms_match_as_written() -> None:
    assert topics(f"Topics: Malaria, Nutrition Therapy\n\n{DESIGNATION}\n") == []
    assert codes_in("Fitting hearing aids for older adults") == ["geriatrics"]
    assert codes_in("Caring for people living with AIDS") == ["hiv_aids"]
    assert codes_in("Audit of AUD 40 fees") == []


def test_topic_cues_cover_the_vocabulary_and_cite_a_source_for_every_topic() -> None:
    cues = cue_data()["topics"]
    assert set(cues) == set(vocabulary())
    for code, entry in cues.items():
        assert entry["terms"] or entry["case_terms"], code
        assert entry["sources"], code
        assert all(s["url"].startswith("http") and s["quote"] for s in entry["sources"]), code
    raw = resources.files("opencme.ingest.parsing.data").joinpath("topic_cues.json").read_text()
    assert json.loads(raw)["requirement"]["citation"]


def test_parse_listing_keeps_the_proposed_codes_and_gives_them_a_confidence() -> None:
    """The combiner leaves a rules-only field's value alone and reports a confidence for it."""
    draft = parse_listing(
        "Recognizing Human Trafficking in the Emergency Department\n\n"
        "Learning Objectives\n- Name three signs that a patient may be trafficked.\n"
        f"\n{DESIGNATION}\n"
    )
    assert draft.record["topics"] == ["human_trafficking"]
    assert 0 < draft.confidence["topics"] <= 1


TOPIC_FRAGMENTS = st.sampled_from(
    [
        "Learning Objectives",
        "- ",
        "Topics: ",
        "meets the ",
        "does not satisfy the ",
        " requirement",
        "MATE Act",
        "medical errors",
        "opioid prescribing",
        "AIDS",
        "aids",
        "ethics",
        "Florida laws and rules",
        "Self-Assessment (ABS)",
        "designates this enduring material for a maximum of 1 AMA PRA Category 1 Credit.",
        ".",
        ":",
        "\n",
        " ",
        "<li>",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(TOPIC_FRAGMENTS, max_size=30).map("".join))
def test_topic_proposals_never_crash_and_are_vocabulary_codes(text: str) -> None:
    draft = parse_rules(text)
    assert set(draft.record["topics"]) <= set(vocabulary())
    if draft.record["topics"]:
        assert 0 < draft.confidence["topics"] <= 1
    else:
        assert "topics" not in draft.confidence
