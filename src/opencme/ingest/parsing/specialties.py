"""Specialties (R-SP-1..2, docs/corpus.md "Specialties"): only specialties the text names as
the activity's specialty or target, never inferred from the topic.

- a "Specialties:" key's list, unless it is a site's menu (a long run of words with no list
  separators, R-SP-2);
- else the specialists the audience names (R-SP-1): "family physicians" -> Family Medicine by
  data/specialties.json (its nouns, the "-ologists" -> "-ology" rule of English word
  formation), an item that is a specialty's own name ("ophthalmology and optometry",
  ABMS names), each part of "physicians/oncologists" (R-SP-1). A noun that names a specialty
  only unmodified ("surgeons") gives none with a modifier ("wound care surgeons").
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience import audience_phrases
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.text import split_list
from opencme.ingest.parsing.vocab import SPECIALTIES

_NOUNS: dict[str, str] = SPECIALTIES["nouns"]
_NOT = frozenset(SPECIALTIES["not_specialties"])
_MODIFIED_NOT = frozenset(SPECIALTIES["modified_not"]["nouns"])
_NAMES = {n.lower(): n for n in SPECIALTIES["names"]["list"]}
_PARTS = re.compile(r"\s*(?:/|\band\b|,)\s*")


def specialty_of(item: str) -> str | None:
    """The specialty an audience item names ("interventional cardiologists" -> Cardiology)."""
    words = item.lower().replace("’", "'").split()
    if not words:
        return None
    if " ".join(words) in _NAMES:
        return _NAMES[" ".join(words)]
    for n in range(min(4, len(words)), 0, -1):
        tail = " ".join(words[-n:])
        for form in (tail, tail + "s"):  # "primary care physician" as its plural
            if form in _NOUNS:
                if n == 1 and form in _MODIFIED_NOT and len(words) > 1:
                    return None
                return str(_NOUNS[form])
    last = words[-1]
    if any(" ".join(words[-n:]) in _NOT for n in (1, 2, 3)):
        return None
    for suffix, field in SPECIALTIES["suffixes"]:
        if last.endswith(suffix) and len(last) >= len(suffix) + 2:  # "ur-ologists"
            return last[: -len(suffix)].capitalize() + field
    return None


# "certified in the areas of gynecology": the field the item names after its lead
_AREA_OF = re.compile(r"^.*?\b(?:in|of)\s+(?:the\s+)?(?:areas?|fields?|specialt(?:y|ies))\s+of\s+")


def _of_item(item: str) -> list[str]:
    """The specialties of one audience item, "physicians/oncologists" and "ophthalmology and
    optometry" read part by part, "certified in the areas of gynecology" by its field."""
    item = _AREA_OF.sub("", item)
    whole = specialty_of(item)
    if whole and "/" not in item:
        return [whole]
    parts = [p for p in _PARTS.split(item) if p]
    found = [s for p in parts if (s := specialty_of(p))] if len(parts) > 1 else []
    return found or ([whole] if whole and "/" not in whole else [])


def extract_specialties(doc: Doc, diags: list[Diagnostic]) -> list[str]:
    out: list[str] = []
    for ln in doc.fields("specialties"):
        value = (ln.value or "").strip()
        if not value or (len(value.split()) > 6 and not re.search(r"[,;|]", value)):
            continue  # R-SP-2: a menu of a site's specialties, not this activity's list
        out.extend(split_list(value))
        used(diags, "specialties", ln)
    if out:
        return out
    named = [s for a in audience_phrases(doc, []) for s in _of_item(a)]
    return list(dict.fromkeys(named))
