"""The rule extractors' reading as tagger features (stacking).

The tagger learns how far to trust each rule: a segment carrying the rules' title, provider,
description or a list item of theirs gets `rule=<field>`, and a line a rule says it used gets
`ruleline=<field>`. The same features are computed in training and at inference, from the
same rule parser, so the model learns from the rules' real mistakes.
"""

from __future__ import annotations

from typing import Any

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.reading.align import norm
from opencme.ingest.reading.segment import Segment

_TEXT_FIELDS = ("title", "provider", "description")
_LIST_FIELDS = ("objectives", "faculty", "audience", "specialties")


def rule_marks(
    record: dict[str, Any], diagnostics: list[Diagnostic], segs: list[Segment]
) -> list[list[str]]:
    texts = [norm(s.text) for s in segs]
    marks: list[set[str]] = [set() for _ in segs]
    for field in _TEXT_FIELDS:
        value = norm(record.get(field) or "")
        if not value:
            continue
        for i, t in enumerate(texts):
            if t and (value in t or (field == "description" and len(t) > 20 and t in value)):
                marks[i].add("rule=" + field)
    for field in _LIST_FIELDS:
        for item in record.get(field) or []:
            v = norm(item)
            for i, t in enumerate(texts):
                if v and v in t:
                    marks[i].add("rule=" + field)
    used: dict[int, set[str]] = {}
    for d in diagnostics:
        if d.status == "used" and d.field != "?":
            used.setdefault(d.line, set()).add("ruleline=" + d.field)
    for i, seg in enumerate(segs):
        for no in seg.lines:
            marks[i] |= used.get(no, set())
    return [sorted(m) for m in marks]
