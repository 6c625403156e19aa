"""The finder's "closes a gap" notes (``finder_marks``): pure, from catalog records."""

from __future__ import annotations

from opencme.requirements.finder_marks import NOTES_SHOWN, OpenGap, gap_notes
from opencme.requirements.rules import Filter
from opencme.requirements.tests.helpers import day

TODAY = day("2026-03-01")


def _gap(label: str, **filter_values: frozenset[str]) -> OpenGap:
    return OpenGap(
        "DEA registration", label, Filter(**filter_values), None, day("2027-06-30"), True
    )


def _record(rid: int, types: list[str], topics: list[str], fmt: str = "enduring") -> dict:
    return {
        "id": rid,
        "format": fmt,
        "topics": topics,
        "credits": [{"type": t, "amount": "1.25"} for t in types],
        "moc": [],
    }


def _topics(values: list[str]) -> frozenset[str]:
    return frozenset(values)


SUD = _gap(
    "8 hours on substance use disorders",
    topics=frozenset({"substance_use_disorders"}),
    accreditors=frozenset({"ACCME", "AOA"}),
)


def test_finder_marks_a_record_with_the_topic_and_an_accepted_credit_closes_the_gap():
    records = [
        _record(1, ["AMA_PRA_1"], ["substance_use_disorders"]),
        _record(2, ["AMA_PRA_1"], ["medical_errors"]),  # other topic
        _record(3, ["ACPE"], ["substance_use_disorders"]),  # ACPE is not an accepted body
    ]
    notes = gap_notes(records, [SUD], TODAY, _topics)
    assert notes == {1: ["Closes a gap: DEA registration, 8 hours on substance use disorders"]}


def test_finder_marks_live_hours_need_a_live_format_and_the_window_must_be_open():
    live = _gap("10 live hours", formats=frozenset({"live"}))
    records = [_record(1, ["AMA_PRA_1"], [], "enduring"), _record(2, ["AMA_PRA_1"], [], "rss")]
    assert set(gap_notes(records, [live], TODAY, _topics)) == {2}
    closed = OpenGap("X", "y", Filter(), None, day("2026-01-01"), False)
    assert gap_notes(records, [closed], TODAY, _topics) == {}


def test_finder_marks_board_points_count_as_the_boards_credit_type():
    points = _gap("100 MOC points", credit_types=frozenset({"ABIM"}))
    record = _record(1, ["AMA_PRA_1"], [])
    assert gap_notes([record], [points], TODAY, _topics) == {}
    record["moc"] = [{"board": "ABIM", "points": "1.25"}]
    assert set(gap_notes([record], [points], TODAY, _topics)) == {1}


def test_finder_marks_many_gaps_show_a_few_notes_and_how_many_more():
    gaps = [_gap(f"gap {i}") for i in range(NOTES_SHOWN + 2)]
    notes = gap_notes([_record(1, ["AMA_PRA_1"], [])], gaps, TODAY, _topics)[1]
    assert len(notes) == NOTES_SHOWN + 1
    assert notes[-1] == "and 2 more gaps of yours"
