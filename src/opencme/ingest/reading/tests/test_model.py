"""The shipped model matches the corpus in the tree; training is bit-for-bit reproducible."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from opencme.ingest.parsing import parse_listing
from opencme.ingest.reading.corpus import CorpusError, corpus_digest, load_corpus, write_model
from opencme.ingest.reading.model_io import CRF_FILE, MANIFEST_FILE, META_FILE, train, unpack
from opencme.ingest.reading.score import filled

ROOT = Path(__file__).resolve().parents[5]
CORPUS = ROOT / "corpus" / "listings"
CALIBRATION = ROOT / "corpus" / "calibration"


def _slice(n: int = 12) -> list[tuple[str, dict, str]]:
    listings = load_corpus(CORPUS)[::37][:n]
    return [(x.text, x.record, x.site) for x in listings]


def test_manifest_corpus_digest_matches_the_corpus_in_the_tree() -> None:
    manifest = json.loads(MANIFEST_FILE.read_text(encoding="utf-8"))
    assert manifest["corpus"]["sha256"] == corpus_digest(CORPUS), (
        "the shipped reader model was trained on another corpus: run `opencme train-parser`"
    )
    # the model's two files are the ones the manifest was written with
    assert manifest["crf_sha256"] == hashlib.sha256(CRF_FILE.read_bytes()).hexdigest()
    head = META_FILE.read_bytes().rstrip(b"\n")
    assert manifest["reader_sha256"] == hashlib.sha256(head).hexdigest()
    assert manifest["calibration_corpus"]["sha256"] == corpus_digest(CALIBRATION), (
        "the shipped confidence was mapped on other calibration listings: run "
        "`opencme train-parser`"
    )


def test_train_twice_on_the_same_slice_gives_identical_bytes(tmp_path: Path) -> None:
    data = _slice()
    examples = [(t, r) for t, r, _s in data]
    groups = [s for _t, _r, s in data]
    first = train(examples, groups=groups)
    second = train(examples, groups=groups)
    assert first == second
    for name in ("a", "b"):
        write_model(first, "digest", len(examples), tmp_path / name / "reader.crfsuite")
    for file in ("reader.crfsuite", "reader.json", "manifest.json"):
        assert (tmp_path / "a" / file).read_bytes() == (tmp_path / "b" / file).read_bytes()


def test_parse_listing_with_a_model_gives_a_confidence_for_every_filled_field() -> None:
    data = _slice()
    model = train([(t, r) for t, r, _s in data], groups=[s for _t, _r, s in data])
    draft = parse_listing(data[0][0], model=model)
    stated = [k for k, v in draft.record.items() if filled(k, v)]
    assert stated
    assert set(draft.confidence) == set(stated)
    assert all(0.0 <= c <= 1.0 for c in draft.confidence.values())


def test_unpack_refuses_bytes_that_are_not_a_model() -> None:
    with pytest.raises(ValueError, match="not an OpenCME reader model"):
        unpack(b"crfsuite bytes")


def test_load_corpus_names_the_file_a_label_lacks(tmp_path: Path) -> None:
    site = tmp_path / "example.org"
    site.mkdir()
    (site / "course.label.json").write_text('{"record": {}}', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"course\.txt: missing"):
        load_corpus(tmp_path)


def test_train_parser_command_reports_a_missing_corpus_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such corpus directory"):
        call_command("train_parser", corpus=str(tmp_path / "nowhere"))
