"""A paragraph about the activity inside a background section (docs/corpus.md "Description":
background sections are not it): under `Statement of Need` or `Background`, a paragraph that
opens with the activity itself as its subject ("This podcast will focus on …", "The 18th
Annual Scientific Conference … took place …") says what the activity is, not why it is
needed; it is read like any paragraph outside the section."""

from __future__ import annotations

import re

from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

# "This …", "The …", up to eight words (a full name), an activity noun, then no "of" (the
# subject is the activity, not "the course of the disease")
_OPENS_ON_ACTIVITY = re.compile(
    r"^(?:this|the)\s+(?:[\w'’()-]+\s+){0,8}?(?:"
    + "|".join(map(re.escape, DESCRIPTION_KEYS["activity_nouns"]))
    + r")s?\b(?!\s+of\b)",
    re.IGNORECASE,
)


def about_the_activity(text: str) -> bool:
    """`text` opens with the activity as its subject ("This program is the first in …")."""
    return _OPENS_ON_ACTIVITY.match(text.strip()) is not None
