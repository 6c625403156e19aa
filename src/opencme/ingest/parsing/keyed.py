"""The first keyed line of a field, and the diagnostic a field leaves for the line it used."""

from __future__ import annotations

from opencme.ingest.parsing.draft import Diagnostic
from opencme.ingest.parsing.layouts import Doc, Line


def keyed(doc: Doc, canon: str) -> Line | None:
    for ln in doc.fields(canon):
        if ln.value:
            return ln
    return None


def used(diags: list[Diagnostic], field: str, ln: Line, note: str = "") -> None:
    diags.append(Diagnostic(field, ln.no, ln.text, "used", note))
