"""The organisation that holds its own event (R-PV-68): "<Org> will hold its 16th Annual Clinical
Institute on …", "the X College of Midwives organized its first CPD programme", "X is hosting
its inaugural Summer School", "the X Heart Centre at the Y College of Medicine held its first
symposium" (the institution after "at the" is where the subject is). The possessive "its" after
a verb of holding makes the event the subject's own whatever noun names it (an "Institute", a
"Day", a "School"), so the subject is the provider when nothing else names one. The subject
opens a sentence or follows a fronted clause's comma; a governing body's own sitting ("the House
of Delegates will convene its yearly session") is no event of the activity.
"""

from __future__ import annotations

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import PERSON, at_host, clean_org, good_org
from opencme.ingest.parsing.vocab import is_accreditor

# a name's words and connectors, its own "at" too ("University of X at Northgate")
_CAP_RUN = (
    r"[A-Z][\w&.'’-]*(?:[ \t]+(?:(?:of|for|and|the|&|at(?![ \t]+the\b))[ \t]+)*"
    r"[A-Z][\w&.'’-]*){0,8}"
)
_HOLD = (
    r"(?:hold|holds|held|holding|host|hosts|hosted|hosting|organi[sz]e[sd]?|organi[sz]ing|"
    r"stage[sd]?|staging|convene[sd]?|convening|run|runs|ran|running|conduct(?:s|ed|ing)?|"
    r"launch(?:es|ed|ing)?|present(?:s|ed|ing)?|celebrate[sd]?|celebrating)"
)
_HOLDS_ITS = lazy_compile(
    rf"(?:^|(?<=[.;!?]\s)|(?<=,\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN})(?:\s+\([A-Z][\w&-]{{1,12}}\))?"
    # the institution it is part of, after "at the" or "within" ("X Centre at the Y College of
    # Medicine – Northgate held its"): where the subject is, not the subject (org_names.at_host)
    rf"(?:\s+(?:at\s+the|within(?:\s+the)?)\s+{_CAP_RUN}(?:\s+[–—-]\s+[A-Z][\w'’.-]*)?)?"
    r",?\s+(?:(?:will|be|is|are|has|had|recently|once\s+again|again|also|now)\s+){0,3}"
    rf"{_HOLD}\s+its\s+(?:own\s+)?"
    r"(?:first|second|third|fourth|fifth|\d{1,3}(?:st|nd|rd|th)|annual|inaugural|biennial|"
    r"yearly|next|latest|[A-Z])"
)
# a governing body's members: its sitting is a business meeting (provider_news._BODY too)
_BODY = lazy_compile(r"\b(?:Directors|Trustees|Governors|Regents|Delegates|Members|Senate)$")


def holds_its(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of the first sentence saying an
    organisation holds its own event."""
    if " its " not in doc.low:
        return None
    for ln in doc.lines:
        if " its " not in ln.text:
            continue
        for m in _HOLDS_ITS.finditer(ln.text):
            org = at_host(clean_org(m.group("org")))
            if _BODY.search(org.removesuffix("'s").removesuffix("’s")):
                continue
            if good_org(org, True) and not PERSON.search(org) and not is_accreditor(org):
                return org, ln.no, ln.text
    return None
