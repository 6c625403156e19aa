"""A catalogue's one-line summary under the name, in sentence case and without a full stop
(docs/corpus.md "Description"): "A practical guide to the causes of gout and when to treat
it", "A one-day symposium designed to inform and inspire", "An introduction to wound care
for new practice nurses". An article, at most three words, a noun saying what kind of thing
the activity is, then its complement: the page's own words on what the activity is, a
description although no sentence ends it. A tagline in title case ("A Day of Caring for
Carers") is a name's subtitle, never the description."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import DESCRIPTION_KEYS

_KINDS = (
    "guide",
    "introduction",
    "overview",
    "review",
    "primer",
    "update",
    "refresher",
    "look",
    "exploration",
    "journey",
    "day",
    "evening",
    *DESCRIPTION_KEYS["activity_nouns"],
)
_TAGLINE = lazy_compile(
    r"^(?:A|An)\s+(?:[\w-]+,?\s+){0,3}?(?:"
    + "|".join(map(re.escape, _KINDS))
    + r")s?\s+(?:to|of|on|for|that|about|in|with|into|through|covering|exploring|providing"
    r"|curated|designed|created|developed|focused|focusing|aimed)\b"
)
_SHORTEST = 50
_LONGEST = 300
_WORDS_MIN = 10


def tagline(text: str) -> bool:
    """The text is a one-line summary of the activity with no full stop (above)."""
    t = text.strip()
    if not _SHORTEST <= len(t) <= _LONGEST or t[:1] != "A" or t.endswith((".", ":", "?", "!")):
        return False
    words = t.split()
    if len(words) < _WORDS_MIN or ". " in t:
        return False
    capitalised = sum(1 for w in words[1:] if len(w) > 3 and w[:1].isupper())
    return capitalised * 3 < len(words) and _TAGLINE.match(t) is not None
