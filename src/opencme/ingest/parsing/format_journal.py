"""Article-based CE in other sites' words (R-FO-10): the learner reads a paper, a review or an
issue and answers questions on it ("Earn CE by reading this paper and completing the post-test",
"This CPD quiz accompanies the March 2027 issue", "appears in the June edition of Eye Practice
magazine; answer the questions online"). docs/corpus.md 'Format': `journal` is a journal
article with CME/CE credit, a quiz on a published article."""

from __future__ import annotations

import re

from opencme.ingest.parsing.format_cues import guarded
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Spring|Summer|Autumn|Fall|Winter"
)
# reading the piece the credit is for ("reading this paper", "read the accompanying article",
# "study the following review"), or a dated issue ("the March 2027 issue"; not "this issue",
# a topic) or a periodical's edition the activity is in
READ_PIECE = lazy_compile(
    r"\b(?:read(?:ing)?|study(?:ing)?)\s+(?:this|the|each|our)\s+(?:(?:accompanying|following|"
    r"full|linked|original|featured|cpd|cme|ce|review|research)\s+)?"
    r"(?:paper|article|review|report)\b(?!\s+(?:form|certificate|copy|version))|"
    rf"\b(?:(?:{_MONTHS})(?:\s+\d{{4}})?|\d{{4}}|latest|this\s+month['’]s)\s+issue\b|"
    r"\bedition\s+of\s+(?:the\s+)?(?:[A-Z][\w&'-]*\s+){1,5}?"
    r"(?i:journal|magazine|newsletter|bulletin|review)\b",
    re.IGNORECASE,
)
# questions the learner answers on it
_QUESTIONS = lazy_compile(
    r"\b(?:quiz(?:zes)?|post[\s-]?tests?|self[\s-]assessment\s+questions|mcqs?|"
    r"multiple[\s-]choice\s+questions|answer\s+(?:the\s+|all\s+|\d+\s+)?(?:[\w-]+\s+)?questions)\b",
    re.IGNORECASE,
)


def article_read(doc: Doc) -> bool:
    """The page has the learner read a piece or an issue and answer questions on it."""
    return guarded(READ_PIECE, doc, "read", "study", "issue", "edition") and guarded(
        _QUESTIONS, doc, "quiz", "test", "question", "mcq"
    )


# an issue of a named publication ("the April 2031 issue of The Example Review", "the Spring
# 2022 issue of The National Psychologist"): article-based CME (docs/corpus.md 'Format': journal)
_ISSUE_OF = lazy_compile(
    r"\b(?i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Spring|Summer|Fall|Autumn|Winter)\s+(?:\d{4}\s+)?(?i:issue)\s+of\s+"
    r"(?:(?i:the)\s+)?[A-Z]"
)
