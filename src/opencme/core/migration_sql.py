"""Raw SQL in migrations, per database engine.

Several migrations set up what the ORM cannot describe (FTS5 tables, GIN indexes, triggers) and
say it once per engine. ``run_by_vendor`` turns those lists into a ``RunPython`` function, so
every such migration runs its statements the same way. Keep it stable: migrations that have run
import it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


def run_by_vendor(statements_by_vendor: dict[str, Sequence[str]]) -> Callable[[Any, Any], None]:
    """A ``RunPython`` function that executes, in order, the statements listed for the engine
    of the connection it runs on (``"sqlite"``, ``"postgresql"``); none for an engine not named."""

    def run(apps: Any, schema_editor: Any) -> None:
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement, params=None)

    return run
