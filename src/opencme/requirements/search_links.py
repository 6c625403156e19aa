"""Gaps that search: the finder's question that lists the activities able to close a gap.

Pure: from a requirement's filter (``rules.Filter``) and the credit types the finder knows, the
query parameters of the finder (``catalog.query``): the requirement's topics (``topic``), the
credit types it accepts (``credit_type``; a rule that names accreditors instead accepts the
credit types those bodies accredit, ``kinds.ACCREDITOR_OF_CREDIT_TYPE``), the live formats when
it asks for live hours, and free activities first (``free=true``; the same question at any
cost is offered beside it). The finder shows activities open for credit today by default, which
is what closes a gap whose window is open now. Approvals (a state's own approval of a course)
are not finder filters: the marks in the finder (``finder_marks``) test them on each activity.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import replace

from opencme.requirements import kinds
from opencme.requirements.explain import CredentialView, RequirementView, TrackerView
from opencme.requirements.rules import QUANTITIES, Filter, RuleSet

Params = tuple[tuple[str, str], ...]

# Finder formats that are live (the allocation reads the same ones as ``live``: inputs.py).
LIVE_FINDER_FORMATS = ("live", "rss", "internet_live")


def accepted_credit_types(rule_filter: Filter, known_types: Collection[str]) -> tuple[str, ...]:
    """The finder's credit types a requirement accepts, in a stable order; () for any."""
    if rule_filter.credit_types:
        wanted = set(rule_filter.credit_types)
    elif rule_filter.accreditors:
        wanted = {
            code
            for code, body in kinds.ACCREDITOR_OF_CREDIT_TYPE.items()
            if body in rule_filter.accreditors
        }
    else:
        return ()
    return tuple(sorted(code for code in wanted if code in known_types))


def gap_search_params(
    rule_filter: Filter,
    known_types: Collection[str],
    known_boards: Collection[str] = (),
    *,
    free_first: bool = True,
) -> Params:
    """The finder's query parameters for the activities that would close a gap of a
    requirement with ``rule_filter`` (``known_types``: the finder's credit type codes;
    ``known_boards``: its MOC boards, whose points a rule names as a credit type)."""
    params: list[tuple[str, str]] = [("topic", t) for t in sorted(rule_filter.topics)]
    types = accepted_credit_types(rule_filter, known_types)
    params += [("credit_type", c) for c in types]
    if not types:  # a rule asking for a board's points (either would narrow: groups are ANDed)
        boards = sorted(c for c in rule_filter.credit_types if c in known_boards)
        params += [("moc_board", b) for b in boards]
    if rule_filter.formats and rule_filter.formats <= {"live"}:
        params += [("format", f) for f in LIVE_FINDER_FORMATS]
    if free_first:
        params.append(("free", "true"))
    return tuple(params)


def closable(req: RequirementView) -> bool:
    """A gap credit can close: open, applying, and counted in hours, points or courses (an
    attestation is declared, not earned)."""
    return req.is_gap and req.applies and not req.attestation and not req.satisfied_by


def with_search_links(
    view: TrackerView,
    rule_sets: Mapping[str, RuleSet],
    known_types: Collection[str],
    known_boards: Collection[str] = (),
) -> TrackerView:
    """``view`` with each gap credit can close carrying its finder question (``find``)."""

    def card(cv: CredentialView) -> CredentialView:
        rule_set = rule_sets.get(cv.held.rule_set)
        if rule_set is None or not cv.gaps:
            return cv
        links = {
            r.id: gap_search_params(rule_set.node(r.id).filter, known_types, known_boards)
            for r in cv.requirements
            if closable(r) and (rule_set.node(r.id).measure in (*QUANTITIES, "course_count"))
        }
        if not links:
            return cv
        reqs = tuple(replace(r, find=links[r.id]) if r.id in links else r for r in cv.requirements)
        main = next((r for r in reqs if cv.main is not None and r.id == cv.main.id), None)
        return replace(cv, requirements=reqs, main=main)

    cards = tuple(card(cv) for cv in view.credentials)
    by_pk = {c.held.pk: c for c in cards}
    timeline = tuple(
        replace(
            entry,
            gaps=tuple(
                next((r for r in by_pk[entry.credential.pk].requirements if r.id == g.id), g)
                for g in entry.gaps
            ),
        )
        for entry in view.timeline
    )
    return replace(view, credentials=cards, timeline=timeline)
