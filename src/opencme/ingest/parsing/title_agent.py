"""A heading the paragraph right below names as the agent of the activity's approval (R-TI-13):
"Registry of Lakeside Credits (RLC)" / "The Harbour Congress 2031 is approved by the Registry
of Lakeside Credits (RLC) to offer …". The heading names the accreditor (or the provider,
sponsor, supporter) a statement section speaks of, never the activity the sentence makes its
subject."""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

_AGENT = lazy_compile(
    r"\b(?:approved|accredited|recognized|recognised|endorsed|sponsored|supported|provided"
    r"|certified|designated)\s+(?:for\s+\S+\s+)?by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_BELOW = 2  # lines below the heading the statement is looked for in


def named_as_agent(heading: str, below: list[str]) -> bool:
    """The heading comes back in one of the next lines right after "approved by (the)",
    "accredited by", "provided by", ...: it names the agent of a statement."""
    if len(heading) < 8 or not any(" by " in t for t in below[:_BELOW]):
        return False
    h = " ".join(heading.split())
    for text in below[:_BELOW]:
        if " by " not in text or h not in text:
            continue
        start = 0
        while (k := text.find(h, start)) >= 0:
            if _AGENT.search(text[max(0, k - 60) : k]):
                return True
            start = k + 1
    return False
