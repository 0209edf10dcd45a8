"""The command line through Typer's CliRunner: formats, files, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factpull import FIELD_NAMES, __version__
from factpull.cli import app
from tests.conftest import SEED

pytestmark = pytest.mark.slow
runner = CliRunner()


def _run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def test_version() -> None:
    result = _run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"factpull {__version__}"


def test_help_shows_examples() -> None:
    result = _run("extract", "--help")
    assert result.exit_code == 0
    assert "factpull extract article.txt" in result.stdout


def test_help_keeps_bracketed_defaults() -> None:
    # Rich reads "[...]" as markup and would silently drop these from the help
    result = _run("extract", "--help")
    text = " ".join(result.stdout.replace("│", " ").split())  # unwrap the help panel
    assert "[default: all cores]" in text
    assert "[env: FACTPULL_MODEL]" in text
    assert "Output format [default:" in text


def test_jsonl_is_the_default_when_piped() -> None:
    result = _run("extract", str(SEED))
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 12
    assert list(records[0]) == list(FIELD_NAMES)
    assert {r["text"] for r in records} >= {"1,759", "29.95 billion yuan", "86 percent"}


def test_json_array_is_valid_and_keeps_real_characters(tmp_path: Path) -> None:
    doc = tmp_path / "euro.txt"
    doc.write_text("Police in Köln seized €2.5m in cash.", encoding="utf-8")
    result = _run("extract", "-f", "json", str(doc))
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert records[0]["text"] == "€2.5m" and records[0]["unit"] == "EUR"
    assert "€" in result.stdout and "\\u20ac" not in result.stdout


def test_csv_has_header_and_one_row_per_claim() -> None:
    result = _run("extract", "-f", "csv", str(SEED))
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(FIELD_NAMES)
    assert len(rows) == 13
    assert rows[1][FIELD_NAMES.index("value")] == "3"


def test_csv_bom_for_excel() -> None:
    result = _run("extract", "-f", "csv", "--bom", str(SEED))
    assert result.stdout.startswith("\ufeffdoc,")


def test_tsv_and_table_formats() -> None:
    tsv = _run("extract", "-f", "tsv", str(SEED))
    assert tsv.stdout.splitlines()[0].split("\t") == list(FIELD_NAMES)
    table = _run("extract", "-f", "table", str(SEED))
    assert table.exit_code == 0 and "1759" in table.stdout and "assets" in table.stdout


def test_stdin_is_read_with_dash() -> None:
    result = _run("extract", "-", stdin="Officers arrested 17,000 suspects.")
    record = json.loads(result.stdout)
    assert record["doc"] == "-" and record["value"] == 17000 and record["subject"] == "suspects"


def test_output_file_format_follows_suffix(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    result = _run("extract", "-o", str(target), str(SEED))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("doc,index,text")
    assert [p.name for p in tmp_path.iterdir()] == ["claims.csv"]  # no temp file left


def test_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = _run("extract", str(tmp_path / "nope.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0
    assert "nope.txt" in result.stderr and "Traceback" not in result.stderr


def test_unknown_format_is_a_usage_error() -> None:
    result = _run("extract", "-f", "xml", str(SEED))
    assert result.exit_code == 2


def test_missing_model_is_one_line_and_exit_2() -> None:
    result = _run("extract", "--model", "no_such_pipeline_xyz", str(SEED))
    assert result.exit_code == 2
    assert "no_such_pipeline_xyz" in result.stderr and "Traceback" not in result.stderr


def test_bad_file_in_batch_is_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Police seized 40 kilograms of heroin.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (tmp_path / "c.txt").write_text("Officers arrested 17,000 suspects.", encoding="utf-8")
    result = _run("extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                  str(tmp_path / "c.txt"))  # fmt: skip
    assert result.exit_code == 1
    assert "b.txt" in result.stderr and "binary" in result.stderr
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert docs == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt")]


def test_empty_file_gives_no_claims_and_exit_0(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = _run("extract", str(empty))
    assert result.exit_code == 0 and result.stdout == ""


def test_existing_output_survives_a_failed_run(tmp_path: Path) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("previous results\n", encoding="utf-8")
    result = _run("extract", "-o", str(target), "--model", "no_such_pipeline_xyz", str(SEED))
    assert result.exit_code == 2
    assert target.read_text(encoding="utf-8") == "previous results\n"
