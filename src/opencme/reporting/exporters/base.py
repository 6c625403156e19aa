"""The exporter base: small classes yield rows; one writer per file format streams them out.

An exporter yields :class:`Row` (written) and :class:`RowProblem` (held back, reported) in one
pass, so validation and writing never hold the whole export in memory. CSV, tab-delimited and
XML are written as rows arrive; XLSX uses openpyxl's write-only workbook, which spools rows to a
temporary file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, ClassVar
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from opencme.core.csvsafe import safe_cell
from opencme.core.errors import NotFound
from opencme.reporting.rules import RowProblem

CHUNK = 5000
NO_ATTRS: AttributesImpl[str] = AttributesImpl({})


@dataclass(frozen=True)
class Scope:
    """Whose data and which part of it. ``provider_ids`` None means every provider (site
    administrators only; views and the command decide that, not exporters)."""

    provider_ids: frozenset[int] | None
    today: dt.date
    since: dt.date | None = None
    include_exported: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    values: tuple[Any, ...]
    key: int | None = None  # the obligation this row settles, if any
    element: Any = None  # an exporter's own XML element for this row (pars-activities)


@dataclass
class ExportResult:
    name: str
    format: str
    rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    keys: array = field(default_factory=lambda: array("q"))  # obligations written
    held: array = field(default_factory=lambda: array("q"))  # obligations held back


class Exporter:
    """Yield rows for ``scope``. Subclasses set the class attributes and ``items``."""

    name: ClassVar[str]
    title: ClassVar[str]
    description: ClassVar[str] = ""
    destination: ClassVar[str] = ""  # the obligations an export settles ("" for none)
    columns: ClassVar[tuple[str, ...]]
    formats: ClassVar[tuple[str, ...]] = ("csv", "xlsx", "xml")
    default_format: ClassVar[str] = "csv"
    header_in_tsv: ClassVar[bool] = False

    def items(self, scope: Scope) -> Iterator[Row | RowProblem]:
        raise NotImplementedError

    def xml_root(self) -> tuple[str, dict[str, str]]:
        """The generic XML layout's root element name and attributes."""
        return "export", {"name": self.name}

    def write_xml(
        self, out: IO[bytes], items: Iterable[Row | RowProblem], result: ExportResult
    ) -> None:
        """Rows as ``<row>`` elements with one child per column; exporters may override."""
        gen = XMLGenerator(out, "utf-8", short_empty_elements=True)
        gen.startDocument()
        root, attrs = self.xml_root()
        gen.startElement(root, AttributesImpl(attrs))
        for row in _rows(items, result):
            gen.startElement("row", NO_ATTRS)
            for column, value in zip(self.columns, row.values, strict=True):
                gen.startElement(column, NO_ATTRS)
                gen.characters(_text(value))
                gen.endElement(column)
            gen.endElement("row")
        gen.endElement(root)
        gen.endDocument()


EXPORTERS: dict[str, type[Exporter]] = {}


def register(cls: type[Exporter]) -> type[Exporter]:
    EXPORTERS[cls.name] = cls
    return cls


def exporter_get(name: str) -> Exporter:
    cls = EXPORTERS.get(name)
    if cls is None:
        raise NotFound(
            f"no exporter {name!r}; choose one of {', '.join(sorted(EXPORTERS))}", field="name"
        )
    return cls()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _rows(items: Iterable[Row | RowProblem], result: ExportResult) -> Iterator[Row]:
    """Rows to write; problems go to ``result`` and written obligations are remembered."""
    for item in items:
        if isinstance(item, RowProblem):
            result.problems.append(item)
            if item.key is not None and (not result.held or result.held[-1] != item.key):
                result.held.append(item.key)
            continue
        result.rows += 1
        # One obligation can give several rows (a board each); they come one after another.
        if item.key is not None and (not result.keys or result.keys[-1] != item.key):
            result.keys.append(item.key)
        yield item


def _write_csv(
    exporter: Exporter, out: IO[bytes], items: Iterable[Row | RowProblem], result: ExportResult
) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    writer = csv.writer(text)
    writer.writerow(exporter.columns)
    for row in _rows(items, result):
        writer.writerow([safe_cell(v) if isinstance(v, str) else _text(v) for v in row.values])
    text.flush()
    text.detach()


_TSV = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


def _tsv_cell(value: Any) -> str:
    # A tab or line break inside a value would shift every later column of the upload.
    if value.__class__ is str:
        return value.translate(_TSV)
    return _text(value)


def _write_tsv(
    exporter: Exporter, out: IO[bytes], items: Iterable[Row | RowProblem], result: ExportResult
) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    if exporter.header_in_tsv:
        text.write("\t".join(exporter.columns) + "\r\n")
    for row in _rows(items, result):
        text.write("\t".join(_tsv_cell(v) for v in row.values) + "\r\n")
    text.flush()
    text.detach()


def _xlsx_cell(value: Any) -> Any:
    # openpyxl writes numbers, decimals and dates natively; text is guarded against formulas.
    return safe_cell(value) if isinstance(value, str) else value


def _write_xlsx(
    exporter: Exporter, out: IO[bytes], items: Iterable[Row | RowProblem], result: ExportResult
) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(exporter.name[:31])
    sheet.append(list(exporter.columns))
    for row in _rows(items, result):
        sheet.append([_xlsx_cell(v) for v in row.values])
    book.save(out)


WRITERS: dict[
    str, Callable[[Exporter, IO[bytes], Iterable[Row | RowProblem], ExportResult], None]
] = {
    "csv": _write_csv,
    "txt": _write_tsv,
    "xlsx": _write_xlsx,
    "xml": lambda exporter, out, items, result: exporter.write_xml(out, items, result),
}
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "txt": "text/tab-separated-values; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xml": "application/xml",
}


def write_export(exporter: Exporter, scope: Scope, fmt: str, out: IO[bytes]) -> ExportResult:
    """Write ``exporter``'s rows for ``scope`` to ``out`` as ``fmt``; problems are returned,
    never written and never dropped."""
    if fmt not in exporter.formats:
        raise NotFound(
            f"{exporter.name} is written as {', '.join(exporter.formats)}, not {fmt!r}",
            field="format",
        )
    result = ExportResult(exporter.name, fmt)
    WRITERS[fmt](exporter, out, exporter.items(scope), result)
    return result


def check_only(exporter: Exporter, scope: Scope) -> ExportResult:
    """Run every check without writing a file: counts and the problem list."""
    result = ExportResult(exporter.name, "")
    for _ in _rows(exporter.items(scope), result):
        pass
    return result
