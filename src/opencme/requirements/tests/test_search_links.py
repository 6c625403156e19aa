"""Gaps that search (``search_links``): each gap's finder question names what would close it.
Pure: shipped rule files, plain values, no database."""

from __future__ import annotations

from urllib.parse import parse_qs

from opencme.requirements.allocation import evaluate
from opencme.requirements.explain import Held, tracker_view
from opencme.requirements.loader import load_shipped
from opencme.requirements.rules import Filter
from opencme.requirements.search_links import (
    LIVE_FINDER_FORMATS,
    accepted_credit_types,
    gap_search_params,
    with_search_links,
)
from opencme.requirements.tests.helpers import credential, credit, day, physician

KNOWN = {"AMA_PRA_1", "AOA_1A", "AAPA_1", "ANCC", "ACPE", "IPCE", "APA", "ADA_CERP"}


def test_search_links_topic_gap_asks_for_its_topic_and_credit_types_free_first():
    f = Filter(credit_types=frozenset({"AMA_PRA_1"}), topics=frozenset({"medical_errors"}))
    assert gap_search_params(f, KNOWN) == (
        ("topic", "medical_errors"),
        ("credit_type", "AMA_PRA_1"),
        ("free", "true"),
    )
    assert ("free", "true") not in gap_search_params(f, KNOWN, free_first=False)


def test_search_links_accreditors_become_the_credit_types_they_accredit():
    # DEA MATE names accrediting bodies, not credit types: ACCME accredits AMA PRA Category 1,
    # AOA its Category 1-A, JA the IPCE credit (kinds.ACCREDITOR_OF_CREDIT_TYPE).
    f = Filter(accreditors=frozenset({"ACCME", "AOA", "JA"}), topics=frozenset({"x"}))
    assert accepted_credit_types(f, KNOWN) == ("AMA_PRA_1", "AOA_1A", "IPCE")
    # A credit type the finder does not know is left out rather than sent (it would be a 422).
    assert accepted_credit_types(f, {"AMA_PRA_1"}) == ("AMA_PRA_1",)
    assert accepted_credit_types(Filter(), KNOWN) == ()


def test_search_links_live_hours_ask_for_the_live_formats_and_anytime_for_none():
    live = gap_search_params(Filter(formats=frozenset({"live"})), KNOWN)
    assert [v for k, v in live if k == "format"] == list(LIVE_FINDER_FORMATS)
    anytime = gap_search_params(Filter(formats=frozenset({"anytime"})), KNOWN)
    assert not [v for k, v in anytime if k == "format"]


def test_search_links_board_points_use_the_moc_board_filter_only_without_credit_types():
    f = Filter(credit_types=frozenset({"ABIM"}))
    assert ("moc_board", "ABIM") in gap_search_params(f, KNOWN, {"ABIM"})
    both = Filter(credit_types=frozenset({"ABIM", "AMA_PRA_1"}))
    assert not [k for k, _ in gap_search_params(both, KNOWN, {"ABIM"}) if k == "moc_board"]


def test_search_links_every_gap_of_a_tracker_carries_its_question_and_met_ones_none():
    rule_sets = load_shipped()
    creds = [
        credential("us-dea-mate", "2027-06-30", key="1"),
        credential("us-fl-md", "2027-01-31", key="2", renewal_number=3),
    ]
    credits = [credit("a", "2026-01-10", 2, topics={"substance_use_disorders"})]
    result = evaluate(physician(), creds, credits, as_of=day("2026-03-01"), rule_sets=rule_sets)
    held = [
        Held(1, "dea", "DEA registration", "us-dea-mate", day("2027-06-30")),
        Held(2, "license", "Florida license", "us-fl-md", day("2027-01-31")),
    ]
    view = with_search_links(tracker_view(held, result, rule_sets, [], {}), rule_sets, KNOWN)
    dea = view.credentials[0]
    gap = dea.requirements[0]
    assert gap.is_gap
    assert gap.missing == 6
    asked = parse_qs(gap.find_query)
    assert asked["topic"] == ["substance_use_disorders"]
    assert "AMA_PRA_1" in asked["credit_type"]
    assert asked["free"] == ["true"]
    assert "free" not in parse_qs(gap.find_any_cost_query)
    florida = view.credentials[1]
    for req in florida.requirements:
        assert bool(req.find) == (req.is_gap and req.applies and not req.attestation), req.id
    # The timeline shows the same gaps, with their questions.
    entry = next(e for e in view.timeline if e.credential.pk == 1 and e.gaps)
    assert entry.gaps[0].find == gap.find
