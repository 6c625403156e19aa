"""The name a page's opening paragraph makes its subject (R-TI-11): "The Professional Diploma
of Lakeside Wound Care will extend your knowledge …", "Knee Imaging Skills Course is an
intense two-day course …". With no heading the page names again, and none in the first
lines, the subject of the first paragraphs' opening sentence is the activity's name."""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.title_fields import field_statement
from opencme.ingest.parsing.title_noise import capped, never_title, page_noise

# "The <Name in title case> is/will/…": capitalised words, small words inside, no sentence end
_SUBJECT = lazy_compile(
    r"^(?:The )?(?P<name>[A-Z0-9][\w’'&/-]*(?: (?:of|and|for|in|on|to|the|&|[A-Z0-9][\w’'&/-]*"
    r"|\([A-Z][\w-]{1,9}\))){2,12}) (?:is|will|was|provides|offers|has been designed)\s"
)
_LOOK = 3  # paragraphs the opening subject is looked for in
_DETERMINERS = frozenset({"This", "These", "Our", "Its", "Their", "Each", "Every", "All"})
# an institution's head noun: the paragraph speaks of its provider, not of the activity
_ORG_HEADS = frozenset(
    {
        "Hospital",
        "University",
        "College",
        "Association",
        "Society",
        "Institute",
        "Center",
        "Centre",
        "Department",
        "Foundation",
        "Council",
        "Board",
        "Academy",
        "School",
        "Clinic",
    }
)


def opening_subject(lines: list[Line], flat: str) -> tuple[str, Line] | None:
    """The title-case name that opens one of the first paragraphs as its subject and that the
    page names at least twice, with the paragraph's line."""
    seen = 0
    for ln in lines:
        t = ln.text
        if len(t) < 80 or ln.key is not None:
            continue  # a heading or a field, not a paragraph
        seen += 1
        if seen > _LOOK:
            return None
        m = _SUBJECT.match(t)
        if m is None:
            continue
        name = m["name"]
        if name.startswith("The ") and len(name.split()) >= 3:
            name = name[4:]  # "The Study Club is …": the article is the sentence's, not the name's
        words = name.split()
        if (
            words[0] in _DETERMINERS
            or not capped(words)
            or not words[-1][:1].isupper()
            or _ORG_HEADS.intersection(words)
            or flat.count(name) < 2
            or field_statement(name)
            or page_noise(name)
            or never_title(name)
        ):
            continue
        return name, ln
    return None
