"""The exporter base: small classes yield rows; one writer per file format streams them out.

An exporter yields :class:`Row` (written) and :class:`RowProblem` (held back, reported) in one
pass, or, when it has many rows, :class:`Batch` es of plain value tuples with their problems, so
validation and writing never hold the whole export in memory. Writers take batches (the base
gathers ``items`` into them): CSV, tab-delimited and XML are written as rows arrive; XLSX uses
openpyxl's write-only workbook, which spools rows to a temporary file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import IO, Any, ClassVar
from xml.sax.saxutils import XMLGenerator
from xml.sax.xmlreader import AttributesImpl

from opencme.core.csvsafe import FORMULA_START as _FORMULA_START
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


@dataclass(slots=True)
class Batch:
    """Part of an export, in order: the rows to write (value tuples), how many obligations they
    settle (one obligation can give several rows), and the problems held back, each carrying
    the key of its obligation."""

    rows: list[tuple[Any, ...]] = field(default_factory=list)
    settled: int = 0
    problems: list[RowProblem] = field(default_factory=list)


@dataclass
class ExportResult:
    name: str
    format: str
    rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    settled: int = 0  # obligations written
    held: array = field(default_factory=lambda: array("q"))  # obligations held back, ascending


class Exporter:
    """Yield rows for ``scope``. Subclasses set the class attributes and ``items`` (a row or
    problem at a time) or ``batches`` (exporters of many rows, in tight loops).

    An exporter that settles obligations (``destination``) walks them in id order and gives
    every obligation it reads either rows or problems, never neither: the obligations marked
    exported are the ones in scope minus those held back (``services.run_export``).
    """

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

    def batches(self, scope: Scope) -> Iterator[Batch]:
        """``items`` gathered CHUNK rows at a time."""
        batch = Batch()
        last = None
        for item in self.items(scope):
            if isinstance(item, RowProblem):
                batch.problems.append(item)
                continue
            batch.rows.append(item.values)
            # One obligation can give several rows (a board each); they come one after another.
            if item.key is not None and item.key != last:
                batch.settled += 1
                last = item.key
            if len(batch.rows) >= CHUNK:
                yield batch
                batch = Batch()
        yield batch

    def xml_root(self) -> tuple[str, dict[str, str]]:
        """The generic XML layout's root element name and attributes."""
        return "export", {"name": self.name}

    def write_xml(self, out: IO[bytes], scope: Scope, result: ExportResult) -> None:
        """Rows as ``<row>`` elements with one child per column; exporters may override."""
        gen = XMLGenerator(out, "utf-8", short_empty_elements=True)
        gen.startDocument()
        root, attrs = self.xml_root()
        gen.startElement(root, AttributesImpl(attrs))
        for batch in taken(self.batches(scope), result):
            for values in batch.rows:
                gen.startElement("row", NO_ATTRS)
                for column, value in zip(self.columns, values, strict=True):
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


def _hold(problems: Iterable[RowProblem], result: ExportResult) -> None:
    held = result.held
    for problem in problems:
        result.problems.append(problem)
        # An obligation can have several problems; they come one after another.
        if problem.key is not None and (not held or held[-1] != problem.key):
            held.append(problem.key)


def taken(batches: Iterable[Batch], result: ExportResult) -> Iterator[Batch]:
    """Batches to write; their counts and problems go to ``result`` as they pass."""
    for batch in batches:
        result.rows += len(batch.rows)
        result.settled += batch.settled
        if batch.problems:
            _hold(batch.problems, result)
        yield batch


def _rows(items: Iterable[Row | RowProblem], result: ExportResult) -> Iterator[Row]:
    """Rows to write, one at a time (exporters with their own XML); problems go to ``result``."""
    last = None
    for item in items:
        if isinstance(item, RowProblem):
            _hold((item,), result)
            continue
        result.rows += 1
        if item.key is not None and item.key != last:
            result.settled += 1
            last = item.key
        yield item


