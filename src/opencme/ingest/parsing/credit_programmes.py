"""R-CR-120: a college's CPD programme that accredits the activity, named by its acronyms.

Australian and New Zealand colleges run their members' CPD as named programmes: the RACGP CPD
program, the RACP MyCPD program, the ACRRM PDP program, the RNZCGP MOPS programme, the ANZCA
CPD program. A sentence that accredits or approves the activity "with / under / in / by /
through" such a programme ("Harbour GP Day sessions are accredited under the ACRRM PDP
program as well as the RACGP CPD program") offers that programme's credit: `OTHER` labelled with the
college's and the programme's acronyms as written ("ACRRM PDP"), amount null unless read
elsewhere; a programme already read (with its amount) is not read twice.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import body_named

# the activity accredited (its noun the subject: "Harbour GP Day sessions are accredited
# under ..."); "Lakeshore Health is approved by the ASWB ACE program" approves the provider
_ACCREDITS = lazy_compile(
    r"\b(?:activit(?:y|ies)|courses?|programs?|programmes?|workshops?|events?|meetings?|sessions?|"
    r"conferences?|webinars?|modules?|seminars?|education|lectures?|this|these)\b[^.;]{0,60}?\b"
    r"(?:is|are|has\s+been|have\s+been|been)\s+(?:\w+\s+)?(?:accredited|approved|recogni[sz]ed|"
    r"endorsed|eligible)\s+(?:with|under|in|by|through|for|within)\b",
    re.IGNORECASE,
)
# "<college acronym> <programme name> program(me)": "ACRRM PDP program", "RACP MyCPD program"
_PROGRAMME = lazy_compile(
    r"\b(?P<college>[A-Z][A-Z&]{2,7})\s+(?P<prog>[A-Z][A-Za-z]{1,6}|[A-Z]{2,6})\s+[Pp]rogram(?:me)?s?\b"
)


# a US board's MOC programme (moc.py reads it) and US credit words are no college's CPD
_NOT_CPD = frozenset({"MOC", "MOCA", "CME", "CE", "CEU", "CEUs"})


def programme_credits(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-120: each CPD programme a sentence accredits the activity with."""
    for ln in doc.lines:
        text = ln.text
        if "rogram" not in text or not _ACCREDITS.search(text):
            continue
        for m in _PROGRAMME.finditer(text):
            prog, college = m.group("prog"), m.group("college")
            if not any(c.isupper() for c in prog[1:]):
                continue  # a capitalised word ("Education program"), no programme's acronym
            if prog in _NOT_CPD or college.startswith("AB") or body_named(college):
                continue  # a board's MOC (moc.py), a known approver (credit_approvals.py)
            label = f"{m.group('college')} {prog}"
            if any(x.label == label for x in mentions):
                continue
            mentions.append(Mention("OTHER", label, None, None, ln.no, text))
