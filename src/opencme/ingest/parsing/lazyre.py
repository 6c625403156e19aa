"""Patterns compiled when first used, so `opencme parse-listing` starts in under half a second.

The rule extractors hold about twelve hundred module-level patterns, and compiling them all
took most of the command's start-up (0.4 s of 0.7 s, 2026-12-06); parsing one listing asks
only a few hundred of them (the rest wait behind cheaper guards). `lazy_compile` returns a
stand-in that compiles on its first search, match, sub, ... and from then on hands out the
compiled pattern's own bound methods (no per-call cost once warm). `pattern` is there from
the start, so a pattern can still be spliced into another (`rf"...{X.pattern}..."`) without
compiling it. A malformed pattern now raises at first use; the unit tests use every one.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """A pattern that compiles on first use (see the module's docstring)."""

    __slots__ = ("pattern", "_flags", "_rx", *_METHODS)

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._rx: re.Pattern[str] | None = None

    def _compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(rx, name))
        return rx

    def __getattr__(self, name: str) -> Any:
        # asked only for what is not set yet: the methods before the first use, `flags`,
        # `groups`, `groupindex` (always the compiled pattern's own)
        return getattr(self._compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r})"


def lazy_compile(pattern: str | re.Pattern[str], flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, deferred to the pattern's first use (a compiled pattern is returned as
    it is)."""
    if not isinstance(pattern, str):
        return pattern
    return cast(re.Pattern[str], LazyPattern(pattern, flags))
