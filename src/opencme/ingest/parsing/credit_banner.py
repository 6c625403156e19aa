"""A journal article's credit banner flattened from its PDF (R-CR-98): the figure alone on a
line, the approver's acronym alone, then the unit alone ("2.5" / "ANCC" / "CONTACT HOURS"),
a caption or two (a photo credit) possibly between the figure and the acronym: the approver's
credit for that figure, as "2.5 ANCC contact hours" reads."""

from __future__ import annotations

from opencme.ingest.parsing.credit_text import Mention, number
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import body_named

_UNIT_ALONE = lazy_compile(r"(?i:contact\s+hours?)")
_FIGURE_ALONE = lazy_compile(r"\d{1,2}(?:\.\d{1,2})?")
_ACRONYM_ALONE = lazy_compile(r"[A-Z]{3,6}")
_BEFORE = 3  # lines (blank ones left out) between the figure and the acronym, at most


def banner_hours(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-98: "<figure>" / ... / "<ACRONYM>" / "CONTACT HOURS" as the approver's hours."""
    if "contact hour" not in doc.low:
        return
    lines = [ln for ln in doc.lines if ln.text.strip()]
    for i in range(2, len(lines)):
        text = lines[i].text
        if len(text) > 20 or not _UNIT_ALONE.fullmatch(text.strip()):
            continue
        acronym = lines[i - 1].text.strip()
        body = body_named(acronym) if _ACRONYM_ALONE.fullmatch(acronym) else None
        if body is None:
            continue
        for ln in reversed(lines[max(0, i - 2 - _BEFORE) : i - 1]):
            figure = ln.text.strip()
            if _FIGURE_ALONE.fullmatch(figure):
                amount = number(figure)
                if not any(m.code == body.credit and m.amount is not None for m in mentions):
                    mentions.append(
                        Mention(body.credit, body.label, amount, "contact_hour", ln.no, figure)
                    )
                return
