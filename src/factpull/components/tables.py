"""Units and scales stated by table headers, carried to the bare numbers in the cells below.

Statistics bulletins write "Loss (Rs crore)" over a column of "512", "% under 18" before a row of
"19.6", or a caption "Fraud losses, January-June (¥ billion)" over rows of "2023    22.7". The cell
itself holds a bare number; its header says it is 5,120,000,000 INR, a percent, a rate.

Two halves. ``table_cells`` (called by ``factpull.segment`` on each paragraph) reads the table
lines: header lines, captions and rows, and gives each row cell the unit its header states.
``apply_headers`` (called by ``factpull_quantities`` next to ``carry_units``) gives that unit to a
bare mention in such a cell. A row reaches the pipeline as its own sentence, without its header,
so the segmenter puts the row's cells on its ``Sentence`` and the extractor hands them to the
pipeline on the row's Doc (``CELLS_ATTR``, written by ``cells_attr``).

Conservative on purpose: only a label that clearly states a unit or scale counts: a bracket
("(Rs crore)", "(%)", "(kg)"), a leading "%" ("% change") or "rate per"/"per" phrase ("Rate per
100,000 inhabitants"). Year headers ("2023  2024") state nothing; a cell with its own unit or
sign ("-5.2%") keeps it; prose lines with brackets are neither header nor caption.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc

from factpull.mentions import Mention
from factpull.scan import FORM_DIGITS, scan


@dataclass(frozen=True)
class HeaderUnit:
    """What a header label states: the scanned reading of a probe '1 <unit>' ('Rs 1 crore')."""

    unit: str | None
    kind: str
    scale: float
    currency_symbol: str | None


@dataclass(frozen=True)
class Cell:
    start: int  # offsets of the cell's text (stripped) within the paragraph or sentence
    end: int
    unit: HeaderUnit


# A label ending in a bracketed unit: 'Loss (Rs crore)', 'Seizures [kg]'.
_BRACKET = re.compile(r"[(\[]\s*([^()\[\]]{1,24}?)\s*[)\]]\s*:?\s*$")
# 'Rate per 100,000 inhabitants', 'per 100 000 population', 'Homicide rate per 100,000'.
_PER_LABEL = re.compile(r"(?i)^(?:[a-z-]+\s+){0,2}?(?:rate\s+)?(per\s+\d.*)$")
# Plural scale words and thousands marks that the scan reads in their singular form.
_SCALE_WORDS = (
    (re.compile(r"(?i)\b(thousand|million|billion|trillion|crore|lakh)s\b"), r"\1"),
    (re.compile(r"(?:'|’)?\b000s?\b|(?:'|’)000s?"), "thousand"),
)
# The leading currency of a bracket: 'Rs', '¥', 'US$', 'INR'; the rest is a scale word.
_CURRENCY_FIRST = re.compile(r"^(\S*?[$€£¥₹]|[A-Z][A-Za-z]{1,2}\.?)\s*(.*)$")
_NUMBER_CELL = re.compile(r"[-+−–(]?[$€£¥₹]?\d[\d,. ]*%?\)?[*†‡a-z]{0,2}")
_YEAR_CELL = re.compile(r"(?:1[89]|20)\d{2}(?:[-–/]\d{2,4})?[*†‡a-z]{0,2}")
# What a cell may hold besides its number: footnote marks, 'p' (provisional), brackets.
_CELL_REST = re.compile(r"[\s*†‡()\[\]a-z]{0,4}")
_IN = re.compile(r"(?i)\bin\s+")
_MAX_LABEL_WORDS = 8
_MAX_CAPTION_WORDS = 14
_PIPE_SPLIT = re.compile(r"\|")
_SPACE_SPLIT = re.compile(r" {2,}|\t+")


@lru_cache(maxsize=1024)
def header_unit(label: str) -> HeaderUnit | None:
    """The unit a header label states, or None: '(Rs crore)' -> INR x 10^7, '% change' ->
    percent, 'Rate per 100,000' -> rate; 'Cases' or '2023' -> None."""
    label = label.strip()
    if label.startswith("%"):
        return HeaderUnit("percent", "percent", 1.0, None)
    per = _PER_LABEL.match(label)
    if per is not None:
        return _probe_rate(per.group(1))
    bracket = _BRACKET.search(label)
    if bracket is None:
        return None
    inner = bracket.group(1)
    inner = _IN.sub("", inner)  # '(Rs in crore)', '(in %)': the 'in' says nothing
    if inner in ("%", "per cent", "percent"):
        return HeaderUnit("percent", "percent", 1.0, None)
    for pattern, word in _SCALE_WORDS:
        inner = pattern.sub(word, inner)
    return _probe_bracket(inner)


def _probe_rate(per_phrase: str) -> HeaderUnit | None:
    reading = _read("1 " + per_phrase.strip())
    return reading if reading is not None and reading.kind == "rate" else None


def _probe_bracket(inner: str) -> HeaderUnit | None:
    """The scan's reading of the bracket as a quantity of 1: 'Rs 1 crore', '£1m', '1 kg'."""
    probes = ["1 " + inner]
    currency = _CURRENCY_FIRST.match(inner)
    if currency is not None:
        symbol, rest = currency.groups()
        joiner = " " if symbol[-1:].isalpha() else ""
        probes += [f"{symbol}{joiner}1{sep}{rest}".strip() for sep in (" ", "")]
    for probe in probes:
        reading = _read(probe)
        if reading is not None and (reading.unit is not None or reading.scale != 1.0):
            return reading
    return None


