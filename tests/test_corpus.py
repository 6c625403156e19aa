"""The listing corpus holds to docs/corpus.md: its layout, at most 3 listings a site, and label
files whose record is a valid activity record (a missing provider aside: a listing may name
none) with a source address for every listing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from opencme.activities.records import parse_record
from opencme.core.record import RECORD_KEYS

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "listings"
# listings no rule was written against: the reader's confidence is calibrated on them
CALIBRATION = CORPUS.parent / "calibration"
NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
SITE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+$")
TAGS = {
    "professions": {
        "physician",
        "nurse",
        "pharmacist",
        "physician_assistant",
        "social_worker",
        "dentist",
        "psychologist",
        "other",
    },
    "kind": {"live", "webinar", "rss", "journal", "enduring", "other"},
    "shape": {"prose", "table", "kv", "glued", "excerpt"},
}


def labels(root: Path = CORPUS) -> list[Path]:
    return sorted(root.glob("*/*.label.json"))


def every_label() -> list[Path]:
    return labels(CORPUS) + labels(CALIBRATION)


@pytest.mark.parametrize("root", [CORPUS, CALIBRATION], ids=lambda p: p.name)
def test_every_file_belongs_to_a_listing_with_a_label(root: Path) -> None:
    assert labels(root)
    for path in root.glob("*/*"):
        stem = path.name.split(".", 1)[0]
        assert path.name.endswith((".txt", ".html", ".label.json")), path
        assert NAME.match(stem), path
        assert SITE.match(path.parent.name), path
        assert (path.parent / f"{stem}.label.json").exists(), path
        assert (path.parent / f"{stem}.txt").exists(), path


def test_at_most_three_listings_a_site() -> None:
    per_site = Counter(path.parent.name for path in labels())
    assert sum(per_site.values()) >= 470, sum(per_site.values())  # the corpus only grows
    assert len(per_site) >= 420, len(per_site)
    assert [site for site, n in per_site.items() if n > 3] == []


def test_calibration_sites_are_not_corpus_sites() -> None:
    """A site in both would let the rules written against its corpus listings flatter the
    confidence measured on its calibration listing (docs/corpus.md 'Blind batches')."""
    per_site = Counter(path.parent.name for path in labels(CALIBRATION))
    assert sum(per_site.values()) >= 50, sum(per_site.values())
    assert [site for site, n in per_site.items() if n > 3] == []
    assert sorted(set(per_site) & {path.parent.name for path in labels()}) == []


def test_no_listing_twice() -> None:
    """The same page saved twice would count twice, and could sit on both sides of a split."""
    seen: dict[str, Path] = {}
    for path in every_label():
        url = json.loads(path.read_text(encoding="utf-8"))["source"]["url"]
        text = (path.parent / path.name.replace(".label.json", ".txt")).read_bytes()
        for key in (url, hashlib.sha256(text).hexdigest()):
            assert key not in seen, (path, seen.get(key))
            seen[key] = path


@pytest.mark.parametrize(
    "path", every_label(), ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.name}"
)
def test_label_is_a_checked_record_with_its_source(path: Path) -> None:
    label = json.loads(path.read_text(encoding="utf-8"))
    assert set(label) == {"source", "tags", "record"}
    source = label["source"]
    assert re.match(r"^https?://", source["url"]), source
    dt.date.fromisoformat(source["retrieved"])
    assert source["via"] in ("search:pages", "seed"), source
    tags = label["tags"]
    assert set(tags["professions"]) <= TAGS["professions"], tags
    assert tags["kind"] in TAGS["kind"], tags
    assert set(tags["shape"]) <= TAGS["shape"], tags
    assert isinstance(tags["region"], str), tags
    assert len(tags["region"]) == 2, tags
    record = label["record"]
    assert set(record) == set(RECORD_KEYS), sorted(set(record) ^ set(RECORD_KEYS))
    problems = [p for p in parse_record(record).problems if p.field != "provider"]
    assert problems == [], problems
    text = (path.parent / path.name.replace(".label.json", ".txt")).read_text(encoding="utf-8")
    if record["title"]:
        # the title is the page's own, word for word (spacing and case aside)
        squeeze = lambda s: " ".join(s.split()).casefold()  # noqa: E731
        assert squeeze(record["title"]) in squeeze(text), record["title"]
