"""Writers: number formatting, CSV safety against formula injection, streamed JSON."""

from __future__ import annotations

import csv
import io
import json

import pytest

from factpull.claims import FIELD_NAMES, Claim
from factpull.writers import OutputFormat, format_number, make_writer, safe_cell


def _claim(**changes: object) -> Claim:
    base = dict(doc="d.txt", index=0, text="17,000", start=0, end=6, value=17000.0,
                value_high=None, unit=None, kind="count", qualifier=None, subject="suspects",
                change=None, attribution=None, predicate="arrested", agent=None,
                sentence="17,000 suspects", sentence_start=0, equivalent_of=None)  # fmt: skip
    base.update(changes)
    return Claim(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (17000.0, "17000"),
        (29950000000.0, "29950000000"),
        (0.25, "0.25"),
        (-5.0, "-5"),
        (2 / 3, "0.6666666666666666"),
    ],
)
def test_numbers_are_written_plainly(value: float, written: str) -> None:
    assert format_number(value) == written


@pytest.mark.parametrize("trigger", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_cells_are_neutralised(trigger: str) -> None:
    assert safe_cell("subject", f"{trigger}HYPERLINK(1)") == f"'{trigger}HYPERLINK(1)"


def test_numeric_cells_keep_their_sign() -> None:
    assert safe_cell("value", -5.0) == "-5"
    assert safe_cell("value_high", None) == ""


def test_csv_row_neutralises_text_but_not_numbers() -> None:
    stream = io.StringIO()
    writer = make_writer(OutputFormat.csv, stream)
    writer.write([_claim(text="-5 degrees", value=-5.0, subject="=cmd|' /C calc'!A0")])
    writer.close()
    header, row = list(csv.reader(io.StringIO(stream.getvalue())))
    record = dict(zip(header, row, strict=True))
    assert record["text"] == "'-5 degrees"
    assert record["value"] == "-5"
    assert record["subject"].startswith("'=")


def test_json_array_streams_and_closes() -> None:
    stream = io.StringIO()
    writer = make_writer(OutputFormat.json, stream)
    writer.write([_claim()])
    writer.write([])
    writer.write([_claim(index=1)])
    writer.close()
    assert [r["index"] for r in json.loads(stream.getvalue())] == [0, 1]


def test_empty_json_array() -> None:
    stream = io.StringIO()
    writer = make_writer(OutputFormat.json, stream)
    writer.close()
    assert json.loads(stream.getvalue()) == []


def test_jsonl_keys_follow_the_schema_order() -> None:
    stream = io.StringIO()
    make_writer(OutputFormat.jsonl, stream).write([_claim()])
    assert list(json.loads(stream.getvalue())) == list(FIELD_NAMES)


def _table(width: int, claims: list[Claim]) -> list[str]:
    stream = io.StringIO()
    writer = make_writer(OutputFormat.table, stream)
    writer.console.width = width  # type: ignore[attr-defined]
    writer.write(claims)
    return stream.getvalue().splitlines()


def test_table_fits_an_80_column_terminal_without_cropping() -> None:
    claims = [
        _claim(text="29.95 billion yuan", value=29950000000.0, unit="CNY", kind="money",
               subject="assets"),
        _claim(index=1, text="86 percent", value=86.0, unit="percent", kind="percent",
               subject="suspected online false lending operators", change="decrease"),
    ]  # fmt: skip
    lines = _table(80, claims)
    assert max(len(line) for line in lines) <= 80
    assert any("decrease" in line for line in lines)  # the last column is whole
    header = next(line for line in lines if "subject" in line)
    assert "kind" not in header and "qualifier" not in header  # implied / empty: shed


def test_wide_table_keeps_every_column() -> None:
    header = next(line for line in _table(140, [_claim()]) if "subject" in line)
    for column in ("text", "value", "unit", "kind", "qualifier", "subject", "change"):
        assert column in header
