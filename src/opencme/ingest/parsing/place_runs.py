"""A page listing runs of its activity on different dates at different addresses ("June 2, 2031 /
Marlow School of Pharmacy / 410 Birch Avenue" ... "September 8, 2031 / Harbour College / 22 Quay
Road"): one record cannot say where the activity is held, so it has no location (docs/corpus.md
"Location"; its dates are none too)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from opencme.ingest.parsing.date_base import date_line
from opencme.ingest.parsing.dates import parse_range
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_TABLE = json.loads(
    (Path(__file__).with_name("data") / "venue_words.json").read_text(encoding="utf-8")
)
_SUFFIX = "|".join(re.escape(w.capitalize()) for w in _TABLE["street_suffixes"])
# a line opening with a street address ("410 Birch Avenue", "22 Quay Road, Port Avery")
_STREET = lazy_compile(rf"^\d+\s+(?:[A-Z0-9][\w.'’-]*\s+){{1,4}}(?:{_SUFFIX})\b")


def several_runs(doc: Doc) -> bool:
    """Two or more street addresses, each under its own dated line (a full date or range with a
    year among the three filled lines above it), the addresses and the dates all different."""
    lines = doc.lines
    filled = [ln for ln in lines if ln.text.strip()]
    runs: dict[str, str] = {}
    for k, ln in enumerate(filled):
        t = ln.text.strip()
        if not t[:1].isdigit() or len(t) > 100 or ln.raw_key is not None:
            continue
        if not _STREET.match(t):
            continue
        for above in reversed(filled[max(0, k - 3) : k]):
            a = above.text.strip()
            if above.year and len(a) <= 40 and (date_line(above) or parse_range(a)):
                if a not in runs.values() and t not in runs:
                    runs[t] = a
                break
        if len(runs) >= 2:
            return True
    return False
