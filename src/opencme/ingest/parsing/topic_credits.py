"""The credit lines topics read (docs/corpus.md "Topics"): the lines the credit and MOC
extractors used, where a credit designated in a topic's name says which requirement it serves
("3 Ethics CE credits", "Self-Assessment (ABS)"), and a credit designated in a topic's name
wherever the page states it ("2 contact hours of pain management"). The ABMS MOC sentence
naming every part of MOC is boilerplate, no topic of the activity.
"""

from __future__ import annotations

import re

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile


def credit_lines(doc: Doc, diags: list[Diagnostic]) -> list[tuple[int, str]]:
    """Lines the credit and MOC extractors read: a credit designated in a topic's name
    ("3 Ethics CE credits", "Self-Assessment (ABS)") says which requirement it serves."""
    used = {d.line for d in diags if d.field in ("credits", "moc") and d.status == "used"}
    return [(ln.no, _credit_sentences(ln.text)) for ln in doc.lines if ln.no in used]


_LONG_LINE = 300  # a line longer than this is a paragraph: only its credit sentences count
_SENTENCE_END = lazy_compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])")
_CREDIT_WORD = lazy_compile(
    r"\b(?:credits?|hours?|points?|units?|CEs?|CMEs?|CEUs?|MOC|self-assessment)\b", re.I
)


def _credit_sentences(text: str) -> str:
    """A credit line as topics read it: a paragraph's sentences that speak of credit (a long
    page glued on one line is no designation of each topic it names)."""
    if len(text) <= _LONG_LINE:
        return text
    return " ".join(s for s in _SENTENCE_END.split(text) if _CREDIT_WORD.search(s))


# ABMS's MOC parts named together ("Lifelong Learning, Self-Assessment, Improvement in Medical
# Practice and/or Patient Safety requirements"; abms.org, "ABMS Program for Maintenance of
# Certification": "Professionalism and Professional Standing, Lifelong Learning and
# Self-Assessment, Assessment of Knowledge, Judgment, and Skills, and Improvement in Medical
# Practice"): a sentence every ABMS-board activity prints, no topic of this one
MOC_PARTS = lazy_compile(
    r"lifelong\s+learning\b.{0,80}\bimprovement\s+in\s+medical\s+practice", re.I
)


# credit designated in a topic's name wherever the page states it ("3 New Jersey Ethics
# Continuing Education Credits", "2 contact hours of pain management"): docs/corpus.md "Topics",
# "the listing says it meets a requirement on the topic (... '3 Ethics CE credits')"; the credit
# extractor reads one designation, an add-on's credit stands in the prose
# (bare "CEs" / "CEUs" / "CMEs" too, and a topic's category: "4 CEs in the category of Ethics",
# "3 hours in the area of Pain Management")
_UNIT = (
    # points too ("CPD Points = 30 (1 Ethics point)", "2 ethics CPD points"; 2026-12-08)
    r"(?:(?:(?:CE|CME|CEUs?|CPE|CPD|continuing\s+education|contact)\s+)?"
    r"(?:credits?|hours?|units?|points?)|CEs|CEUs?|CMEs)"
)
_TOPIC_CREDIT = lazy_compile(
    rf"\b\d{{1,2}}(?:\.\d{{1,2}})?\s+(?:(?P<named>(?:[\w’'&/-]+\s+){{1,4}}?){_UNIT}\b"
    rf"|{_UNIT}\s+(?:of|in)\s+(?:the\s+(?:category|area|field|domain|topic)\s+of\s+)?"
    rf"(?P<of>[\w’'&/-]+(?:\s+[\w’'&/-]+){{0,3}}))",
    re.IGNORECASE,
)
_GUARDS = ("credit", "hour", "unit", "ces", "ceu", "cmes", "point")


def topic_credit_lines(doc: Doc) -> list[tuple[int, str]]:
    """(line, the words naming the credit) of every credit designated in a topic's name."""
    out = []
    for ln in doc.lines:
        if not ln.digit:
            continue
        low = ln.text.lower()
        if not any(g in low for g in _GUARDS):
            continue
        for m in _TOPIC_CREDIT.finditer(ln.text):
            out.append((ln.no, m["named"] or m["of"]))
    return out
