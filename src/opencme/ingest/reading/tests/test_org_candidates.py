"""The provider ranker's candidate organisations (reading/orgs.py): what a name is."""

from __future__ import annotations

from opencme.ingest.reading.orgs import candidates
from opencme.ingest.reading.segment import segment


def _names(text: str) -> set[str]:
    return {c.name for c in candidates(segment(text))}


def test_a_name_ends_at_a_sentence_end() -> None:
    text = (
        "Migraine\n\nAnn Lee, MD, is Director of the Harbor Headache Center at Eastvale "
        "University. He is a Fellow of the Northern Academy of Neurology.\n"
    )
    names = _names(text)
    assert not [n for n in names if ". " in n]
    assert "Harbor Headache Center at Eastvale University" in names or (
        "Eastvale University" in names
    )
    # an abbreviation's full stop is no sentence end
    names = _names("Wound Care\n\nOffered by Fenwick Co. Ltd. and St. Anne Hospital.\n")
    assert "St. Anne Hospital" in names


def test_a_name_holding_an_activity_noun_is_marked() -> None:
    text = "Tumors\n\nThe Harbor Hospital Tumor Conference meets weekly. Harbor Hospital hosts.\n"
    feats = {c.name: c.feats for c in candidates(segment(text))}
    assert "event_word" in feats["Harbor Hospital Tumor Conference"]
    assert "event_word" not in feats["Harbor Hospital"]