# Values whose str() is their text in a file (a date's str() is its ISO form), converted
# without a call per cell; the rest go through _text (None, datetimes, anything else).
_AS_STR = frozenset({int, float, Decimal, dt.date})


def _csv_cell(value: Any) -> Any:
    return safe_cell(value) if isinstance(value, str) else _text(value)


def _write_csv(
    exporter: Exporter, out: IO[bytes], batches: Iterable[Batch], result: ExportResult
) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    writer = csv.writer(text)
    writer.writerow(exporter.columns)
    for batch in taken(batches, result):
        # The csv module writes the _AS_STR values through str() itself.
        writer.writerows(
            [
                [
                    safe_cell(v)
                    if v.__class__ is str
                    else v
                    if v.__class__ in _AS_STR
                    else _csv_cell(v)
                    for v in row
                ]
                for row in batch.rows
            ]
        )
    text.flush()
    text.detach()


_TSV = str.maketrans({"\t": " ", "\r": " ", "\n": " "})


_FORMULA_AFTER_TAB = tuple("\t" + c for c in "=+-@")


def _tsv_cell(value: Any) -> str:
    if isinstance(value, str):
        # A tab or line break inside a value would shift every later column of the upload;
        # the file is also opened in spreadsheets, so text is guarded as in CSV and XLSX.
        return safe_cell(value.translate(_TSV))
    return _text(value)


def _tsv_needs_cleaning(line: str, cells: int) -> bool:
    """Whether some cell of ``line`` holds a tab, a line break or a formula's first character.
    Rare: one look at the whole line finds them, and only then are its cells cleaned one by
    one (a number such as -3 looks like a formula here and passes through ``_tsv_cell``)."""
    return (
        line.count("\t") != cells - 1
        or "\r" in line
        or "\n" in line
        or line.startswith(_FORMULA_START)
        or any(mark in line for mark in _FORMULA_AFTER_TAB)
    )


def _write_tsv(
    exporter: Exporter, out: IO[bytes], batches: Iterable[Batch], result: ExportResult
) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    if exporter.header_in_tsv:
        text.write("\t".join(exporter.columns) + "\r\n")
    join = "\t".join
    for batch in taken(batches, result):
        lines = []
        for row in batch.rows:
            line = join(
                [
                    v if v.__class__ is str else str(v) if v.__class__ in _AS_STR else _text(v)
                    for v in row
                ]
            )
            if _tsv_needs_cleaning(line, len(row)):
                line = join([_tsv_cell(v) for v in row])
            lines.append(line)
        if lines:
            text.write("\r\n".join(lines) + "\r\n")
    text.flush()
    text.detach()


def _xlsx_cell(value: Any) -> Any:
    # openpyxl writes numbers, decimals and dates natively; text is guarded against formulas.
    return safe_cell(value) if isinstance(value, str) else value


def _write_xlsx(
    exporter: Exporter, out: IO[bytes], batches: Iterable[Batch], result: ExportResult
) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(exporter.name[:31])
    sheet.append(list(exporter.columns))
    for batch in taken(batches, result):
        for values in batch.rows:
            sheet.append([_xlsx_cell(v) for v in values])
    book.save(out)


WRITERS: dict[str, Callable[[Exporter, IO[bytes], Iterable[Batch], ExportResult], None]] = {
    "csv": _write_csv,
    "txt": _write_tsv,
    "xlsx": _write_xlsx,
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
    if fmt == "xml":
        exporter.write_xml(out, scope, result)
    else:
        WRITERS[fmt](exporter, out, exporter.batches(scope), result)
    return result


def check_only(exporter: Exporter, scope: Scope) -> ExportResult:
    """Run every check without writing a file: counts and the problem list."""
    result = ExportResult(exporter.name, "")
    for _ in taken(exporter.batches(scope), result):
        pass
    return result
