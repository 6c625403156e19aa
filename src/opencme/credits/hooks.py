"""What must happen when a claim is made or corrected, registered by apps below ``credits``.

Certificates register a listener at start-up; the claim services call
:func:`notify_claim_created` inside their transaction, so a claim and what it issues commit
together, and a listener that raises ``ValidationFailed`` refuses the claim.

A listener may also register a preparer: :func:`prepare_claim` calls it before the claim's
transaction, so slow work that needs no lock (signing a certificate) is done while other
requests write. What it returns reaches the listeners as ``prepared[name]``; a listener uses it
only when what the transaction reads says the same.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from opencme.credits.models import Claim

ClaimListener = Callable[..., None]
ClaimPreparer = Callable[..., Any]
_listeners: list[ClaimListener] = []
_preparers: dict[str, ClaimPreparer] = {}


def register_claim_listener(listener: ClaimListener) -> None:
    """``listener(claim, *, actor, profile, prepared)`` is called for each new claim, and for
    each new version of a corrected claim (``claim.supersedes`` is then the version it
    replaces). ``profile``: the learner's profile as the claim service read it in this
    transaction, or None; ``prepared``: what the preparers made before it (may be empty)."""
    if listener not in _listeners:
        _listeners.append(listener)


def register_claim_preparer(name: str, preparer: ClaimPreparer) -> None:
    """``preparer(claim, *, profile)`` is called before a new claim's transaction, outside any
    transaction, with the claim not yet saved (its enrollment, learner, activity with its
    provider and designations in hand) and the learner's profile as read then. It returns what
    its listener may use, or None; it writes nothing the claim depends on."""
    _preparers[name] = preparer


def prepare_claim(claim: Claim, *, profile: Any) -> dict[str, Any]:
    return {name: preparer(claim, profile=profile) for name, preparer in _preparers.items()}


def notify_claim_created(
    claim: Claim, *, actor: Any, profile: Any = None, prepared: dict[str, Any] | None = None
) -> None:
    for listener in _listeners:
        listener(claim, actor=actor, profile=profile, prepared=prepared or {})


# What apps below ``credits`` know of a claim (its certificates, where it is reported), shown
# beside it on the transcript and the enrollment page without ``credits`` importing them.
ClaimAnnotator = Callable[[Sequence[int]], dict[int, Any]]
_annotators: dict[str, ClaimAnnotator] = {}


def register_claim_annotator(name: str, annotator: ClaimAnnotator) -> None:
    """``annotator(claim_ids)`` answers ``{claim_id: what it knows}`` for the given current
    claims, in a fixed number of queries whatever their number."""
    _annotators[name] = annotator


def annotate_claims(claim_ids: Sequence[int]) -> dict[str, dict[int, Any]]:
    """``{annotator name: {claim_id: annotation}}`` (no claims: no queries)."""
    if not claim_ids:
        return {name: {} for name in _annotators}
    return {name: annotator(claim_ids) for name, annotator in _annotators.items()}
