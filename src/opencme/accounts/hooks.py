"""What must happen when a learner's profile changes, registered by apps below ``accounts``.

Certificates register a listener at start-up (a corrected legal name reissues them);
``update_profile`` calls :func:`notify_profile_changed` inside its transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ProfileListener = Callable[..., None]
_listeners: list[ProfileListener] = []


def register_profile_listener(listener: ProfileListener) -> None:
    """``listener(profile, *, before, after, actor)`` gets the changed fields only."""
    if listener not in _listeners:
        _listeners.append(listener)


def notify_profile_changed(
    profile: Any, *, before: dict[str, Any], after: dict[str, Any], actor: Any
) -> None:
    for listener in _listeners:
        listener(profile, before=before, after=after, actor=actor)
