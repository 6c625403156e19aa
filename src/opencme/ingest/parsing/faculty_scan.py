"""A cheap test before faculty's reading of people after an agent phrase (R-PE-3; issue 18,
speed): a line may hold a person `faculty.people_at` accepts only with an honorific, or a token
of two or more capitals or dotted letters after a word (a credential).

The test was one pattern of three branches, `\\b(?:Drs?|Prof|Professor)\\b|[a-z],? [A-Z][A-Za-z]*
[A-Z]|\\b[A-Z][a-z]?\\.[A-Z]`, which the regex engine tries at every character; the branches
apart, each behind a substring it needs, find the same lines in about half the time
(tests/test_faculty_speed_r15.py compares the two).
"""

from __future__ import annotations

from opencme.ingest.parsing.lazyre import lazy_compile

_HON_WORD = lazy_compile(r"\b(?:Drs?|Prof|Professor)\b")
_CAPS_AFTER_WORD = lazy_compile(r"[a-z],? [A-Z][A-Za-z]*[A-Z]")
_DOTTED = lazy_compile(r"\b[A-Z][a-z]?\.[A-Z]")


def may_hold_person(text: str) -> bool:
    """Whether `text` holds an honorific or a credential-shaped token after a word (module
    docstring): "Dr" or "Prof" before the honorific's pattern, a full stop before the dotted
    letters'."""
    return (
        (("Dr" in text or "Prof" in text) and _HON_WORD.search(text) is not None)
        or _CAPS_AFTER_WORD.search(text) is not None
        or ("." in text and _DOTTED.search(text) is not None)
    )
