"""Background sections (docs/corpus.md "Description": background sections are not it): the
paragraphs under a heading of the subject's background or the activity's need. A paragraph
there that opens with the activity itself as its subject ("This podcast will focus on …", "The
18th Annual Scientific Conference … took place …") says what the activity is, not why it is
needed; it is read like any paragraph outside the section."""

from __future__ import annotations

import re
from collections.abc import Iterator

from opencme.ingest.parsing.layouts import BULLET, Doc, Line, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# headings of the subject's background or the activity's need (description_keys.json
# "background_keys"): never the description, nor their paragraph
BACKGROUND_KEYS = frozenset(DESCRIPTION_KEYS["background_keys"])
# a line that may be a heading: short, no sentence end
_HEADING_MAX = 80

# "This …", "The …", up to eight words (a full name), an activity noun, then no "of" (the
# subject is the activity, not "the course of the disease")
_OPENS_ON_ACTIVITY = lazy_compile(
    r"^(?:this|the)\s+(?:[\w'’()-]+\s+){0,8}?(?:"
    + "|".join(map(re.escape, DESCRIPTION_KEYS["activity_nouns"]))
    + r")s?\b(?!\s+of\b)",
    re.IGNORECASE,
)


def about_the_activity(text: str) -> bool:
    """`text` opens with the activity as its subject ("This program is the first in …")."""
    return _OPENS_ON_ACTIVITY.match(text.strip()) is not None


def background(ln: Line) -> bool:
    """A background heading (description_keys.json "background_keys")."""
    return norm_key(ln.raw_key or "") in BACKGROUND_KEYS


def background_section(doc: Doc) -> Iterator[str]:
    """The paragraphs after the first under a background heading, up to the next heading, key
    or list: the section is the subject's background (description_keys.json "background_keys"),
    not the description, however many paragraphs it runs to; not those about the activity."""
    inside = False
    for ln in doc.lines:
        if not ln.text:
            continue
        if ln.key == "description" and ln.raw_key is not None and background(ln):
            inside = True
            continue
        if not inside:
            continue
        t = ln.text.strip()
        if (
            ln.raw_key is not None
            or BULLET.match(t)
            or (len(t) <= _HEADING_MAX and not t.endswith((".", "!", "?")))
        ):
            inside = False
            continue
        if not about_the_activity(t):  # "This podcast will focus on …": the activity's own
            yield ln.text


def noted_value(ln: Line) -> str | None:
    """The paragraph after a short lead before a colon that is no known key, when the paragraph
    opens with the activity as its subject ("Editor's note: This text-based course is an
    edited transcript of …", "Course Goals:This course is intended to …"): the lead is a key,
    not part of the paragraph (docs/corpus.md "Description": where it starts)."""
    raw, value = ln.raw_key, ln.value
    if not raw or ln.key is not None or not value or len(value) < 120 or raw.count(" ") > 4:
        return None  # cheap guards: most lines have no unknown key before a long value
    value = value.strip()
    if len(raw.split()) <= 3 and len(value) >= 120 and about_the_activity(value):
        return value
    return None
