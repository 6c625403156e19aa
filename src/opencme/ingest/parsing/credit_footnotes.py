"""An amount marked for a footnote that says it is not final (R-CR-94): "will receive *7.5 CME
points" with "*final CME points to be confirmed" is the credit with `amount: null`, as an
amount "to be confirmed" in its own sentence is (R-CR-2; docs/corpus.md, estimated or pending
amounts)."""

from __future__ import annotations

import re
from dataclasses import replace

from opencme.ingest.parsing.credit_text import Mention, number
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

# the footnote: a line or a parenthesis opening with the mark, saying the figure is not final
_PENDING_NOTE = lazy_compile(
    r"(?:^|\()\s*\*\s*[^*\n]{0,80}?\b(?:to\s+be\s+(?:confirmed|determined|finali[sz]ed)|"
    r"pending|TBC|TBD|subject\s+to\s+(?:final\s+)?(?:approval|confirmation|change))\b",
    re.IGNORECASE | re.MULTILINE,
)
# the mark right before a figure ("*7.5 CME points"); a bullet ("* 3 CME credits") is none
_MARKED = lazy_compile(r"(?<![\w*])\*(\d{1,3}(?:\.\d{1,2})?)(?![\d.]*\*)")


def pending_footnotes(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-94: a marked amount whose footnote says it is not final has no amount."""
    if "*" not in doc.flat or _PENDING_NOTE.search(doc.flat) is None:
        return
    for i, m in enumerate(mentions):
        if m.amount is None or "*" not in m.text:
            continue
        if any(number(x.group(1)) == m.amount for x in _MARKED.finditer(m.text)):
            mentions[i] = replace(m, amount=None)
