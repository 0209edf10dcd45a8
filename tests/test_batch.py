"""Batch runs over folders: order, globs, jobs, per-file outputs, resuming, failures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factpull.batch import output_path
from factpull.cli import app
from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow
runner = CliRunner()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """news/ with samples at the top, a nested folder, a Markdown file and a binary file."""
    root = tmp_path / "news"
    (root / "2020" / "dec").mkdir(parents=True)
    for sample in sorted(SAMPLES.glob("*.txt"))[:3]:
        shutil.copy(sample, root / sample.name)
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[3], root / "2020" / "dec" / "nested.txt")
    (root / "2020" / "note.md").write_text("Police seized 40 kilograms of heroin.\n", "utf-8")
    (root / "2020" / "skip.csv").write_text("a,b\n1,2\n", "utf-8")
    return root


def _docs(stdout: str) -> list[str]:
    seen: list[str] = []
    for line in stdout.splitlines():
        doc = json.loads(line)["doc"]
        if not seen or seen[-1] != doc:
            seen.append(doc)
    return seen


def test_folders_are_walked_recursively_in_sorted_order(corpus: Path) -> None:
    result = runner.invoke(app, ["extract", "-q", str(corpus)])
    assert result.exit_code == 0
    names = [Path(d).relative_to(corpus).as_posix() for d in _docs(result.stdout)]
    assert names == ["2020/dec/nested.txt", "2020/note.md", *sorted(
        p.name for p in corpus.glob("*.txt"))]  # fmt: skip


def test_glob_chooses_files(corpus: Path) -> None:
    result = runner.invoke(app, ["extract", "-q", "--glob", "*.md", str(corpus)])
    assert [Path(d).name for d in _docs(result.stdout)] == ["note.md"]


def test_output_is_identical_for_any_jobs(corpus: Path) -> None:
    one = runner.invoke(app, ["extract", "-q", "--jobs", "1", str(corpus)])
    two = runner.invoke(app, ["extract", "-q", "--jobs", "2", str(corpus)])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and one.stdout


def test_failing_file_in_the_middle_is_reported_and_skipped(corpus: Path) -> None:
    (corpus / "2020" / "broken.txt").write_bytes(b"\x00\xff\x00binary" * 100)
    result = runner.invoke(app, ["extract", "-q", "--jobs", "2", str(corpus)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "broken.txt: skipped: binary file" in result.stderr
    assert len(_docs(result.stdout)) == 5  # every other file still reported


def test_fail_fast_stops_at_the_first_failure(corpus: Path) -> None:
    (corpus / "2020" / "zz-broken.txt").write_bytes(b"\x00\xff\x00binary" * 100)
    result = runner.invoke(app, ["extract", "-q", "--fail-fast", str(corpus)])
    assert result.exit_code == 1
    assert [Path(d).name for d in _docs(result.stdout)] == ["nested.txt", "note.md"]


def test_output_dir_mirrors_the_tree_and_resumes(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "claims"
    first = runner.invoke(app, ["extract", "-q", str(corpus), "--output-dir", str(out)])
    assert first.exit_code == 0 and first.stdout == ""
    nested = out / "2020" / "dec" / "nested.txt.jsonl"
    assert nested.is_file() and json.loads(nested.read_text().splitlines()[0])["doc"].endswith(
        "nested.txt")  # fmt: skip
    # Simulate an interrupted run: one output missing, one finished file we can recognise.
    nested.unlink()
    marker = out / "2020" / "note.md.jsonl"
    marker.write_text("finished earlier\n", encoding="utf-8")
    again = runner.invoke(app, ["extract", str(corpus), "--output-dir", str(out),
                                "--skip-existing"])  # fmt: skip
    assert again.exit_code == 0
    assert nested.is_file()  # redone
    assert marker.read_text(encoding="utf-8") == "finished earlier\n"  # never redone
    assert again.stderr.strip().startswith("factpull: 1 file,")
    assert not list(out.rglob("*.part"))


def test_output_dir_paths() -> None:
    out = Path("/out")
    assert output_path("-", ["-"], out, ".jsonl") == out / "stdin.jsonl"
    assert output_path("x/a.txt", ["x/a.txt"], out, ".csv") == out / "a.txt.csv"


def test_output_and_output_dir_together_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus), "-o", str(tmp_path / "a.jsonl"),
                                 "--output-dir", str(tmp_path / "d")])  # fmt: skip
    assert result.exit_code == 2


def test_progress_is_hidden_when_stderr_is_not_a_terminal(corpus: Path) -> None:
    result = runner.invoke(app, ["extract", str(corpus)])
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factpull: 5 files, ")
    assert "\r" not in result.stderr and "\x1b[" not in result.stderr


def test_quiet_prints_nothing_on_success(corpus: Path) -> None:
    result = runner.invoke(app, ["extract", "-q", str(corpus)])
    assert result.exit_code == 0 and result.stderr == ""
