"""An organisation offering something whose sentence names the activity or its credit further
on (R-PV-49): "The X offers individual CME-CPD participation through ...", "X is the first to
offer an option for ... as part of their ... certificate course". Apart from provider_cues.py,
whose R-PV-7 pattern wants the activity noun within six words of the verb: this one reads the
rest of the sentence, and only after every sentence rule found nothing."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.org_names import PERSON as _PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.provider_cues import _CAP_RUN, ACT_NOUNS
from opencme.ingest.parsing.vocab import PROVIDER_CUES

# the subject at a line's or sentence's start, "offers" (an adverb before it: "now offers") or
# "is the first to offer", and the rest of its sentence
_OFFERS = re.compile(
    rf"(?:^|(?<=[.;?!]\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN})\s+"
    r"(?:(?:now|also|currently)\s+)?(?:offers|is\s+the\s+first\s+to\s+offer)\s"
    r"(?P<rest>[^.;?!]{0,200})"
)
# an activity noun or a credit acronym ("CME-CPD": the hyphen ends the word); not a learner "in
# training" (a trainee, no activity offered)
_ACTIVITY = re.compile(
    rf"(?<!\bin\s)\b(?:{ACT_NOUNS}|"
    + "|".join(map(re.escape, PROVIDER_CUES["credit_acronyms"]))
    + r")\b"
)


def offering_sentence(doc: Doc) -> tuple[str, int, str] | None:
    """(the organisation, its line's number and text) of the first "X offers ..." whose
    sentence names an activity or its credit; None when no line says so."""
    if " offer" not in doc.low:
        return None
    for ln in doc.lines:
        if " offer" not in ln.text:
            continue
        for m in _OFFERS.finditer(ln.text.strip()):
            if not _ACTIVITY.search(m.group("rest")):
                continue
            org = _clean_org(m.group("org"))
            if _good_org(org, True) and not _PERSON.search(org):
                return org, ln.no, ln.text
    return None
