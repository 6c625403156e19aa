"""Whose credit unnamed credit is, when the page names its owner elsewhere (R-CR-63): "CPD
points" on a page naming exactly one approver whose credit is a CPD programme
(data/accreditors.json: a label ending in "CPD", "HPCSA CPD", "RACGP CPD") are that programme's
points; unowned points written again with the same amount after a programme's acronym ("1 CME
Point(s)" ... "1 MME CME point") are that programme's, as R-CR-55 gives unnamed credit its
more precise words."""

from __future__ import annotations

from opencme.ingest.parsing.credit_text import Mention
from opencme.ingest.parsing.layouts import Doc
from opencme.ingest.parsing.lazyre import lazy_compile
from opencme.ingest.parsing.vocab import BODIES

# the labels a CPD name gives without an owner (vocab.CREDIT_NAMES: "CPD points", "CPD")
_UNOWNED_CPD = frozenset({"CPD points", "CPD"})
# unowned points and the kind word a programme's label ends with ("MME CME", "PRC CPD")
_UNOWNED_POINTS = {"CPD points": " CPD", "CPD": " CPD", "CME points": " CME"}
_CPD_BODIES = tuple(b for b in BODIES if b.label and b.label.endswith(" CPD"))
# another owner accrediting or approving in the points' own sentence ("WCDHW Nursing CPD
# accredited for 3 CPD points")
_ACRONYM_OWNER = lazy_compile(
    r"\b(?P<acr>[A-Z]{2,}[A-Z&-]*)\s+(?:[\w-]+\s+){0,2}?(?i:accredit|approv)"
)


def cpd_owner(doc: Doc) -> str | None:
    """The label of the one CPD programme the page names, else None."""
    if "cpd" not in doc.low:
        return None
    named = {b.label for b in _CPD_BODIES if b.pattern.search(doc.flat)}
    return next(iter(named)) if len(named) == 1 else None


def _same_points(m: Mention, mentions: list[Mention]) -> str | None:
    """The one programme label read with the same amount and unit as unowned `m`."""
    kind = _UNOWNED_POINTS.get(m.label or "")
    if not kind or m.amount is None:
        return None
    named = {
        o.label
        for o in mentions
        if o.code == "OTHER"
        and o.label
        and o.label.endswith(kind)
        and o.label not in _UNOWNED_POINTS
        and o.amount == m.amount
        and o.unit == m.unit
    }
    return next(iter(named)) if len(named) == 1 else None


def own_cpd(doc: Doc, mentions: list[Mention]) -> None:
    """R-CR-63: unowned "CPD points" take the one named CPD programme's label; unowned points
    written again with a programme's acronym and the same amount take that programme's."""
    for m in mentions:
        if m.code == "OTHER" and m.label in _UNOWNED_POINTS:
            same = _same_points(m, mentions)
            if same:
                m.label = same
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
