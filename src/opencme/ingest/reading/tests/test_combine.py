"""The combiner follows its out-of-fold table; span rules cut names and titles generally."""

from __future__ import annotations

from opencme.ingest.parsing.draft import Diagnostic, Draft
from opencme.ingest.reading.combine import choose, combine, rate, shrunk, situation, way
from opencme.ingest.reading.extract import audience_items, clean_title
from opencme.ingest.reading.people import person_spans

# cells: [whole field right, seen, items right, items wrong]
CAL = {
    "title": {
        "disagree|hi|prose": {"rule": [2, 20, 2, 18], "tag": [15, 20, 15, 5]},
        "tag|lo": {"tag": [1, 20, 1, 19]},
        "tag|top": {"tag": [18, 20, 18, 2]},
        "rule|key": {"rule": [19, 20, 19, 1]},
    }
}


def test_choose_takes_the_source_that_was_right_more_often_when_they_disagree() -> None:
    source, confidence = choose(CAL, "title", "disagree|hi|prose") or ("", 0.0)
    assert source == "tag"
    assert confidence == rate(CAL, "title", "disagree|hi|prose", "tag")
    assert 0.5 < confidence < 15 / 20  # shrunk from 15 of 20 toward the field's pooled rate


def test_choose_drops_a_lone_tagger_value_that_was_mostly_wrong_and_keeps_a_good_one() -> None:
    assert choose(CAL, "title", "tag|lo") is None
    assert choose(CAL, "title", "tag|top") == ("tag", rate(CAL, "title", "tag|top", "tag"))
    assert choose(CAL, "title", "rule|key") == ("rule", rate(CAL, "title", "rule|key", "rule"))


def test_a_rate_from_few_samples_is_shrunk_below_review_and_a_well_measured_one_is_not() -> None:
    cal = {
        "expires": {
            "rule|key": {"rule": [12, 12, 12, 0]},  # 12 of 12: a streak as much as a fact
            "rule|prose": {"rule": [30, 60, 30, 30]},
        },
        "start_date": {"rule|key": {"rule": [396, 400, 396, 4]}},
    }
    few = rate(cal, "expires", "rule|key", "rule") or 0.0
    assert few < 0.9  # Laplace's (12 + 1) / (12 + 2) = 0.93 would pass it unreviewed
    assert few > 30 / 60  # still above the field's pooled rate: its own counts count
    assert (rate(cal, "start_date", "rule|key", "rule") or 0.0) > 0.98
    assert shrunk(4, 4, 0.5, weight=4) == 0.75


def test_situation_of_a_title_names_how_the_rules_found_it() -> None:
    diags = [
        Diagnostic("provider", 1, "Acme", "used", "provided by"),
        Diagnostic("title", 3, "The Big Meeting, Rome, ...", "used", "EACCME statement"),
    ]
    assert way("title", diags) == "eaccme-statement"
    assert way("title", [Diagnostic("title", 1, "Title: X", "used")]) == "key"
    assert way("title", []) == "other"
    assert situation("title", "The Big Meeting", None, [], diags) == "rule|eaccme-statement"
    # a field outside BY_WAY keeps key or prose
    assert situation("provider", "Acme", None, [], diags) == "rule|prose"


def test_split_situations_keep_a_good_way_and_drop_a_bad_one() -> None:
    cal = {
        "title": {
            "rule|heading": {"rule": [2, 30, 2, 28]},
            "rule|eaccme-statement": {"rule": [19, 20, 19, 1]},
        }
    }
    assert choose(cal, "title", "rule|heading") is None
    assert choose(cal, "title", "rule|eaccme-statement") is not None


def test_person_spans_keep_credentials_and_leave_roles_and_places_out() -> None:
    assert person_spans("Presented by Jane Q. Roe, MD, PhD, Chair of Medicine") == [
        "Jane Q. Roe, MD, PhD"
    ]
    assert person_spans("Speakers: Ann Lee, RN and Dr. Omar Said") == [
        "Ann Lee, RN",
        "Dr. Omar Said",
    ]
    assert person_spans("Philadelphia, PA") == []


def test_clean_title_drops_a_site_name_tail_and_a_credit_parenthesis() -> None:
    assert clean_title("Sepsis Update (1.5 CE Hours) | Acme Health Academy") == "Sepsis Update"
    assert clean_title("Heart Failure - Part 2") == "Heart Failure - Part 2"


def test_audience_items_read_the_list_after_an_intended_for_lead() -> None:
    text = "This activity is intended for physicians, nurse practitioners and pharmacists."
    assert audience_items(text) == ["physicians", "nurse practitioners", "pharmacists"]


def test_combine_reads_the_way_from_the_rule_drafts_diagnostics() -> None:
    cal = {
        "title": {
            "rule|heading": {"rule": [2, 30, 2, 28]},
            "rule|eaccme-statement": {"rule": [19, 20, 19, 1]},
        }
    }

    def drafted(note: str) -> Draft:
        diags = [Diagnostic("title", 2, "The Big Meeting", "used", note)]
        return Draft({"title": "The Big Meeting"}, diags)

    by_heading, by_statement = drafted("heading"), drafted("EACCME statement")
    combine(by_heading, [], {}, cal)
    combine(by_statement, [], {}, cal)
    assert by_heading.record["title"] is None
    assert by_statement.record["title"] == "The Big Meeting"
    want = rate(cal, "title", "rule|eaccme-statement", "rule") or 0.0
    assert by_statement.confidence["title"] == round(want, 4)


def test_the_readers_audience_items_name_people() -> None:
    # a line the tagger reads as audience that names no people gives no items (R-AU-3)
    assert audience_items("This webinar is designed to meet the needs of busy clinics.") == []
    assert audience_items("This webinar is designed for nurses and busy clinics.") == ["nurses"]
