"""What must happen when a claim is made or corrected, registered by apps below ``credits``.

Certificates register a listener at start-up; the claim services call
:func:`notify_claim_created` inside their transaction, so a claim and what it issues commit
together, and a listener that raises ``ValidationFailed`` refuses the claim.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from opencme.credits.models import Claim

ClaimListener = Callable[..., None]
_listeners: list[ClaimListener] = []


def register_claim_listener(listener: ClaimListener) -> None:
    """``listener(claim, *, actor, profile)`` is called for each new claim, and for each new
    version of a corrected claim (``claim.supersedes`` is then the version it replaces).
    ``profile``: the learner's profile as the claim service read it in this transaction, or
    None."""
    if listener not in _listeners:
        _listeners.append(listener)


def notify_claim_created(claim: Claim, *, actor: Any, profile: Any = None) -> None:
    for listener in _listeners:
        listener(claim, actor=actor, profile=profile)
