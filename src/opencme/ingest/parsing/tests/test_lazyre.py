"""lazyre: a module pattern compiles at its first use and then answers as re.compile's."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import LazyPattern, lazy_compile


def test_a_pattern_is_not_compiled_until_it_is_used() -> None:
    rx = lazy_compile(r"(?P<n>\d+)\s+credits?", re.IGNORECASE)
    assert isinstance(rx, LazyPattern)
    assert rx._rx is None
    assert rx.pattern == r"(?P<n>\d+)\s+credits?"  # spliceable without compiling
    assert rx._rx is None


def test_a_used_pattern_answers_as_the_compiled_one() -> None:
    text = "Earn 2 Credits today, or 3 credit next week."
    lazy = lazy_compile(r"(?P<n>\d+)\s+credits?", re.IGNORECASE)
    plain = re.compile(r"(?P<n>\d+)\s+credits?", re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert lazy.sub("N", text) == plain.sub("N", text)
    assert lazy.findall(text) == plain.findall(text)
    assert lazy.search(text, 10)["n"] == "3"  # type: ignore[index]
    assert lazy.flags == plain.flags
    assert lazy.groupindex == plain.groupindex


def test_a_compiled_pattern_is_given_back_as_it_is() -> None:
    plain = re.compile("x")
    assert lazy_compile(plain) is plain
