"""What the learned list readers share (reading/list_spans.py): adding to the rules' list and
choosing the threshold on unseen pages with the corpus held at its target."""

from __future__ import annotations

from opencme.ingest.reading import list_spans
from opencme.ingest.reading.list_spans import Place


def test_added_keeps_the_rules_items_and_adds_new_likely_ones() -> None:
    found = [(0.9, "Ana Roe, MD"), (0.8, "Ben Cole"), (0.4, "Cy Dunn"), (0.95, "Ed Fox, RN")]
    assert list_spans.added(["Ed Fox"], found, 0.7) == ["Ed Fox", "Ana Roe, MD", "Ben Cole"]
    assert list_spans.added([], found, 1.01) == []
    # an item the list holds in a longer or shorter form is not added again
    assert list_spans.added(["registered nurses"], [(0.9, "nurses")], 0.5) == ["registered nurses"]


def test_threshold_gains_on_unseen_pages_while_the_corpus_stays_at_target() -> None:
    unseen: list[list_spans.Row] = [
        ([], [(0.8, "Ana Roe")], ["Ana Roe"]),  # adding from 0.8 gains
        ([], [(0.65, "Staff Person")], []),  # adding from 0.6 would lose here
    ]
    right: list[list_spans.Row] = [([f"P {i}"], [], [f"P {i}"]) for i in range(20)]
    assert list_spans.threshold(unseen, right, "faculty") == 0.8
    costly: list[list_spans.Row] = right[:4] + [([], [(0.85, "Someone Else")], [])] * 2
    assert list_spans.f1(costly, 0.8, "faculty") < 0.85
    assert list_spans.threshold(unseen, costly, "faculty") == 1.01


def test_of_thresholds_about_as_good_on_unseen_pages_the_one_the_corpus_reads_best() -> None:
    unseen: list[list_spans.Row] = [([], [(0.75, f"A{i}")], [f"A{i}"]) for i in range(60)]
    unseen.append(([], [(0.55, "C")], ["C"]))  # adding from 0.5 gains one more here
    corpus: list[list_spans.Row] = [([f"P{i}"], [], [f"P{i}"]) for i in range(40)]
    corpus.append(([], [(0.55, "Wrong")], []))  # and costs one on the corpus
    best, close = list_spans.f1(unseen, 0.5, "audience"), list_spans.f1(unseen, 0.7, "audience")
    assert best - list_spans.CLOSE < close < best
    assert list_spans.threshold(unseen, corpus, "audience") == 0.7
    assert list_spans.threshold(unseen, corpus[:-1], "audience") == 0.7  # ties: the higher
    unseen.append(([], [(0.55, "D")], ["D"]))  # two more: no longer about as good
    assert list_spans.threshold(unseen, corpus, "audience") == 0.5


def test_context_is_the_words_beside_the_span_and_the_heading_above() -> None:
    line = "Presented by: Ana Roe, MD (Chair)"
    place = Place(4, 2, line, 14, "Our Speakers")
    f = list_spans.context(place, 14, 25)
    assert {"l1=by", "l2=presented_by", "lmark=:", "r1=chair", "rmark=("} <= f
    assert {"above=our", "above=speakers"} <= f
    assert "above=none" in list_spans.context(Place(1, 0, line, 14, ""), 14, 25)


def test_lines_number_the_non_blank_lines_and_keep_a_short_line_above() -> None:
    text = "Title\n\nOur faculty\nAna Roe, MD\n" + "a long line of many words here " * 2
    got = list_spans.lines(text)
    assert [(no, i) for no, i, _l, _a in got] == [(1, 0), (3, 1), (4, 2), (5, 3)]
    assert got[2][3] == "Our faculty"
    assert got[3][3] == "Ana Roe, MD"
