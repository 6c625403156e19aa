"""Specialties (R-SP-1..2, docs/corpus.md "Specialties"): only specialties the text names as
the activity's specialty or target, never inferred from the topic.

- a "Specialties:" key's list, unless it is a site's menu (a long run of words with no list
  separators, R-SP-2);
- else the specialists the audience names (R-SP-1): "family physicians" -> Family Medicine by
  data/specialties.json (its nouns, the "-ologists" -> "-ology" rule of English word
  formation), an item that is a specialty's own name ("ophthalmology and optometry",
  ABMS names), each part of "physicians/oncologists" (R-SP-1). A noun that names a specialty
  only unmodified ("surgeons") gives none with a modifier ("wound care surgeons");
  "<field> specialists" practise the field's specialty ("headache specialists" -> Headache
  Medicine, "internal medicine specialists"); a modifier shared by two names across "or"
  ("family or general medicine") names both (R-SP-4);
- and the fields of "physicians specialized in <list>", "specialists in <list>" (R-SP-5),
  each a specialty's name or a field the data's `fields` map gives ("Anaesthesia and
  Intensive Care" -> Anesthesiology, Critical Care Medicine); a field that names no specialty
  gives none.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.audience import audience_phrases
from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.specialty_title import title_specialties
from opencme.ingest.parsing.text import split_list
from opencme.ingest.parsing.vocab import SPECIALTIES

_NOUNS: dict[str, str] = SPECIALTIES["nouns"]
_NOT = frozenset(SPECIALTIES["not_specialties"])
_MODIFIED_NOT = frozenset(SPECIALTIES["modified_not"]["nouns"])
_NAMES = {n.lower(): n for n in SPECIALTIES["names"]["list"]}
_PARTS = lazy_compile(r"\s*(?:/|\band\b|,)\s*")
_FIELDS: dict[str, str] = SPECIALTIES["fields"]["map"]
_SPECIALIST = ("specialist", "specialists")


def field_specialty(words: str) -> str | None:
    """The specialty a field of practice is ("internal medicine", "respiratory diseases")."""
    key = " ".join(words.lower().split())
    return _NAMES.get(key) or _FIELDS.get(key)


def specialty_of(item: str) -> str | None:
    """The specialty an audience item names ("interventional cardiologists" -> Cardiology)."""
    words = item.lower().replace("’", "'").split()
    if not words:
        return None
    if " ".join(words) in _NAMES:
        return _NAMES[" ".join(words)]
    if any(" ".join(words[-n:]) in _NOT for n in (1, 2, 3)):
        return None  # a profession ("nurse anesthetists", "psychologists"), no specialty
    if words[-1] in _SPECIALIST and len(words) > 1:  # "headache specialists" (R-SP-4)
        field = " ".join(words[:-1])
        return field_specialty(field) or field_specialty(field + " medicine")
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
_AREA_OF = lazy_compile(
    r"^.*?\b(?:in|of)\s+(?:the\s+)?(?:areas?|fields?|specialt(?:y|ies))\s+of\s+"
)


# what follows an item's head noun and tells more of it: "general practitioners in rural
# practice", "pediatricians who see adolescents", "psychiatrists working in prisons"
_POSTMODIFIER = lazy_compile(
    r"\s+(?:in|who|with|working|practi[cs]ing|serving|based|from|at|that|whose)\s+", re.I
)


_OTHERS = ("other ", "others ", "all ", "any ")
# R-SP-8: the item's acronym in brackets after it ("general practitioners (GPs)")
_ACRONYM_AFTER = lazy_compile(r"\s*\((?:[A-Za-z]{2,6}['’]?s?)\)\s*$")


def _of_item(item: str) -> list[str]:
    """The specialties of one audience item, "physicians/oncologists" and "ophthalmology and
    optometry" read part by part, "certified in the areas of gynecology" by its field, an item
    with words after its head noun by the head ("general practitioners in rural practice"
    -> General Practice, R-SP-7)."""
    item = _ACRONYM_AFTER.sub("", _AREA_OF.sub("", item))
    head = _POSTMODIFIER.split(item, 1)[0]
    # "other primary care providers who …" are others beside the audience's specialists
    if head != item and not head.lower().startswith(_OTHERS) and (found := _of_item(head)):
        return found
    whole = specialty_of(item)
    if whole and "/" not in item:
        return [whole]
    parts = [p for p in _PARTS.split(item) if p]
    found = [s for p in parts if (s := specialty_of(p))] if len(parts) > 1 else []
    return found or ([whole] if whole and "/" not in whole else [])


# R-SP-5: "Physicians specialized in Anaesthesia, Cardiology and Nephrology"
_SPECIALIZED_IN = lazy_compile(
    r"\b(?:speciali[sz](?:ed|ing)|specialists?)\s+in\s+(?P<list>[^.;:\n]{3,400})", re.I
)
_COMMA = lazy_compile(r"\s*,\s*")
_FACULTY = lazy_compile(
    r"\b(?:faculty|speakers?|presenters?|authors?|moderators?|instructors?|team)\b", re.I
)
_AND_OR = lazy_compile(r"\s+(?:and|or|&)\s+")


def _field_items(item: str) -> list[str]:
    whole = field_specialty(item)
    if whole:
        return [whole]
    parts = _AND_OR.split(item)
    return [s for p in parts if (s := field_specialty(p))] if len(parts) > 1 else []


def _specialized_in(doc: Doc) -> list[str]:
    if "speciali" not in doc.low:
        return []
    out: list[str] = []
    for m in _SPECIALIZED_IN.finditer(doc.flat):
        start = max(doc.flat.rfind(". ", 0, m.start()), doc.flat.rfind("\n", 0, m.start()))
        if _FACULTY.search(doc.flat, max(0, start), m.start()):
            continue  # who teaches, not whom the activity is for
        for item in _COMMA.split(m.group("list")):
            out.extend(_field_items(item))
    return out


# the head nouns a modifier may share across "or" ("family or general medicine")
_SHARED_HEADS = ("medicine", "surgery")


def _shared_head(item: str, nxt: str | None) -> str | None:
    """R-SP-4: "family" before "general medicine" (split from "family or general medicine")
    is "Family Medicine" when that is a specialty's name."""
    if not nxt or " " in item.strip() or not item.isalpha():
        return None
    head = nxt.split()[-1].lower()
    return field_specialty(f"{item} {head}") if head in _SHARED_HEADS else None


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
    phrases = audience_phrases(doc, [])
    named: list[str] = []
    for i, a in enumerate(phrases):
        found = _of_item(a)
        if not found:
            shared = _shared_head(a, phrases[i + 1] if i + 1 < len(phrases) else None)
            found = [shared] if shared else []
        named.extend(found)
    named.extend(_specialized_in(doc))
    # the specialists the title's modifier names, a review course's specialty (R-SP-6)
    named.extend(title_specialties(doc, diags, _NOUNS, field_specialty, _MODIFIED_NOT))
    return list(dict.fromkeys(named))
