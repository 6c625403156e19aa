"""The organisation described as a provider in apposition (R-PV-72): "X – as a CPD Major
Provider – will help you …", "X, as an accredited provider of continuing education, offers
…", "The X, as the CME provider, ensures …". The apposition names the subject's role toward the
activities the page offers, as "X is an accredited provider" does (R-PV-1's statement).
"""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import PERSON, clean_org, good_org
from opencme.ingest.parsing.vocab import is_accreditor

_CAP_RUN = r"[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*[A-Z][\w&.'’-]*){0,8}"
_AS_PROVIDER = lazy_compile(
    rf"(?:^|(?<=[.;!?]\s)|(?<=,\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN})\s*(?:,|\s[-–—])\s+as\s+"
    r"(?:an?|the|our)\s+(?:[\w-]+\s+){0,3}?[Pp]rovider\b(?:\s+of\s+[^,–—-]{1,60})?\s*[,–—-]"
)


def apposition_provider(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of the first "X, as a … provider,"."""
    if " as " not in doc.low or "provider" not in doc.low:
        return None
    for ln in doc.lines:
        if " as " not in ln.text or "rovider" not in ln.text:
            continue
        for m in _AS_PROVIDER.finditer(ln.text):
            org = clean_org(m.group("org"))
            if is_accreditor(org) or PERSON.search(org):
                continue
            if good_org(org, False) and (" " in org or org[:1].isupper()):
                return org, ln.no, ln.text
    return None
