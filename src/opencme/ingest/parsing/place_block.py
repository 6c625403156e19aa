"""The address lines under a location key's venue (R-LO-4): "Venue" / "The Lister Centre" /
"12 Quay Road" / "Eastfield EH1 2AB" -> "The Lister Centre, 12 Quay Road, Eastfield EH1 2AB"
(docs/corpus.md "Location": the place as written, a venue's street address and town with it).

An address block is written one part a line, in the order of the English-speaking countries'
postal conventions: a street line (a number, capitalised words and a street suffix), then a
town with its region or postcode ("Eastfield EH1 2AB", "Port Avery QLD 4000", "Westbridge, ON
K1A 0B1", "Eastfield, Victoria"), or a postcode alone. A town and region without a postcode is
taken after a street line, or when the region is a country or region of data/regions.json or
a region code that is no post-nominal (a person and their post, "Ana Roe, Cardiologist", "Ana
Roe, MD", have the same shape); the block ends at the first other line, at a blank line after
an address line, or after three lines.
"""

from __future__ import annotations

import json
from pathlib import Path

from opencme.ingest.parsing.layouts import Line
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.place_region import CODE, PART, POSTCODE
from opencme.ingest.parsing.place_words import CAP, STREET, WORDS
from opencme.ingest.parsing.vocab import CREDENTIALS

_REGIONS = json.loads(
    (Path(__file__).with_name("data") / "regions.json").read_text(encoding="utf-8")
)
_REGION_NAMES = frozenset(n.lower() for n in _REGIONS["countries"] + _REGIONS["regions"])
_CODE = lazy_compile(CODE)
_STREET_LINE = lazy_compile(
    rf"^\d+[A-Za-z]?(?:[-–]\d+)?,?\s+(?:{CAP}\s+){{1,4}}(?:{STREET})\b\.?"
    # R-LO-9: a compass point after the street ("University Blvd S."), and the town, region and
    # postcode on the same line ("…, Eastfield, Ohio 43210")
    r"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?"
    rf"(?:,\s+{WORDS}|(?:,\s+{PART}){{1,3}})?$"
)
# R-LO-9: the unit of a building under its street line ("Suite 101", "Floor 7", "Room B12")
_UNIT_LINE = lazy_compile(r"^(?:Suite|Ste\.?|Floor|Room|Unit|Building|Bldg\.?)\s+#?[\w-]{1,6}$")
_TOWN_POST = lazy_compile(rf"^{WORDS},?(?: +{CODE})?{POSTCODE}$")
_TOWN_REGION = lazy_compile(rf"^{WORDS}(?:, +{PART}){{1,2}}$")
_POST_ONLY = lazy_compile(rf"^{POSTCODE.replace(' +', ' *', 1)}$")


def _named_region(line: str) -> bool:
    """Whether a "Town, Region" line ends in a country or region of data/regions.json, or in a
    region code that is no post-nominal ("Westbridge, ON"; "Ana Roe, MD" is a person)."""
    last = line.rsplit(",", 1)[-1].strip()
    if _CODE.fullmatch(last):
        return last not in CREDENTIALS
    return last.lower() in _REGION_NAMES


def is_street_line(text: str) -> bool:
    return text[:1].isdigit() and _STREET_LINE.match(text) is not None


def address_tail(lines: list[Line], i: int, street: bool = False) -> list[str]:
    """The address lines right under line `i` (module docstring), as written; `street`: line
    `i` is itself a street line (R-LO-9)."""
    out: list[str] = []
    after_street = street  # the line above is a street line: a building's unit may follow
    for ln in lines[i + 1 : i + 6]:
        t = ln.text.strip().rstrip(",")
        if not t:
            if out:
                break
            continue
        if len(t) > 80 or ln.raw_key is not None:
            break
        if not out and is_street_line(t):
            street = after_street = True
        elif after_street and _UNIT_LINE.match(t):
            after_street = False  # "Suite 101" under its street line (R-LO-9)
        elif not (
            _TOWN_POST.match(t)
            or _POST_ONLY.match(t)
            or (_TOWN_REGION.match(t) and (street or _named_region(t)))
        ):
            break
        else:
            after_street = False
        out.append(t)
        if len(out) == 3:
            break
    return out
