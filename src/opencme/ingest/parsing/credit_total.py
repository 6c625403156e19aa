"""R-CR-76: parts listed one a line, then their stated total ("- 12 CE Credits for Modules
1-3" / "- 4.5 Credits for the Infant Module" / "For a total of 16.5 credits."): the total is the
amount (docs/corpus.md, parts and a total: the most a learner can claim for the whole activity).

Only a total that is exactly the sum of the amount read and the parts listed right after it
counts: a total of something else ("a total of 40 credits each cycle") is no part of this list.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention, neg, number
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_UNIT = r"(?:contact\s+hours?|credits?|hours?|points?|CEUs?)\b"
# a part: an amount before a credit word, up to three words between ("6 CE Credits for ...")
_PART = lazy_compile(
    rf"^\s*[-•*]?\s*(?:up\s+to\s+)?(?P<num>{_NUM})\s+(?:[\w-]+\s+){{0,3}}?{_UNIT}", re.I
)
_TOTAL = lazy_compile(rf"\btotal\s+(?:of\s+)?(?:up\s+to\s+)?(?P<num>{_NUM})\s+{_UNIT}", re.I)
_PARTS_AFTER = 6  # lines after the amount read where its parts and total may stand


def stated_totals(doc: Doc, mentions: list[Mention]) -> None:
    """Give a part's mention the total of its parts when the page states it (R-CR-76)."""
    if "total" not in doc.low:
        return
    index = {ln.no: i for i, ln in enumerate(doc.lines)}
    for m in mentions:
        i = index.get(m.line)
        if m.amount is None or i is None:
            continue
        parts = m.amount
        for ln in doc.lines[i + 1 : i + 1 + _PARTS_AFTER]:
            if not ln.text:
                continue
            if not ln.digit:
                break
            t = _TOTAL.search(ln.text) if "otal" in ln.text else None
            if t:
                total = number(t.group("num"))
                if (
                    abs(total - parts) < 0.001
                    and total > m.amount
                    and not neg(ln.text, t.start("num"))
                ):
                    m.amount = total
                break
            p = _PART.match(ln.text)
            if p is None:
                break
            parts += number(p.group("num"))
