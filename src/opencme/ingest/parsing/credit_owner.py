"""Whose credit unnamed credit is, when the page names its owner elsewhere (R-CR-63): "CPD
points" on a page naming exactly one approver whose credit is a CPD programme
(data/accreditors.json: a label ending in "CPD", "HPCSA CPD", "RACGP CPD") are that programme's
points."""

from __future__ import annotations

import re

from opencme.ingest.parsing.credit_text import Mention
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.vocab import BODIES

# the labels a CPD name gives without an owner (vocab.CREDIT_NAMES: "CPD points", "CPD")
_UNOWNED_CPD = frozenset({"CPD points", "CPD"})
_CPD_BODIES = tuple(b for b in BODIES if b.label and b.label.endswith(" CPD"))
# another owner accrediting or approving in the points' own sentence ("WCDHW Nursing CPD
# accredited for 3 CPD points")
_ACRONYM_OWNER = re.compile(
    r"\b(?P<acr>[A-Z]{2,}[A-Z&-]*)\s+(?:[\w-]+\s+){0,2}?(?i:accredit|approv)"
)


def cpd_owner(doc: Doc) -> str | None:
    """The label of the one CPD programme the page names, else None."""
    if "cpd" not in doc.low:
        return None
    named = {b.label for b in _CPD_BODIES if b.pattern.search(doc.flat)}
    return next(iter(named)) if len(named) == 1 else None


def own_cpd(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-63: unowned "CPD points" take the one named CPD programme's label."""
    unowned = [m for m in mentions if m.code == "OTHER" and m.label in _UNOWNED_CPD]
    if not unowned:
        return
    owner = cpd_owner(doc)
    if not owner:
        return
    own = owner.split()[0]
    for m in unowned:
        others = {
            a.group("acr")
            for a in _ACRONYM_OWNER.finditer(m.text)
            if a.group("acr") not in ("CPD", own)
        }
        if not others:
            m.label = owner
