"""Faster ways to ask the same question of a case-insensitive pattern (issue 18, speed).

Python's regex engine cannot skip ahead to the letters a case-insensitive pattern starts with,
and compares every letter case-insensitively: on ASCII text, the same pattern written in lower
case and searched case-sensitively in the lower-cased text finds the same places, faster
(`lower()` keeps every offset of ASCII text). So does text whose other characters have no case
at all (curly quotes, dashes, bullets: `foldable`); text with a cased one (an "é", a long s
that IGNORECASE matches as "s") goes to the pattern as written. Only what does not read
the matched text is offered (spans, a yes or no): the lower-cased copy must not leak out.
`tests/test_fastre.py` compares each answer with the plain pattern's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

# A twin needs a pattern already in lower case: then it means under IGNORECASE what it means
# without it on lower-case text. Named groups are the only upper case allowed; a scoped flag
# ("(?-i:") would turn IGNORECASE off in part of it, which lower-cased text cannot honour.
_NAMED = re.compile(r"\(\?P[<=]")
_FLAGS = re.compile(r"\(\?[a-zA-Z]*-")


def twin_pattern(rx: re.Pattern[str]) -> str | None:
    """The pattern of the case-sensitive twin of an IGNORECASE `rx` (its own, when in lower
    case), or None."""
    bare = _NAMED.sub("", rx.pattern)
    if not rx.flags & re.IGNORECASE or bare != bare.lower() or _FLAGS.search(bare):
        return None
    return rx.pattern


def foldable(text: str) -> bool:
    """Whether `text.lower()` changes only ASCII letters, so the twin may search it: every
    other character is caseless (neither `lower()` nor `upper()` changes it)."""
    return text.isascii() or all(c.lower() == c == c.upper() for c in set(text) if not c.isascii())


class Folded:
    """A case-insensitive pattern with its case-sensitive twin (`twin_pattern`), when it has
    one; a pattern without a twin is searched as written: slower, never wrong."""

    __slots__ = ("plain", "twin")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.plain = rx
        pattern = twin_pattern(rx)
        self.twin = None if pattern is None else re.compile(pattern, rx.flags & ~re.IGNORECASE)

    def found(self, text: str, low: str | None = None, fold: bool | None = None) -> bool:
        """Whether the pattern matches anywhere in `text`. `low` is `text.lower()` and `fold`
        is `foldable(text)` when the caller knows them (a page's: `Doc.low`, `Doc.foldable`);
        otherwise only ASCII text takes the twin."""
        if self.twin is not None and (text.isascii() if fold is None else fold):
            return self.twin.search(text.lower() if low is None else low) is not None
        return self.plain.search(text) is not None

    def spans(
        self, text: str, low: str | None = None, fold: bool | None = None
    ) -> Iterator[tuple[int, int]]:
        """The (start, end) of every match, as `finditer` gives them (`low` and `fold` as for
        `found`)."""
        if self.twin is not None and (text.isascii() if fold is None else fold):
            return (m.span() for m in self.twin.finditer(text.lower() if low is None else low))
        return (m.span() for m in self.plain.finditer(text))


@lru_cache(maxsize=1024)  # one a pattern: the twin is compiled once
def folded(rx: re.Pattern[str]) -> Folded:
    """`rx` with its twin (module constants are asked again and again)."""
    return Folded(rx)


def literal_alternation(words: Iterable[str]) -> str:
    """The pattern of `"|".join(map(re.escape, words))` with the words grouped by their first
    character (in order of first appearance, each group's words in their own order): at each
    place the engine tries one group, not every word. A case-sensitive pattern of it matches
    where and as the plain alternation does (only words of one first character can match at
    one place, and they keep their order); not for IGNORECASE, where "M" and "m" both can."""
    groups: dict[str, list[str]] = {}
    for w in words:
        if not w:
            raise ValueError("an empty word matches everywhere: no grouping keeps its order")
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(
        re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")"
        for first, rests in groups.items()
    )
