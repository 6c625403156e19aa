"""Training labels by alignment: which field each segment of a labelled listing carries.

A corpus label is a record, not a tagging; this module finds, for each record field, the
segments whose text carries it (whitespace-normalised, case-insensitive matching). A segment
gets one tag; fields the reader extracts come first in `_ORDER` so that they win ties.
"""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing import dates
from opencme.ingest.reading.segment import Segment

LABELS: tuple[str, ...] = (
    "title",
    "provider",
    "description",
    "objective",
    "faculty",
    "audience",
    "specialty",
    "location",
    "credit",
    "date",
    "cost",
    "statement",
    "other",
)
_BULLET = re.compile(r"^\s*(?:[•▪●◦‣∙·*–-]|\(?\d{1,2}[.)]|[a-h][.)])\s+")
_STATEMENT = re.compile(
    r"accredited\s+by|designates|is\s+(?:jointly\s+)?accredited|disclos|commercial\s+support|"
    r"grant|funded|disclaimer|approved\s+by|relevant\s+financial",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[$€£]\s?\d|\bfree\b|\bno\s+(?:cost|charge|fee)\b|\bUSD\b|\bEUR\b", re.I)
_DATE_RES = (dates.MDY, dates.DMY, dates.SLASH, dates.ISO, dates.MY)


def norm(text: str) -> str:
    """Whitespace-normalised lower case, the form alignment compares."""
    return " ".join(text.split()).lower()


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text).strip()


def _best_by_count(segs: list[Segment], items: list[str]) -> set[int]:
    """Segments holding the most of `items` (at least half of them, at least one)."""
    if not items:
        return set()
    wanted = [norm(i) for i in items if i]
    counts = [sum(1 for w in wanted if w and w in norm(s.text)) for s in segs]
    best = max(counts, default=0)
    if best == 0 or best * 2 < min(len(wanted), 4):
        return set()
    return {i for i, c in enumerate(counts) if c == best and len(segs[i].text) < 600}


def align(segs: list[Segment], record: dict[str, Any]) -> list[str]:
    """One label per segment."""
    tags = ["other"] * len(segs)
    texts = [norm(s.text) for s in segs]

    def put(i: int, tag: str) -> None:
        if tags[i] == "other":
            tags[i] = tag

    title = norm(record.get("title") or "")
    if title:
        for i, t in enumerate(texts):
            if t and title in t and len(t) <= 2 * len(title) + 30:
                put(i, "title")
    for obj in record.get("objectives") or []:
        o = norm(strip_bullet(obj))
        for i, t in enumerate(texts):
            if o and (t == o or (o in t and len(o) >= 0.6 * len(t))):
                put(i, "objective")
    desc = norm(record.get("description") or "")
    if desc:
        for i, t in enumerate(texts):
            if len(t) >= 20 and (t in desc or (desc in t and len(desc) >= 0.5 * len(t))):
                put(i, "description")
    for person in record.get("faculty") or []:
        name = norm(person.split(",")[0])
        for i, t in enumerate(texts):
            if len(name) > 3 and name in t and len(t) < 300:
                put(i, "faculty")
    for field, tag in (("audience", "audience"), ("specialties", "specialty")):
        wanted = {norm(x).strip(" .;,") for x in record.get(field) or []}
        for i in _best_by_count(segs, record.get(field) or []):
            put(i, tag)
        for i, t in enumerate(texts):
            if strip_bullet(t).strip(" .;,") in wanted:
                put(i, tag)  # one item per line
    provider = norm(record.get("provider") or "")
    if provider:
        hits = [i for i, t in enumerate(texts) if provider in t]
        keyed = [i for i in hits if segs[i].key == "provider"]
        short = [i for i in hits if len(texts[i]) <= len(provider) + 80]
        for i in keyed or short or hits[:1]:
            put(i, "provider")
    loc = norm(record.get("location") or "")
    if loc:
        for i, t in enumerate(texts):
            if loc in t and len(t) <= len(loc) + 80:
                put(i, "location")
    amounts = {
        _num(c.get("amount")) for c in record.get("credits") or [] if c.get("amount") is not None
    }
    record_dates = {record.get(k) for k in ("start_date", "end_date", "expires")} - {None}
    cost = record.get("cost") or {}
    for i, seg in enumerate(segs):
        t = seg.text
        if (
            amounts
            and any(re.search(rf"(?<![\d.]){re.escape(a)}(?![\d])", t) for a in amounts)
            and re.search(r"credit|hour|point|CME|CE\b|CPD", t, re.I)
        ):
            put(i, "credit")
        if (
            record_dates
            and any(r.search(t) for r in _DATE_RES)
            and dates.parse_date(t) in record_dates
        ):
            put(i, "date")
        if cost.get("free") is not None and _MONEY.search(t):
            put(i, "cost")
        if any((record.get("statements") or {}).values()) and _STATEMENT.search(t):
            put(i, "statement")
    return tags


def _num(value: Any) -> str:
    v = float(value)
    return str(int(v)) if v.is_integer() else str(v)
