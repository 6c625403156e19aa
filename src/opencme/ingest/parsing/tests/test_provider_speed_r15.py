"""provider_cues.cued_agents reads a page once with every rank and answers a bounded ask from
it: the same answer as reading the page with the bound, on every corpus listing and on
invented pages with cues of several ranks."""

from __future__ import annotations

from pathlib import Path

import pytest

from opencme.ingest.parsing.layouts import build_doc
from opencme.ingest.parsing.provider_cues import _cued_agents, cued_agents

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"

_PAGES = [
    "Heart Update\nThis activity is offered by the Lakeside Heart Society.\n"
    "Provided by the Northfield Medical Association.",
    "Jointly provided by Rivermouth University and the Pine Valley Nursing Council.\n"
    "Sponsored by Acme Devices Inc.",
    "Presented by Jo Roe, MD\nOrganized by the Harbor Pharmacists Guild.",
    "Nothing here names an agent.",
]


def _bounded(text: str, max_rank: int) -> object:
    found = _cued_agents(build_doc(text), max_rank)
    return found[1] if found else None


@pytest.mark.parametrize("text", _PAGES)
@pytest.mark.parametrize("max_rank", [0, 1, 2, 3, 4, 9])
def test_invented_pages(text: str, max_rank: int) -> None:
    assert cued_agents(build_doc(text), max_rank) == _bounded(text, max_rank)


def test_every_corpus_page_reads_as_with_its_bound() -> None:
    files = sorted(CORPUS.glob("*/*.txt"))
    assert len(files) > 400
    found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        doc = build_doc(text)
        for max_rank in (2, 9, 1, 3):  # asked in any order on one Doc
            want = _bounded(text, max_rank)
            assert cued_agents(doc, max_rank) == want, (path, max_rank)
            found += want is not None
    assert found > 50
