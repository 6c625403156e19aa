"""Countries and first-level regions (data/regions.json: US states, Canadian provinces,
Australian states and territories, the UN's member states), as the title's readers need them:
a place a page sets before or after an activity's name ("Ohio: <name>", "<name> – Queensland")
is where it runs, no part of the name (docs/corpus.md "Title": the event's place)."""

from __future__ import annotations

import json
from pathlib import Path

_REGIONS = json.loads(
    (Path(__file__).with_name("data") / "regions.json").read_text(encoding="utf-8")
)
PLACES = frozenset(n.lower() for n in _REGIONS["countries"] + _REGIONS["regions"])


def is_place(part: str) -> bool:
    """The text is a country or a first-level region alone ("Ohio", "New South Wales")."""
    p = part.strip(" .,()[]")
    return 2 < len(p) <= 40 and p[:1].isupper() and p.lower() in PLACES
