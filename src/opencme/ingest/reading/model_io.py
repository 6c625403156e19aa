"""Training entry point, the model's byte format and the lazily loaded shipped model.

A model is one bytes value: a header line (`OPENCME-READER 1`), one line of JSON (label set,
settings, calibration) and the crfsuite model. On disk the shipped model is the crfsuite file
`model/reader.crfsuite`, that line of JSON as `model/reader.json` (the model's own bytes, so
loading it parses the JSON once and writes none) and `model/manifest.json`, the digests of
the corpus and calibration listings it was trained on and of the two files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from opencme.ingest.parsing.draft import Draft
from opencme.ingest.reading.align import LABELS, align
from opencme.ingest.reading.extract import EXTRACTED, Found, extract
from opencme.ingest.reading.features import sequence_features
from opencme.ingest.reading.segment import Segment, listing_text, segment
from opencme.ingest.reading.stack import rule_marks
from opencme.ingest.reading.tagger import SETTINGS, Tagger, train_crf

MAGIC = b"OPENCME-READER 1\n"
MODEL_DIR = Path(__file__).resolve().parent / "model"
CRF_FILE = MODEL_DIR / "reader.crfsuite"
MANIFEST_FILE = MODEL_DIR / "manifest.json"
META_FILE = MODEL_DIR / "reader.json"

Example = tuple[str, dict[str, Any]]
# a calibration listing: text, record and its site (unseen.py)
Unseen = tuple[str, dict[str, Any], str]


def dumps(obj: object) -> str:
    """JSON that is the same bytes every time: sorted keys, floats rounded to 4 places."""

    def rnd(v: Any) -> Any:
        if isinstance(v, float):
            return round(v, 4)
        if isinstance(v, dict):
            return {k: rnd(x) for k, x in v.items()}
        if isinstance(v, list | tuple):
            return [rnd(x) for x in v]
        return v

    return json.dumps(rnd(obj), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def pack(crf: bytes, meta: dict[str, Any]) -> bytes:
    return MAGIC + dumps(meta).encode() + b"\n" + crf


def unpack(model: bytes) -> tuple[bytes, dict[str, Any]]:
    if not model.startswith(MAGIC):
        raise ValueError("not an OpenCME reader model (bad header)")
    head, _nl, crf = model[len(MAGIC) :].partition(b"\n")
    return crf, json.loads(head)


def sequences(examples: list[Example]) -> list[tuple[list[list[str]], list[str]]]:
    from opencme.ingest.parsing.parser import parse_rules

    out = []
    for text, record in examples:
        segs = segment(listing_text(text))
        rule = parse_rules(text)
        marks = rule_marks(rule.record, rule.diagnostics, segs)
        out.append((sequence_features(segs, marks), align(segs, record)))
    return out


def train_tagger(examples: list[Example]) -> bytes:
    """The crfsuite model alone, trained on the examples in the order given."""
    return train_crf(sequences(examples))


def train(
    examples: list[Example],
    *,
    groups: list[str] | None = None,
    unseen: list[Unseen] | None = None,
) -> bytes:
    """A model (bytes) from (text, record) pairs: the tagger trained on all of them and the
    combiner's calibration measured out of fold (folds by `groups`, e.g. the listing's site).
    With `unseen` listings (sites no rule was written against), the learned readers learn
    from them too (`crossfit`), and the finished model's confidences are mapped to how often
    such fields were right there (`unseen.py`), each listing read out of fold."""
    from opencme.ingest.reading import unseen as recal

    crf, meta, rows = trained(examples, groups=groups, unseen=unseen or [])
    if unseen:
        meta["calibration"][recal.KEY] = recal.fit(rows)
    return pack(crf, meta)


def trained(
    examples: list[Example], *, groups: list[str] | None, unseen: list[Unseen]
) -> tuple[bytes, dict[str, Any], list[Any]]:
    """The tagger, the model's JSON part without the unseen-sites curve, and the rows that
    curve is fitted on: each calibration listing read by the model whose learned readers were
    trained without its fold of sites (`crossfit`)."""
    from opencme.ingest.reading import (
        audience_spans,
        description_lines,
        faculty_spans,
        provider_spans,
        title_lines,
    )
    from opencme.ingest.reading.calibrate import FOLDS, calibrate, fold_of
    from opencme.ingest.reading.unseen import rows_of

    crf = train_tagger(examples)
    cal = calibrate(examples, groups)
    cal[title_lines.KEY] = title_lines.train(examples, unseen)
    by_fold: dict[str, list[dict[str, float]]] = {}
    readers = (
        (provider_spans.KEY, provider_spans.train),
        (description_lines.KEY, description_lines.train),
        (faculty_spans.KEY, faculty_spans.train),
        (audience_spans.KEY, audience_spans.train),
    )
    for key, learn in readers:
        cal[key], by_fold[key] = learn(examples, unseen, groups)
    meta = {"labels": list(LABELS), "settings": SETTINGS, "calibration": cal}
    rows: list[Any] = []
    folds = fold_of([site for *_x, site in unseen]) if unseen else []
    for k in range(FOLDS):
        part = [u for u, f in zip(unseen, folds, strict=True) if f == k]
        if part:
            cal_k = {**cal, **{key: {**cal[key], "weights": w[k]} for key, w in by_fold.items()}}
            rows += rows_of(part, pack(crf, {**meta, "calibration": cal_k}))
    return crf, meta, rows


@dataclass(slots=True)
class Reading:
    segments: list[Segment]
    tags: list[str]
    marginals: list[dict[str, float]]
    found: dict[str, Found]


@dataclass(slots=True)
class Reader:
    tagger: Tagger
    meta: dict[str, Any]


@lru_cache(maxsize=4)
def _reader(model: bytes) -> Reader:
    crf, meta = unpack(model)
    return Reader(Tagger(crf), meta)


@lru_cache(maxsize=1)
def shipped_model() -> bytes | None:
    """The model shipped in `model/`, or None when it has not been trained yet: its files'
    bytes as they are (re-encoding the 750 KB of JSON cost a fifth of the command's start)."""
    if not CRF_FILE.exists() or not META_FILE.exists():
        return None
    return MAGIC + META_FILE.read_bytes().rstrip(b"\n") + b"\n" + CRF_FILE.read_bytes()


def reader_for(model: bytes) -> Reader:
    return _reader(model)


def read(text: str, model: bytes, rule: Draft | None = None) -> Reading:
    """Tag one listing (text as given to parse_listing) with a model; `rule` is the rule
    parser's draft of the same text (computed here when not given)."""
    if rule is None:
        from opencme.ingest.parsing.parser import parse_rules

        rule = parse_rules(text)
    reader = _reader(model)
    segs = segment(listing_text(text))
    marks = rule_marks(rule.record, rule.diagnostics, segs)
    tags, marg = reader.tagger.tag(sequence_features(segs, marks), EXTRACTED)
    found = extract(segs, tags, marg, rule.record)
    return Reading(segs, tags, marg, found)
