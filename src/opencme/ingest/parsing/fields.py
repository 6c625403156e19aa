"""Single-value and list fields read from keyed lines and set phrases: url, registration,
providership, commercial support, specialties, UANs.

The title, description, objectives, format, location and minutes live in their own modules
(titles.py, descriptions.py, objectives.py, formats.py, places.py, durations.py); they are
re-exported here because parser.py and older callers read them as `fields.<name>`."""

from __future__ import annotations

import re
from typing import Any

from opencme.ingest.parsing.commercial import (
    COMMERCIAL_NO,
    COMMERCIAL_YES,
    extract_commercial_support,
)
from opencme.ingest.parsing.dates import extract_dates as extract_dates  # parser.py reads it here
from opencme.ingest.parsing.descriptions import extract_description as extract_description
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.durations import extract_minutes as extract_minutes  # owned there
from opencme.ingest.parsing.formats import extract_delivery as extract_delivery
from opencme.ingest.parsing.formats import extract_format as extract_format
from opencme.ingest.parsing.formats import guarded_text
from opencme.ingest.parsing.formats import infer_format as infer_format
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.objectives import extract_objectives as extract_objectives
from opencme.ingest.parsing.places import EACCME_NOTE as EACCME_NOTE
from opencme.ingest.parsing.places import extract_location as extract_location  # owned there
from opencme.ingest.parsing.registration import extract_registration
from opencme.ingest.parsing.specialties import extract_specialties
from opencme.ingest.parsing.text import split_list
from opencme.ingest.parsing.titles import URL
from opencme.ingest.parsing.titles import extract_title as extract_title

__all__ = [
    "extract_dates",
    "extract_delivery",
    "extract_description",
    "extract_format",
    "extract_location",
    "extract_minutes",
    "extract_objectives",
    "extract_title",
    "infer_format",
    "keyed",
]

_UAN = lazy_compile(
    r"\b(?:JA)?\d{4}-\d{4}-\d{2}-\d{3}-[LH]\d{2}(?:-[PT])?\b|"
    r"\b\d{3}-\d{3}-\d{2}-\d{3}-[LH]\d{2}(?:-[PT])?\b"
)
# The same number written without its hyphens (ACPE's thirteen digits, then L/H and the topic)
_UAN_PLAIN = lazy_compile(r"\b(?:JA)?\d{13}[LH]\d{2}[PT]?\b")
# what every `_UAN_PLAIN` match holds, found from the letter back (the engine skips to a capital
# L or H): a page without it needs no search for the number, which is tried at every digit
_PLAIN_TYPE = lazy_compile(r"[LH](?<=\d{13}[LH])")
_COMMERCIAL_NO, _COMMERCIAL_YES = COMMERCIAL_NO, COMMERCIAL_YES  # statements.py reads them here
_JOINT_PS = lazy_compile(
    r"\bjointly\s+provided|\bjoint\s+providership\b|planned\s+and\s+implemented\s+by"
    r"\s+[^.]+?\s+and\s+",
    re.IGNORECASE,
)
_DIRECT_PS = lazy_compile(r"\bdirectly\s+provided\b|\bdirect\s+providership\b", re.IGNORECASE)


def extract_url(doc: Doc, diags: list[Diagnostic]) -> str | None:
    ln = keyed(doc, "url")
    if ln and ln.value:
        m = URL.search(ln.value)
        if m:
            used(diags, "url", ln)
            return m.group(0).rstrip(".,;)")
    return None


def extract_simple(doc: Doc, diags: list[Diagnostic]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "registration": None,
        "providership": None,
        "commercial_support": None,
        "specialties": [],
        "measured_outcomes": [],
        "topics": [],
        "uan": [],
    }
    out["registration"] = extract_registration(doc, diags)  # parsing/registration.py
    ln = keyed(doc, "providership")
    text = (ln.value if ln and ln.value else "") + " " + doc.flat
    low = text.lower()
    if guarded_text(_JOINT_PS, text, low, "joint", "planned and implemented"):
        out["providership"] = "joint"
    elif guarded_text(_DIRECT_PS, text, low, "direct"):
        out["providership"] = "direct"
    out["commercial_support"] = extract_commercial_support(doc, diags)  # parsing/commercial.py
    for canon in ("measured_outcomes", "topics"):
        for ln in doc.fields(canon):
            if ln.value:
                out[canon].extend(split_list(ln.value))
                used(diags, canon, ln)
    out["specialties"] = extract_specialties(doc, diags)  # parsing/specialties.py
    found = list(_UAN.finditer(doc.flat)) if ("-h" in doc.low or "-l" in doc.low) else []
    plain = _UAN_PLAIN.finditer(doc.flat) if _PLAIN_TYPE.search(doc.flat) else ()
    for m in [*found, *plain]:
        if m.group(0) not in out["uan"]:
            out["uan"].append(m.group(0))
    return out