def _read(probe: str) -> HeaderUnit | None:
    """The probe read as one whole mention, else None (a bracket of words is no unit)."""
    found = scan(probe)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(probe):
        return None
    cand = found[0]
    kind = cand.kind or "count"
    return HeaderUnit(cand.unit, kind, cand.value, cand.currency_symbol)


# -- reading the table lines of a paragraph -----------------------------------------------------
@dataclass(frozen=True)
class _Line:
    start: int
    cells: tuple[tuple[int, int], ...]  # stripped cell spans, paragraph offsets
    piped: bool


def table_cells(paragraph: str, row_lines: frozenset[int], indent: int = 0) -> list[Cell]:
    """Cells (paragraph offsets) of the rows whose header, caption or row label states a
    unit. ``row_lines`` are the start offsets of the lines the segmenter took for table rows;
    ``indent`` is the first line's leading blank the paragraph lost ('      Cases    Loss').
    A row's header is the nearest header line above it in the paragraph."""
    header: tuple[_Line, tuple[HeaderUnit | None, ...]] | None = None
    caption: HeaderUnit | None = None
    out: list[Cell] = []
    for match in re.finditer(r"[^\n\r]+", paragraph):
        line = _split(paragraph, match.start(), match.end())
        if match.start() == 0:  # columns are counted from the line's true start
            line = replace(line, start=-indent)
        labels = [paragraph[s:e] for s, e in line.cells]
        if match.start() in row_lines and _is_row(labels):
            out += _row_cells(line, labels, header, caption)
        elif len(labels) >= 2 and all(len(x.split()) <= _MAX_LABEL_WORDS for x in labels):
            if not all(set(x) <= set("-:| ") for x in labels):  # not a '|---|---|' rule
                header = (line, tuple(header_unit(x) for x in labels))
        elif len(labels) == 1 and _is_caption(labels[0]):
            caption, header = header_unit(labels[0]), None
        else:
            header, caption = None, None  # prose between tables: nothing carries over it
    return out


def _split(text: str, start: int, end: int) -> _Line:
    line = text[start:end]
    piped = "|" in line
    spans, position = [], 0
    for sep in (_PIPE_SPLIT if piped else _SPACE_SPLIT).finditer(line):
        spans.append((position, sep.start()))
        position = sep.end()
    spans.append((position, len(line)))
    cells = []
    for s, e in spans:
        cell = line[s:e]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            cells.append((start + s + lead, start + s + lead + len(cell.strip())))
    return _Line(start, tuple(cells), piped)


def _is_row(labels: list[str]) -> bool:
    """A row holds a number that is not a year (the year of '2023    22.7' labels the row)."""
    values = labels[1:] if len(labels) > 1 else labels
    return any(_NUMBER_CELL.fullmatch(x) and not _YEAR_CELL.fullmatch(x) for x in values)


