"""``registration`` from who is eligible (R-RG-4): those taking part must hold a licence, a
registration, a certification or a qualification ("Registrants must be licensed dental
assistants in X", "You must be a licensed occupational therapist", "Candidates must be a
graduate of a podiatry school", "Delegates must be registered with the Midwifery Council"). Taking
part is restricted to a group: ``limited`` (docs/corpus.md, `registration`: the text restricts
taking part to a group). Being signed up ("Participants must be registered by May 1"), present
or on time restricts no one."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

_WHO = r"(?:applicants?|participants?|candidates?|registrants?|attendees?|learners?|delegates?|you)"
_HELD = (
    r"(?:licensed|certified|credentialed|board[\s-]certified|graduates?\s+(?:of|from)|"
    r"qualified|practi[cs]ing|employed\s+(?:by|at|in)|members?\s+of|"
    # registered with a register, not signed up: "registered on the NMC register", "registered
    # with the Council", "registered nurses", "registered in Australia"
    r"registered\s+(?:on|with|as|nurses?|(?:in|to\s+practi[cs]e\s+in)\s+[A-Z])|"
    r"(?:hold(?:ing)?|have|possess)\s+(?:a\s+|an\s+)?(?:current|valid|active|unrestricted)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]e|licensure|registration|certification|credential)"
    r"|in\s+possession\s+of)"
)
ELIGIBLE = lazy_compile(
    rf"\b{_WHO}\s+(?:must|shall|will\s+need\s+to|need\s+to)\s+(?:be|hold|have|possess)\s+"
    rf"(?:a\s+|an\s+)?(?:currently\s+|current(?:ly)?\s+|actively\s+|fully\s+)?{_HELD}|"
    rf"\b{_WHO}\s+must\s+(?:hold|have|possess)\s+(?:a\s+|an\s+)?(?:current|valid|active)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:licen[cs]e|licensure|registration|certification)",
    re.IGNORECASE,
)


def eligible_only(flat: str, low: str) -> int | None:
    """The offset of the first sentence saying who is eligible, or None."""
    if " must " not in low and " need " not in low and " shall " not in low:
        return None
    m = ELIGIBLE.search(flat)
    return m.start() if m else None
