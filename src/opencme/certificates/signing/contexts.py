"""The JSON-LD contexts credentials use, served from the copies kept in ``contexts/``.

The document loader never goes to the network: an unknown URL is an error, so a credential
that names a context we do not hold cannot be signed or checked here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

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


def canonize(document: dict[str, Any]) -> str:
    """RDFC-1.0 canonical N-Quads of ``document`` (URDNA2015 gives the same output for these
    documents). Safe mode: a property the contexts do not define is an error, not dropped."""
    return jsonld.normalize(
        document,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader,
            "safe": True,
        },
    )