def _is_caption(label: str) -> bool:
    """'Fraud losses, January-June (¥ billion)': a short title line ending in a unit bracket."""
    words = len(label.split())
    return 2 <= words <= _MAX_CAPTION_WORDS and _BRACKET.search(label) is not None


def _row_cells(
    line: _Line,
    labels: list[str],
    header: tuple[_Line, tuple[HeaderUnit | None, ...]] | None,
    caption: HeaderUnit | None,
) -> list[Cell]:
    """Each value cell's unit: the row label's ('% under 18'), else its column header's, else
    the caption's. The first cell is the row label and takes none."""
    own = header_unit(labels[0]) if len(labels) > 1 else None
    columns = _column_units(line, header) if header is not None else {}
    out = []
    for index, (start, end) in enumerate(line.cells):
        if index == 0 and len(labels) > 1:
            continue
        unit = own or columns.get(index) or caption
        if unit is not None:
            out.append(Cell(start, end, unit))
    return out


def _column_units(
    row: _Line, header: tuple[_Line, tuple[HeaderUnit | None, ...]]
) -> dict[int, HeaderUnit | None]:
    """Row cell index -> its column's unit. Same cell count: by position. Else a piped header
    lacking the stub label aligns from the right; a space-aligned one by the label standing
    over the cell (numbers sit under their label, left- or right-aligned)."""
    line, units = header
    if len(line.cells) == len(row.cells):
        return dict(enumerate(units))
    if row.piped or line.piped:
        shift = len(row.cells) - len(line.cells)
        return {i + shift: u for i, u in enumerate(units) if shift >= 0}
    out: dict[int, HeaderUnit | None] = {}
    for index, (start, end) in enumerate(row.cells):
        cell = (start - row.start, end - row.start)
        overlaps = [
            (min(cell[1], e - line.start) - max(cell[0], s - line.start), i)
            for i, (s, e) in enumerate(line.cells)
        ]
        best = max(overlaps, default=(0, -1))
        if best[0] > 0:
            out[index] = units[best[1]]
    return out


# -- the cells on the Doc -----------------------------------------------------------------------
# Doc extension values cross ``nlp.pipe(n_process=N)`` through msgpack: plain lists, not Cells.
CELLS_ATTR = "factpull_table_cells"
if not Doc.has_extension(CELLS_ATTR):
    Doc.set_extension(CELLS_ATTR, default=None)


def cells_attr(cells: tuple[Cell, ...]) -> list[list[Any]]:
    """Cells as the Doc extension stores them."""
    return [
        [c.start, c.end, c.unit.unit, c.unit.kind, c.unit.scale, c.unit.currency_symbol]
        for c in cells
    ]


def _cells_from_attr(stored: list[list[Any]]) -> tuple[Cell, ...]:
    return tuple(
        Cell(int(start), int(end), HeaderUnit(unit, kind, float(scale), symbol))
        for start, end, unit, kind, scale, symbol in stored
    )


def apply_headers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """The mentions, each bare one in a header-stated cell carrying that unit and scale. The
    mention's text stays the cell's number: the unit is written in the header only."""
    stored = doc._.get(CELLS_ATTR)
    if not stored:
        return mentions
    text, cells = doc.text, _cells_from_attr(stored)
    return [_with_header(text, m, cells) for m in mentions]


def _with_header(text: str, m: Mention, cells: tuple[Cell, ...]) -> Mention:
    bare = m.unit is None and m.kind == "count" and m.form == FORM_DIGITS
    if not bare:
        return m  # '-5.2%', 'Rs 40': the cell's own unit wins
    for cell in cells:
        if cell.start <= m.start and m.end <= cell.end:
            rest = text[cell.start : m.start] + text[m.end : cell.end]
            if not _CELL_REST.fullmatch(rest):
                return m  # the number is part of a longer cell text
            unit = cell.unit
            high = None if m.value_high is None else m.value_high * unit.scale
            return replace(
                m, value=m.value * unit.scale, value_high=high, unit=unit.unit,
                kind=unit.kind, currency_symbol=unit.currency_symbol,
            )  # fmt: skip
    return m
