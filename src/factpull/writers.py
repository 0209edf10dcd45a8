"""One output layer for every format: table, json, jsonl, csv, tsv.

Writers stream: each document's claims are written (and flushed) as soon as they are given, a
JSON array included, so memory never grows with the number of documents. All formats carry the
same Claim fields in the same order (``factpull.claims.FIELD_NAMES``).
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import tempfile
from collections.abc import Iterable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from factpull.claims import FIELD_NAMES, Claim


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


# Spreadsheet formula injection (OWASP): a text cell starting with one of these is prefixed
# with a single quote in CSV/TSV so Excel/LibreOffice show it as text instead of running it.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMERIC_FIELDS = frozenset({"index", "start", "end", "value", "value_high", "sentence_start",
                             "equivalent_of"})  # fmt: skip


def format_number(value: float) -> str:
    """17000.0 -> '17000', 29950000000.0 -> '29950000000', 0.25 -> '0.25'."""
    if math.isfinite(value) and value.is_integer() and abs(value) < 1e18:
        return str(int(value))
    return repr(value)


def safe_cell(field: str, value: Any) -> str:
    """A CSV/TSV cell: numbers plain, None empty, text neutralised against formulas."""
    if value is None:
        return ""
    if field in _NUMERIC_FIELDS:
        return format_number(float(value)) if isinstance(value, float) else str(value)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


class ClaimWriter:
    """Base writer: ``write(claims)`` per document, then ``close()``."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, claims: Iterable[Claim]) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.stream.flush()


class JsonLinesWriter(ClaimWriter):
    def write(self, claims: Iterable[Claim]) -> None:
        lines = [json.dumps(claim.to_dict(), ensure_ascii=False) + "\n" for claim in claims]
        self.stream.write("".join(lines))  # one write per batch: no half records on Ctrl-C
        self.stream.flush()


class JsonArrayWriter(ClaimWriter):
    """A JSON array streamed record by record: '[' first, ']' on close."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.count = 0
        self.stream.write("[")

    def write(self, claims: Iterable[Claim]) -> None:
        parts = []
        for claim in claims:
            parts.append(
                (",\n  " if self.count else "\n  ")
                + json.dumps(claim.to_dict(), ensure_ascii=False)
            )
            self.count += 1
        self.stream.write("".join(parts))
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
        super().close()


class DelimitedWriter(ClaimWriter):
    """RFC 4180 CSV (or TSV) with a header row, one row per claim."""

    def __init__(self, stream: TextIO, delimiter: str = ",", bom: bool = False) -> None:
        super().__init__(stream)
        if bom:
            self.stream.write("\ufeff")
        self.delimiter = delimiter
        self.stream.write(self._render([list(FIELD_NAMES)]))

    def write(self, claims: Iterable[Claim]) -> None:
        rows = [[safe_cell(name, value) for name, value in c.to_dict().items()] for c in claims]
        self.stream.write(self._render(rows))
        self.stream.flush()

    def _render(self, rows: list[list[str]]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=self.delimiter, lineterminator="\r\n").writerows(rows)
        return buffer.getvalue()


class TableWriter(ClaimWriter):
    """A Rich table per document, for reading on a terminal."""

    COLUMNS = ("index", "text", "value", "unit", "kind", "qualifier", "subject", "change")
    NO_WRAP = frozenset({"index", "value"})
    # Below this width eight columns crush the words; the table sheds what the rest implies.
    NARROW = 100
    OPTIONAL = frozenset({"qualifier", "change"})  # dropped when narrow and empty in the document

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self.console = Console(file=stream, soft_wrap=False)

    def write(self, claims: Iterable[Claim]) -> None:
        claims = list(claims)
        if not claims:
            return
        columns = self._columns(claims)
        table = Table(title=claims[0].doc, title_justify="left", show_lines=False)
        for column in columns:
            table.add_column(
                "#" if column == "index" else column,
                justify="right" if column in ("index", "value") else "left",
                no_wrap=column in self.NO_WRAP,  # numbers stay whole; the words wrap
                min_width=14 if column == "subject" else None,
            )
        for claim in claims:
            table.add_row(*(self._cell(claim, column) for column in columns))
        self.console.print(table)

    def _columns(self, claims: list[Claim]) -> tuple[str, ...]:
        """All columns on a wide terminal; on a narrow one, no `kind` (the unit says it) and no
        optional column that is empty for every claim, so nothing is cropped at 80 columns."""
        if self.console.width >= self.NARROW:
            return self.COLUMNS
        return tuple(
            column
            for column in self.COLUMNS
            if column != "kind"
            and (column not in self.OPTIONAL or any(getattr(c, column) for c in claims))
        )

    @staticmethod
    def _cell(claim: Claim, column: str) -> str:
        value = getattr(claim, column)
        if column == "value":
            high = claim.value_high
            low = format_number(claim.value)
            return f"{low} to {format_number(high)}" if high is not None else low
        return "" if value is None else str(value)


def make_writer(fmt: OutputFormat, stream: TextIO, bom: bool = False) -> ClaimWriter:
    if fmt is OutputFormat.jsonl:
        return JsonLinesWriter(stream)
    if fmt is OutputFormat.json:
        return JsonArrayWriter(stream)
    if fmt is OutputFormat.csv:
        return DelimitedWriter(stream, ",", bom)
    if fmt is OutputFormat.tsv:
        return DelimitedWriter(stream, "\t", bom)
    return TableWriter(stream)


@contextlib.contextmanager
def atomic_text_file(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path``; rename it over ``path`` only on success, so
    a failed or interrupted run never leaves a truncated file or destroys an existing one."""
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temp_name, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
