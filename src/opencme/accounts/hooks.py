"""What ``accounts`` needs from apps below it, registered by them at start-up: listeners of
profile changes, the boards a learner may name, and the titles of pages to come back to.

Certificates register a listener at start-up (a corrected legal name reissues them);
``update_profile`` calls :func:`notify_profile_changed` inside its transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urlsplit

from django.urls import Resolver404, resolve

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


# Boards a learner may give an identifier for: code -> name. ``accreditation`` registers the
# boards of the rule book in force (it sits below ``accounts`` and may import it; not the reverse).
BoardCatalog = Callable[[], Mapping[str, str]]
_board_catalogs: list[BoardCatalog] = []


def register_board_catalog(catalog: BoardCatalog) -> None:
    if catalog not in _board_catalogs:
        _board_catalogs.append(catalog)


def boards() -> dict[str, str]:
    """Every board a learner may hold an identifier of, code -> name (empty: none registered)."""
    out: dict[str, str] = {}
    for catalog in _board_catalogs:
        out.update(catalog())
    return out


# Pages a learner is sent back to after signing up or in, by URL name: ``title(**kwargs)`` says
# what the page is ("Continue to <title>"), None when there is no such page to go to.
DestinationTitle = Callable[..., str | None]
_destinations: dict[str, DestinationTitle] = {}


def register_destination(view_name: str, title: DestinationTitle) -> None:
    _destinations[view_name] = title


def destination_title(path: str) -> str | None:
    """The title of the page at ``path`` (a local path) if an app registered its URL name."""
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    title = _destinations.get(match.view_name)
    return title(**match.kwargs) if title else None


# Where a person lands after signing in when no ``next`` was asked for: ``home(user)`` gives a
# URL or None. ``workspace`` registers one (provider staff start in their workspace); with none
# that answers, the learner's home is used.
HomeAfterSignIn = Callable[[Any], str | None]
_homes: list[HomeAfterSignIn] = []


def register_home(home: HomeAfterSignIn) -> None:
    if home not in _homes:
        _homes.append(home)


def home_for(user: Any) -> str | None:
    for home in _homes:
        url = home(user)
        if url:
            return url
    return None
