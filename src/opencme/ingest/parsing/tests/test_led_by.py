"""vocab.led_by: a pattern behind a look-ahead of its first characters matches as the pattern.

The first characters are listed by hand beside each pattern; a new alternative starting with
a character not listed would silently never match. This test reads every such pattern of the
rule modules back to the plain pattern and compares their matches over the corpus and the
fixtures, so a forgotten first character shows up as soon as some listing has that match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest

from opencme.ingest.parsing import cost, credits, dates, statements
from opencme.ingest.parsing.layouts import build_doc
from opencme.ingest.parsing.lazyre import LazyPattern
from opencme.ingest.parsing.tests.conftest import FIXTURES
from opencme.ingest.parsing.vocab import led_by

CORPUS = Path(__file__).resolve().parents[5] / "corpus" / "listings"
_LEAD = re.compile(r"^\(\?=\[(?P<first>(?:\\.|[^\]\\])+)\]\)\(\?:(?P<body>.*)\)$", re.DOTALL)


def _led(module: object) -> Iterator[tuple[str, re.Pattern[str]]]:
    for name, value in vars(module).items():
        found = value.values() if isinstance(value, dict) else [value]
        for rx in found:
            # a module pattern is compiled or waits for its first use (lazyre.py)
            if isinstance(rx, re.Pattern | LazyPattern) and _LEAD.match(rx.pattern):
                yield f"{getattr(module, '__name__', '?')}.{name}", cast(re.Pattern[str], rx)


def _plain(rx: re.Pattern[str]) -> re.Pattern[str]:
    m = _LEAD.match(rx.pattern)
    assert m is not None
    return re.compile(m.group("body"), rx.flags)


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


LED = [pair for module in (cost, credits, dates, statements) for pair in _led(module)]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    paths = sorted(CORPUS.glob("*/*.txt")) + sorted(FIXTURES.glob("*.txt"))
    return [build_doc(p.read_text(encoding="utf-8")).flat for p in paths]


def test_the_rule_modules_use_led_patterns() -> None:
    names = {name.rsplit(".", 1)[1] for name, _rx in LED}
    assert {"MDY", "_CLOCK", "_COST_HINT", "_STRONG_NEG", "_ACCREDITATION"} <= names


@pytest.mark.parametrize(("name", "rx"), LED, ids=[name for name, _rx in LED])
def test_led_pattern_matches_as_the_plain_pattern(
    name: str, rx: re.Pattern[str], texts: list[str]
) -> None:
    plain = _plain(rx)
    assert any(plain.search(t) for t in texts), f"{name} matches nothing in the corpus"
    for text in texts:
        assert _spans(rx, text) == _spans(plain, text), name


def test_a_missing_first_character_loses_matches(texts: list[str]) -> None:
    """The comparison above can fail: the clock pattern without "n" misses every "noon"."""
    short = led_by(r"\d", _plain(dates._CLOCK).pattern, dates._CLOCK.flags)
    assert any(_spans(short, t) != _spans(dates._CLOCK, t) for t in texts)
