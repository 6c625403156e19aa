"""Environment-driven settings, each documented where it is read.

Every variable OpenCME reads goes through :func:`env`, which records its name, default and
meaning in ``DOCUMENTED``. ``docs/settings.md`` lists them; a test fails when the two disagree.
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    doc: str


DOCUMENTED: dict[str, Setting] = {}


def env(name: str, default: str, doc: str) -> str:
    """Read ``name`` from the environment, recording it as a documented setting."""
    DOCUMENTED[name] = Setting(name=name, default=default, doc=doc)
    return os.environ.get(name, default)


def env_bool(name: str, default: bool, doc: str) -> bool:
    raw = env(name, "true" if default else "false", doc).strip().lower()
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off", ""}:
        return False
    raise ValueError(f"{name}: expected true or false, got {raw!r}")


def env_list(name: str, default: str, doc: str) -> list[str]:
    return [item.strip() for item in env(name, default, doc).split(",") if item.strip()]
