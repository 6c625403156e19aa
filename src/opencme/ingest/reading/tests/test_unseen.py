"""The last confidence curve, mapped on listings from sites no rule was written against."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from opencme.ingest.parsing import parse_listing
from opencme.ingest.reading.corpus import load_corpus
from opencme.ingest.reading.model_io import train, unpack
from opencme.ingest.reading.unseen import KEY, Row, adjust, fit

ROOT = Path(__file__).resolve().parents[5]
CORPUS = ROOT / "corpus" / "listings"


def _rows(field: str, confidence: float, right: int, wrong: int, sites: int = 10) -> list[Row]:
    flags = [True] * right + [False] * wrong
    return [Row(field, confidence, ok, f"site{i % sites}") for i, ok in enumerate(flags)]


def test_fields_stated_sure_but_often_wrong_come_down_to_how_often_they_were_right() -> None:
    curve = fit(_rows("title", 0.95, 60, 40) + _rows("format", 0.95, 62, 38))
    assert 0.5 < adjust(curve, "title", 0.95) < 0.7
    assert adjust(curve, "title", 0.95) < 0.9  # would be accepted without review unmapped


def test_a_field_right_more_often_keeps_more_of_its_confidence() -> None:
    curve = fit(_rows("title", 0.95, 40, 60) + _rows("start_date", 0.95, 95, 5))
    assert adjust(curve, "start_date", 0.95) > adjust(curve, "title", 0.95) + 0.2


def test_the_curve_keeps_the_order_of_confidences() -> None:
    rows = _rows("title", 0.6, 20, 80) + _rows("title", 0.97, 80, 20)
    curve = fit(rows)
    assert curve["a"] > 0
    assert adjust(curve, "title", 0.6) < adjust(curve, "title", 0.97)


def test_no_calibration_rows_change_nothing() -> None:
    curve = fit([])
    assert adjust(curve, "title", 0.93) == pytest.approx(0.93, abs=1e-3)


def _slice(start: int, n: int = 10) -> list[tuple[str, dict, str]]:
    listings = load_corpus(CORPUS)[start::41][:n]
    return [(x.text, x.record, x.site) for x in listings]


def test_a_model_trained_with_calibration_listings_states_what_they_measured() -> None:
    data = _slice(0)
    examples = [(t, r) for t, r, _s in data]
    groups = [s for _t, _r, s in data]
    held = _slice(7, 6)
    plain = train(examples, groups=groups)
    mapped = train(examples, groups=groups, unseen=held)
    assert mapped == train(examples, groups=groups, unseen=held)  # bit for bit
    curve = unpack(mapped)[1]["calibration"][KEY]
    assert curve["rows"] > 0
    assert curve["sites"] == len({s for _t, _r, s in held})
    text = data[0][0]
    before = parse_listing(text, model=plain)
    after = parse_listing(text, model=mapped)
    assert after.record == before.record  # values never change, only how sure they are
    assert {k: adjust(curve, k, c) for k, c in before.confidence.items()} == pytest.approx(
        after.confidence, abs=1e-4
    )


def test_train_parser_refuses_a_calibration_site_that_is_a_corpus_site(tmp_path: Path) -> None:
    site = sorted(CORPUS.iterdir())[0]
    shutil.copytree(site, tmp_path / "corpus" / site.name)
    shutil.copytree(site, tmp_path / "calibration" / site.name)
    with pytest.raises(CommandError, match=f"calibration sites are also corpus sites: {site.name}"):
        call_command(
            "train_parser",
            corpus=str(tmp_path / "corpus"),
            calibration=str(tmp_path / "calibration"),
        )


def test_a_value_a_learned_reader_chose_has_its_own_place_on_the_curve() -> None:
    """A learned reader states a choice's probability, not the rules' confidence: its values
    are mapped by an offset of their own (`field:reader`), found by the reader's note."""
    from opencme.ingest.parsing.draft import Diagnostic, Draft, empty_record
    from opencme.ingest.reading import description_lines, provider_spans
    from opencme.ingest.reading.unseen import curve_key

    record = empty_record()
    record["provider"] = "Quillmoor Nurses Guild"
    record["description"] = "A day of cases on wound care for community nurses in the region."
    read = Draft(
        record=record,
        diagnostics=[
            Diagnostic(
                "provider", 3, "Hosted by Quillmoor Nurses Guild", "used", provider_spans.NOTE
            ),
            Diagnostic("description", 5, record["description"], "used", "rules"),
        ],
    )
    assert curve_key(read, "provider") == "provider:reader"
    assert curve_key(read, "description") == "description"
    read.diagnostics.append(
        Diagnostic("description", 6, "Another paragraph.", "used", description_lines.NOTE)
    )
    assert curve_key(read, "description") == "description:reader"
    assert curve_key(read, "title") == "title"
    curve = {"a": 1.0, "b": 0.0, "offset": {"provider:reader": 1.0, "provider": -1.0}}
    assert adjust(curve, "provider:reader", 0.5) > 0.7 > 0.3 > adjust(curve, "provider", 0.5)


def test_a_field_whose_confidence_tells_right_from_wrong_keeps_its_spread() -> None:
    # the title's stated confidence sorts its right values from its wrong ones; the format's,
    # at the same two levels, says nothing: a slope each keeps the first apart, flattens the other
    told = _rows("title", 0.6, 10, 90) + _rows("title", 0.97, 90, 10)
    blind = _rows("format", 0.6, 50, 50) + _rows("format", 0.97, 50, 50)
    curve = fit((told + blind) * 3)
    title = adjust(curve, "title", 0.97) - adjust(curve, "title", 0.6)
    fmt = adjust(curve, "format", 0.97) - adjust(curve, "format", 0.6)
    assert title > 0.5
    assert fmt < 0.25


def test_a_way_of_reading_a_field_right_more_often_keeps_more_of_its_confidence() -> None:
    # the format's confidence is one number whichever way the rules read it; on unseen sites a
    # format a designation statement names was right far more often than one inferred from a
    # past session: an offset for each way within the field tells them apart
    named = [
        Row(r.field, r.confidence, r.right, r.group, "designation-statement")
        for r in _rows("format", 0.93, 90, 10)
    ]
    guessed = [
        Row(r.field, r.confidence, r.right, r.group, "past-session")
        for r in _rows("format", 0.93, 40, 60)
    ]
    curve = fit(named + guessed + _rows("title", 0.93, 70, 30))
    assert adjust(curve, "format", 0.93, "designation-statement") > 0.8
    assert adjust(curve, "format", 0.93, "past-session") < 0.55
    assert adjust(curve, "title", 0.93) == pytest.approx(adjust(curve, "title", 0.93, "heading"))
