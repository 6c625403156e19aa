"""A list of questions and answers (an FAQ page or section) is never the description
(docs/corpus.md "Description": never statements, credit or instructions for taking the
activity): with two of the reader's own questions about taking the activity as headings ("Do I
still get credit if …?", "Is it required for nurses?", "How do I claim my hours?": an
auxiliary, "how", "when", "where" or "if" opens them), every question-line heads an answer
("Why should I take this course?" too), and the answer runs up to the next question or key.
One such question alone ("Would you like to be told when it runs near you?") makes no list.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from opencme.ingest.parsing.layouts import Doc, norm_key
from opencme.ingest.parsing.lazyre import lazy_compile

# a question heading: a short line ending with "?"
_QUESTION_MAX = 120
# the key of an answer ("A: Yes, …")
_ANSWER_KEYS = frozenset({"a", "answer"})
# a question the reader asks about taking the activity, "Q:" before it or not
_QUESTION = lazy_compile(
    r"^(?:q\s*[:.]\s*)?(?:do|does|did|is|are|can|could|will|would|may|must|should|shall|"
    r"how|when|where|if)\b",
    re.IGNORECASE,
)


def question_heading(text: str) -> bool:
    """A short line asking the reader's question about taking the activity ("Can I take the
    test twice?"): an answer section's heading."""
    t = text.strip()
    return t.endswith("?") and len(t) <= _QUESTION_MAX and _QUESTION.match(t) is not None


def answer_sections(doc: Doc) -> Iterator[str]:
    """The paragraphs of a list of questions and answers (two of the reader's questions or
    more): under each question (any, then: "Why should I take it?" too), its "A:" line and
    what follows up to the next question or key (an answer's own subheadings, "Nurses (in
    Ontario)", and lists are the answer's)."""
    if "?" not in doc.text or sum(1 for ln in doc.lines if question_heading(ln.text)) < 2:
        return
    inside = False
    for ln in doc.lines:
        t = ln.text.strip()
        if not t:
            continue
        if t.endswith("?") and len(t) <= _QUESTION_MAX:
            inside = True
            continue
        if not inside:
            continue
        if ln.raw_key is not None and norm_key(ln.raw_key) not in _ANSWER_KEYS:
            inside = False  # a key: the answers have ended
            continue
        yield ln.text  # the answer, its own subheadings and lists included
