"""The topic vocabulary: what an activity is about, in the terms requirement rules use.

Kept as data (``data/topics.json``) in ``accreditation`` because every layer below needs it:
activities store topic codes, the importer proposes them, the finder facets on them and the
requirement rule files filter on them. Pure: no ORM, no Django.

Codes are stable; labels are for people. A state's laws and rules are one code per state,
narrower than ``laws_and_rules`` (see :func:`with_broader`). ``approvals`` are what an activity
may declare it meets (an approval body's or a named requirement's), which rule files ask for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from opencme.core.errors import Problem

DATA_FILE = Path(__file__).resolve().parent / "data" / "topics.json"
_SPACE = re.compile(r"[\s_]+")


@dataclass(frozen=True)
class Topic:
    code: str
    label: str
    group: str
    state: str = ""
    broader: str = ""
    mandated_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    code: str
    label: str
    topics: tuple[Topic, ...]


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


def _topics() -> dict[str, Topic]:
    return {
        code: Topic(
            code=code,
            label=raw["label"],
            group=raw["group"],
            state=raw.get("state", ""),
            broader=raw.get("broader", ""),
            mandated_by=tuple(raw.get("mandated_by", ())),
        )
        for code, raw in _data()["topics"].items()
    }


VOCABULARY: Mapping[str, Topic] = MappingProxyType(_topics())
TOPICS: Mapping[str, str] = MappingProxyType({c: t.label for c, t in VOCABULARY.items()})
APPROVALS: Mapping[str, str] = MappingProxyType(
    {code: raw["label"] for code, raw in _data()["approvals"].items()}
)
APPROVAL_MANDATES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {code: tuple(raw.get("mandated_by", ())) for code, raw in _data()["approvals"].items()}
)
GROUPS: tuple[Group, ...] = tuple(
    Group(g, label, tuple(t for t in VOCABULARY.values() if t.group == g))
    for g, label in _data()["groups"].items()
)


def _key(text: str) -> str:
    return _SPACE.sub(" ", text.strip().casefold())


_BY_KEY: Mapping[str, str] = MappingProxyType(
    {**{_key(label): code for code, label in TOPICS.items()}, **{_key(c): c for c in TOPICS}}
)
_APPROVAL_BY_KEY: Mapping[str, str] = MappingProxyType(
    {**{_key(label): code for code, label in APPROVALS.items()}, **{_key(c): c for c in APPROVALS}}
)


def topic_label(code: str) -> str:
    """The human label of a topic code (KeyError for a code outside the vocabulary)."""
    return TOPICS[code]


def topic_code(text: object) -> str | None:
    """The code a text names: a code or a label, any case or spacing; None if it names none."""
    return _BY_KEY.get(_key(str(text)))


def approval_code(text: object) -> str | None:
    """The approval a text names (code or label, any case or spacing); None if none."""
    return _APPROVAL_BY_KEY.get(_key(str(text)))


def with_broader(codes: Iterable[str]) -> frozenset[str]:
    """The codes and every broader topic they imply (Florida laws and rules -> laws and rules)."""
    out: set[str] = set()
    for code in codes:
        while code and code not in out:
            out.add(code)
            code = VOCABULARY[code].broader if code in VOCABULARY else ""
    return frozenset(out)


def clean_topics(
    values: Iterable[object], field: str = "topics"
) -> tuple[list[str], list[Problem]]:
    """Codes for the values (codes or labels), in vocabulary order, and one problem per value
    that names no topic. Shared by the activity record, authoring forms and the API."""
    codes: set[str] = set()
    problems: list[Problem] = []
    for value in values:
        code = topic_code(value) if isinstance(value, str) else None
        if code is None:
            problems.append(Problem(field, f"{str(value)[:80]!r} is not a topic we know"))
        else:
            codes.add(code)
    return [c for c in TOPICS if c in codes], problems


def clean_approvals(
    values: Iterable[object], field: str = "meets"
) -> tuple[list[str], list[Problem]]:
    """Approval codes for the values, and one problem per value that names no known approval."""
    codes: set[str] = set()
    problems: list[Problem] = []
    for value in values:
        code = approval_code(value) if isinstance(value, str) else None
        if code is None:
            problems.append(Problem(field, f"{str(value)[:80]!r} is not a requirement we know"))
        else:
            codes.add(code)
    return [c for c in APPROVALS if c in codes], problems


def validate_topic_codes(value: object) -> None:
    """A model field validator (the admin's forms run it): a list of vocabulary topic codes."""
    _validate(value, TOPICS, "topic")


def validate_approval_codes(value: object) -> None:
    """A model field validator: a list of the vocabulary's approval codes."""
    _validate(value, APPROVALS, "requirement")


def _validate(value: object, known: Mapping[str, str], what: str) -> None:
    from django.core.exceptions import ValidationError  # only the admin's forms call this

    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError(f"must be a list of {what} codes")
    unknown = [v for v in value if v not in known]
    if unknown:
        raise ValidationError(f"not a {what} of the vocabulary: {', '.join(unknown)}")
