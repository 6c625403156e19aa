"""``registration``: "open" (anyone may register) or "limited" (the text restricts who may).

The record's two values (accreditation.rules.REGISTRATIONS; the finder shows "Open to all" and
"Limited") say who may take part, not how many: "space is limited" is a capacity and reads as
nothing. Read from a registration key (R-RG-1), else from prose whose subject is taking part
or the activity itself and whose predicate restricts it to a group (R-RG-2): "attendance is
limited to ...", "the series is only available to ...", "by invitation only".
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.keyed import keyed, used
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.registration_eligible import eligible_only
from opencme.ingest.parsing.registration_prose import prose_registration
from opencme.ingest.parsing.vocab import PROVIDER_CUES

_OPEN = lazy_compile(r"\bopen\b", re.IGNORECASE)
_LIMITED = lazy_compile(r"\blimited|restricted|closed|invitation", re.IGNORECASE)

# Taking part, named as a noun, and the activity nouns of data/provider_cues.json.
_PART = ["attendance", "registration", "enrollment", "enrolment", "participation", "admission"]
_SUBJECT = "|".join(
    re.escape(w) for w in sorted({*_PART, *PROVIDER_CUES["activity_nouns"]}, key=len, reverse=True)
)
_RESTRICTED = lazy_compile(
    rf"\b(?:{_SUBJECT})\b(?P<between>[^.;:\n]{{0,40}}?)\b(?:(?:is|are)\s+)?"
    r"(?:currently\s+|strictly\s+)?(?:limited|restricted|only\s+(?:open|available))\s+to\b"
    r"(?!\s+(?:a\s+(?:maximum|total)\s+of\s+|about\s+|approximately\s+)?\d)|"
    r"\bby\s+invitation\s+only\b|\binvitation[\s-]only\b",
    re.IGNORECASE,
)
# what every `_RESTRICTED` match holds (its predicate, or "invitation"): a page without it
# needs no search for the subject before the predicate (speed; the same answer)
_PREDICATE = lazy_compile(
    r"(?:limited|restricted|only\s+(?:open|available))\s+to\b|invitation", re.IGNORECASE
)
# the activity noun naming another thing it modifies ("Course materials are only available to
# enrolled students", "Programme resources are restricted to", "Webinar recordings are ..."):
# what is restricted is that thing, not taking part
_THING = lazy_compile(
    r"\s*(?:materials?|resources?|recordings?|videos?|slides|handouts?|content|notes|"
    r"documents?|files?|downloads?|fees?|discounts?|rates?|prices?|pricing|details|"
    r"information|access\s+codes?|links?|certificates?|credits?|portal|page|website)\b",
    re.IGNORECASE,
)
# a number after "limited to", or these words before it, make it a capacity, not who
_CAPACITY = lazy_compile(
    r"\b(?:capacity|space|spaces|seats?|places|numbers?|size)\b", re.IGNORECASE
)


def extract_registration(doc: Doc, diags: list[Diagnostic]) -> str | None:
    ln = keyed(doc, "registration")
    if ln and ln.value:
        value = (
            "open" if _OPEN.search(ln.value) else "limited" if _LIMITED.search(ln.value) else None
        )
        if value:
            used(diags, "registration", ln)
            return value
    low = doc.low
    if ("limited" in low or "restricted" in low or "only" in low) and doc.has(_PREDICATE):
        restricted = (
            m
            for m in _RESTRICTED.finditer(doc.flat)
            if not _CAPACITY.search(m["between"] or "") and not _THING.match(m["between"] or "")
        )
        m = next(restricted, None)
        if m:
            used(diags, "registration", doc.line_at(m.start()), "restricts who may take part")
            return "limited"
    found = prose_registration(doc.flat, low)  # R-RG-3: open to anyone, an institution's own
    if found:
        used(diags, "registration", doc.line_at(found[1]), "says who may take part")
        return found[0]
    at = eligible_only(doc.flat, low)  # R-RG-4: "Applicants must be licensed dental hygienists"
    if at is not None:
        used(diags, "registration", doc.line_at(at), "says who is eligible to take part")
        return "limited"
    return None
