"""R-CR-75: a key of credit words alone whose value is only a figure ("Credits: 1",
"Journal Credits: 2"), on a page where no reader found any credit.

The key names no system; the page's continuing education decides whose credit it is. Only a
page that calls itself a CME or CE activity ("this online CME activity", "this CE course") or
names continuing medical education in words counts: elsewhere "Credits: 3" is a university
course's academic credit. A qualifier word before "Credits" is the label of credit with no
known system, as written (docs/corpus.md, credit with no named system; R-CR-42 labels a list's
items so); plain "Credits" takes the kind of activity:
a CME activity's credit is CME as R-CR-4 resolves it (AMA PRA when the page names it), a CE
activity's plain credits name nothing (left).
"""

from __future__ import annotations

from opencme.ingest.parsing.credit_resolve import resolve_code
from opencme.ingest.parsing.credit_text import Ctx, Mention, number
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile

_KEY = lazy_compile(
    r"^\s*(?:(?P<qual>[A-Z][a-z]{2,20})\s+)?Credits?\s*:\s*(?P<num>\d{1,3}(?:\.\d{1,2})?)\s*$"
)
# words of the key that add nothing to "Credits" (the amount is the activity's)
_PLAIN = frozenset({"Total", "Max", "Maximum", "Available", "Awarded", "Earned", "Offered"})
# a university's credit, no continuing education
_ACADEMIC = frozenset({"Academic", "Semester", "College", "University", "Course", "Transfer"})
# the page names itself an activity of continuing education, or names continuing medical
# education in words ("Continuing Medical Education" beside "Credits: 1")
_KIND = lazy_compile(
    r"\b(?P<kind>CME|CE)\s+(?i:activity|activities|course|courses|program|programme|module)\b|"
    r"\b(?i:(?P<cme>continuing\s+medical\s+education))\b"
)
_KEY_LINE = 40


def key_credits(doc: Doc, ctx: Ctx, mentions: list[Mention]) -> None:
    """R-CR-75: the first credits key of a CE or CME activity's page, when nothing was read."""
    if mentions or ("redits" not in doc.flat and "redit:" not in doc.flat):
        return
    kind = _KIND.search(doc.flat)
    if kind is None:
        return
    for ln in doc.lines:
        if not ln.digit or len(ln.text) > _KEY_LINE or "redit" not in ln.text:
            continue
        m = _KEY.match(ln.text)
        if m is None:
            continue
        qual = m.group("qual")
        if qual in _ACADEMIC:
            return
        amount = number(m.group("num"))
        if qual and qual not in _PLAIN:
            label = " ".join(ln.text.split(":", 1)[0].split())
            mentions.append(Mention("OTHER", label, amount, "credit", ln.no, ln.text))
        elif kind.group("kind") == "CME" or kind.group("cme"):
            code, owner = resolve_code("CME", ln.text, ctx)
            mentions.append(Mention(code, owner, amount, "credit", ln.no, ln.text))
        return
