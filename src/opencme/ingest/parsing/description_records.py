"""A paragraph on keeping a record of one's participation (docs/corpus.md "Description": never
instructions for taking the activity or claiming its credit): transcripts, attendance tracked
by badge, a receipt or a copy of the programme kept as evidence, supporting documentation, the
sessions one has participated in, how long recordings stay open. The lenient statement test
(descriptions.statement_like) lets such a paragraph through when its words of credit are few;
it is still no description. (A course given as "a lightly edited text version of the seminar" is a
format, not a record.)"""

from __future__ import annotations

import re

from opencme.ingest.parsing.lazyre import lazy_compile

_RECORDS = lazy_compile(
    r"\b(?:(?:cme|ce|cpd|credit|your|their|my)\s+transcripts?|attendance\s+(?:will\s+be\s+|is\s+)?(?:tracked|recorded|monitored)"
    r"|(?:name\s+)?badges?\b.{0,40}\b(?:scan|track)|keep\s+a\s+copy|receipts?|supporting"
    r"\s+documentation|(?:have|has)\s+(?:participated|attended)\s+(?:in|at)?|access\s+to\s+"
    r"(?:the\s+)?(?:sessions|recordings)\s+until|on-demand\s+period|proof\s+of\s+attendance)\b",
    re.IGNORECASE,
)


def participation_record(text: str) -> bool:
    """The paragraph tells the learner how their participation is recorded or evidenced."""
    return _RECORDS.search(text) is not None
