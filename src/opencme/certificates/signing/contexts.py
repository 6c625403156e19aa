"""The JSON-LD contexts credentials use, served from the copies kept in ``contexts/``.

The document loader never goes to the network: an unknown URL is an error, so a credential
that names a context we do not hold cannot be signed or checked here.
"""

from __future__ import annotations

import json
from collections.abc import Hashable
from functools import cache
from pathlib import Path
from typing import Any

from frozendict import frozendict
from pyld import jsonld

FOLDER = Path(__file__).resolve().parent.parent / "contexts"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
OB_V3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
FILES = {VC_V2: "credentials-v2.jsonld", OB_V3: "ob-context-3.0.3.json"}
CONTEXTS = [VC_V2, OB_V3]


class UnknownContext(ValueError):
    """A document named a context that is not kept locally."""


@cache
def context_document(url: str) -> dict[str, Any]:
    name = FILES.get(url)
    if name is None:
        raise UnknownContext(f"no local copy of the JSON-LD context {url}")
    return json.loads((FOLDER / name).read_text())


def document_loader(url: str, options: dict[str, Any] | None = None) -> dict[str, Any]:
    """A pyld document loader over the local copies (parsed once per process).

    The ``static`` tag lets pyld keep the resolved (and processed) context in its process-wide
    cache, as jsonld.js does for static contexts: the copies never change while we run, and
    processing the Open Badges context again for every document costs more than the rest."""
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": context_document(url),
        "tag": "static",
    }


MEMO_LIMIT = 512  # processed contexts kept; a credential's shape needs about ten


def _context_key(local_ctx: Any) -> Hashable | None:
    """What identifies a local context across documents: the URLs it lists (each document
    has its own ``@context`` list), or the object itself (a scoped context of a kept
    context document); None for anything else."""
    if isinstance(local_ctx, str):
        return local_ctx
    if isinstance(local_ctx, list) and all(isinstance(url, str) for url in local_ctx):
        return tuple(local_ctx)
    return None


class _Processor(jsonld.JsonLdProcessor):
    """pyld's processor, keeping the contexts it processes for the next document.

    pyld keeps a processed context per resolved context and active context, but it keys the
    active context by a fresh id whenever it makes a copy of one, as it does for every
    type-scoped context (those of ``OpenBadgeCredential``, ``Achievement`` and the rest). So
    each credential processed those contexts again: two thirds of its canonicalisation time.
    Processing a context is a function of the active context (immutable once pyld has
    frozen it), the local context and the flags, so the result is kept per those. Entries
    hold their inputs, so an object id in a key cannot be reused while the entry lives."""

    _memo: dict[tuple[Any, ...], tuple[Any, Any, Any]] = {}

    def _process_context(
        self,
        active_ctx,
        local_ctx,
        options,
        override_protected=False,
        propagate=True,
        validate_scoped=True,
        cycles=None,
    ):
        named = _context_key(local_ctx)
        if not isinstance(active_ctx, frozendict) or cycles:
            return super()._process_context(
                active_ctx,
                local_ctx,
                options,
                override_protected,
                propagate,
                validate_scoped,
                cycles,
            )
        key = (
            id(active_ctx),
            named if named is not None else id(local_ctx),
            override_protected,
            propagate,
            validate_scoped,
            options.get("base"),
            options.get("processingMode"),
        )
        kept = self._memo.get(key)
        if kept is not None and kept[0] is active_ctx and (named or kept[1] is local_ctx):
            return kept[2]
        processed = super()._process_context(
            active_ctx, local_ctx, options, override_protected, propagate, validate_scoped, cycles
        )
        if isinstance(processed, frozendict):
            if len(self._memo) >= MEMO_LIMIT:
                self._memo.clear()
            self._memo[key] = (active_ctx, local_ctx, processed)
        return processed


def canonize(document: dict[str, Any]) -> str:
    """RDFC-1.0 canonical N-Quads of ``document`` (URDNA2015 gives the same output for these
    documents). Safe mode: a property the contexts do not define is an error, not dropped."""
    return _Processor().normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader,
            "safe": True,
        },
    )
