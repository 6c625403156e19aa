"""The organisation a credit comes "from" (R-PV-69): "are eligible for AMA PRA Category 1
Credit™ from the Elm Clinic Center for Medical Education", "earn 3 CE hours from the Harbor
College of Pharmacy", "receive CPD points from X". Like a credit "awarded by" X (R-PV-3's
awarder), the one that grants it provides the activity when nothing else names a provider. An
accreditor ("from the AMA") is none, and a website or portal after the name is the name's
place, not part of it ("from the X (myCME) website").
"""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import PERSON, clean_org, good_org
from opencme.ingest.parsing.vocab import is_accreditor

_NAME = r"[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|for|and|the|in|on|at|&)[ \t]+)*[A-Z][\w&.'’-]*){1,9}"
# a sentence's full stop after the name, not "Inc." or "Co."
_STOP = lazy_compile(r"(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)\.$")
_FROM = lazy_compile(
    r"\b(?i:credits?|contact\s+hours|hours|points|CEUs?|CMEs?|CPD)[™®]?\s+from\s+(?:the\s+)?"
    rf"(?P<org>{_NAME})(?:\s+\([^()]{{1,20}}\))?"
    r"(?=\s+(?:website|portal|platform|site|online|at|for|to|and|upon|after|once)\b|[.,;:]|\s*$)"
)


def credit_from(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of the first credit said to come from
    an organisation."""
    if " from " not in doc.low:
        return None
    for ln in doc.lines:
        if " from " not in ln.text:
            continue
        for m in _FROM.finditer(ln.text):
            org = clean_org(_STOP.sub("", m.group("org")))
            if good_org(org, True) and not PERSON.search(org) and not is_accreditor(org):
                return org, ln.no, ln.text
    return None
