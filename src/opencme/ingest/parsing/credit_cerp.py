"""R-CR-80: AACN's Continuing Education Recognition Points by category, written name then
amount on their own line ("CERP A 1.25", "CERP Category B: 2").

The AACN Certification Corporation counts the renewal of its certifications (CCRN and others)
in CERPs of categories A, B and C (its renewal handbooks, aacn.org);
a listing for critical-care nurses states the category it gives. The line is `OTHER` with the
name as written ("CERP A"). "ADA CERP" (the ADA's recognition of dental CE providers) has no
category letter and is none of these.
"""

from __future__ import annotations

from opencme.ingest.parsing.credit_text import Mention, number
from opencme.ingest.parsing.lazyre import lazy_compile

_CERP_LINE = lazy_compile(
    r"^\s*(?:[-•*]\s*)?(?P<name>CERPs?\s+(?:Category\s+)?[ABC])\s*:?\s*"
    r"(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*$"
)


def cerp_lines(lines: list[tuple[int, str]], mentions: list[Mention]) -> None:
    """R-CR-80: each "CERP <category> <amount>" line."""
    for no, text in lines:
        if "CERP" not in text:
            continue
        m = _CERP_LINE.match(text)
        if m:
            name = " ".join(m.group("name").split())
            mentions.append(Mention("OTHER", name, number(m.group("num")), "credit", no, text))
