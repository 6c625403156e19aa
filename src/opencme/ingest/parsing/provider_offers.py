"""An organisation offering something whose sentence names the activity or its credit further
on (R-PV-49): "The X offers individual CME-CPD participation through ...", "X is the first to
offer an option for ... as part of their ... certificate course"; and a news report of one
starting an activity (R-PV-50): "X has decided to start a Certificate Course", "A and B, ...,
marked the successful launch of the X Conference". Apart from provider_cues.py,
whose R-PV-7 pattern wants the activity noun within six words of the verb: this one reads the
rest of the sentence, and only after every sentence rule found nothing."""

from __future__ import annotations

import re

from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.org_names import HEAD_NOUN as _HEAD_NOUN
from opencme.ingest.parsing.org_names import PERSON as _PERSON
from opencme.ingest.parsing.org_names import clean_org as _clean_org
from opencme.ingest.parsing.org_names import good_org as _good_org
from opencme.ingest.parsing.provider_cues import _CAP_RUN, ACT_NOUNS, ACT_VERBS
from opencme.ingest.parsing.vocab import PROVIDER_CUES

# the subject at a line's or sentence's start, "offers" (an adverb before it: "now offers") or
# "is the first to offer", and the rest of its sentence
_OFFERS = lazy_compile(
    rf"(?:^|(?<=[.;?!]\s))(?:[Tt]he\s+)?(?P<org>{_CAP_RUN})\s+"
    r"(?:(?:now|also|currently)\s+)?(?:offers|is\s+the\s+first\s+to\s+offer)\s"
    r"(?P<rest>[^.;?!]{0,200})"
)
# an activity noun or a credit acronym ("CME-CPD": the hyphen ends the word); not a learner "in
# training" (a trainee, no activity offered)
_ACTIVITY = lazy_compile(
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


# --- a news report of organisations starting an activity (R-PV-50) ---------------------------
# after a dateline's place in capitals ("ERETOWN: X has ..."): "X has decided to start/launch/
# hold ... <activity>", "A and B[, an apposition,] marked the (successful) launch of ..."
_STARTS = lazy_compile(
    r"(?:^(?:[A-Z][A-Z .,'-]{1,40}:\s+)?|(?<=[.;?!]\s))(?:[Tt]he\s+)?"
    rf"(?P<subj>{_CAP_RUN}(?:\s+and\s+(?:the\s+)?{_CAP_RUN})*)(?:,[^,.;]{{1,60}},)?\s+"
    rf"(?:(?:has|have)\s+decided\s+to\s+(?:start|{ACT_VERBS})|"
    r"marked\s+the\s+(?:(?:successful|official|formal)\s+)?launch\s+of)\s+"
    rf"(?:[\w,’'()-]+\s+){{0,6}}?{ACT_NOUNS}\b"
)
_ENDS_NAMED = lazy_compile(rf"(?:{_HEAD_NOUN.pattern})\s*$|\b[A-Z]{{2,}}\s*$")


def _named_parts(subj: str) -> list[str]:
    """A coordinated subject cut at its "and"s where the part before ends in an organisation's
    head noun or an acronym ("A Centre and B Renal and Urology Center": two names)."""
    parts: list[str] = []
    for piece in subj.split(" and "):
        if parts and not _ENDS_NAMED.search(parts[-1]):
            parts[-1] += " and " + piece
        else:
            parts.append(piece)
    return [_clean_org(p) for p in parts]


def starting_orgs(doc: Doc) -> tuple[list[str], int, str] | None:
    """(the organisations, the provider first; the line's number and text) of the first news
    sentence saying they decided to start, or marked the launch of, an activity."""
    if "decided to" not in doc.low and "launch of" not in doc.low:
        return None
    for ln in doc.lines:
        if "decided to" not in ln.text and "launch of" not in ln.text:
            continue
        for m in _STARTS.finditer(ln.text.strip()):
            orgs = _named_parts(m.group("subj"))
            if orgs and all(_good_org(o, True) and not _PERSON.search(o) for o in orgs):
                return orgs, ln.no, ln.text
    return None
