"""A place line ending in a country or a first-level region after its city ("X School, North
Sydney, Australia", "Elm Hall, Eastfield, Ontario"; data/regions.json): a whole address, as a
street address is, that may stand farther from the event's date than a bare venue line
(R-LO-4). Kept apart from places.py, which reads the venue lines.
"""

from __future__ import annotations

import json
from pathlib import Path

_REGIONS = json.loads(
    (Path(__file__).with_name("data") / "regions.json").read_text(encoding="utf-8")
)
_NAMES = frozenset(n.lower() for n in _REGIONS["countries"] + _REGIONS["regions"])


def ends_in_region(line: str) -> bool:
    """Three or more comma parts (venue, city, region), the last a country or region."""
    parts = [p.strip() for p in line.split(",")]
    return len(parts) >= 3 and all(parts) and parts[-1].lower() in _NAMES
