"""R-CO-11: free only on a condition the learner may not meet ("If you hold an annual pass,
the course carries no fee", "Free with your annual subscription", "There is no charge
for learners who hold a current membership").

docs/corpus.md (Cost): `free: true` only where the activity is free for everyone. A free word
whose sentence puts it under a condition of the learner's standing (a clause "if you are /
have / hold …", "with a (paid) subscription / membership", "for (paid) subscribers /
enrollees / learners who hold …") is no free activity: `free` stays unstated and the sentence
is the `note`, as written. A tier's free word ("free for members") is read by cost_tiers.py
first and stays a tier.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

_FREE = lazy_compile(
    r"\b(?:free(?:\s+of\s+(?:charge|cost))?|complimentary|no\s+(?:charge|cost|fee)s?|"
    r"at\s+no\s+(?:cost|charge))\b",
    re.IGNORECASE,
)
_CONDITION = lazy_compile(
    r"\bif\s+(?:you|the\s+learner)(?:'re|’re|\s+are|\s+have|\s+hold|\s+already)\s+(?:a|an|"
    r"your|already|currently|enrolled|registered|subscribed|paid|current|valid|active)\b|"
    r"\b(?:with|through|under)\s+(?:a|an|your|their)\s+(?:\w+\s+){0,2}?"
    r"(?:subscription|membership|enrol+ment|plan|pass)\b|"
    r"\bfor\s+(?:paid|paying|current|active|existing)\s+(?:\w+\s+)?"
    r"(?:subscribers|enrollees|enrolees|members|customers|account\s+holders)\b|"
    r"\b(?:subscribers|enrollees|enrolees|learners|users)\s+who\s+(?:hold|have|are)\b",
    re.IGNORECASE,
)
_SENTENCE_END = lazy_compile(r"[.!?](?:\s|$)")
_WINDOW = 120


def conditional_free(text: str) -> str | None:
    """The sentence of `text` that makes taking part free only on the learner's standing."""
    low = text.lower()
    if not any(w in low for w in ("if ", "subscri", "member", "enrol", " who ")):
        return None
    for m in _FREE.finditer(text):
        window = max(0, m.start() - _WINDOW)
        start = max(
            (e.end() for e in _SENTENCE_END.finditer(text, window, m.start())), default=window
        )
        end_m = _SENTENCE_END.search(text, m.end())
        end = end_m.start() + 1 if end_m else len(text)
        if _CONDITION.search(text, start, end):
            return text[start:end].strip()
    return None
