"""Hostile inputs through the whole command line, in-process (CliRunner) and as a real process.

A folder of awkward files (every encoding, HTML boilerplate, good/scanned/encrypted/corrupt
PDFs, binary junk, empty files, bad symlinks, a 1 MB line, a megabyte of digits, a nested
folder) must give: one stderr line per bad file naming it, never a traceback, exit code 1, and
for every good file exactly the claims it gives alone. Then the process-level contracts users
script against: ``| head -1``, a missing path, ``-o`` on failure, Ctrl-C mid-batch, a huge file.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factpull import FIELD_NAMES, Extractor
from factpull.cli import app
from factpull.readers import read_document
from tests.conftest import SAMPLES, read_sample

pytestmark = pytest.mark.slow

_BUILDER = Path(__file__).parent / "fixtures" / "hostile" / "build_hostile.py"
_spec = importlib.util.spec_from_file_location("build_hostile", _BUILDER)
assert _spec is not None and _spec.loader is not None
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)

CAN_DENY_READ = hostile.can_deny_read()  # False as root
SAMPLE_PATHS = sorted(SAMPLES.glob("*.txt"))

# File (relative to the batch folder) -> the reason its stderr line must give.
EXPECTED_ERRORS = {
    "binary.txt": "skipped: binary file",
    "corrupt.pdf": "corrupt PDF",
    "dangling.txt": "broken symlink",
    "locked.pdf": "encrypted PDF (password required)",
    "loop_a.txt": "symlink loop",
    "loop_b.txt": "symlink loop",
    "scanned.pdf": "no text layer (scanned PDF?)",
    "truncated.pdf": "corrupt PDF",
}
if CAN_DENY_READ:
    EXPECTED_ERRORS["unreadable.txt"] = "permission denied"
GOOD_FILES = [
    "article.html", "cp1252.txt", "digits.txt", "empty.txt", "latin1.txt", "long_line.txt",
    "mixed_newlines.txt", "nested/deeper/story.txt", "report.pdf", "utf16be_bom.txt",
    "utf16le_bom.txt", "utf8.txt", "utf8_bom.txt",
]  # fmt: skip
# The same news text in five encodings: the claims must not depend on the encoding.
SAME_NEWS = ["utf8.txt", "utf8_bom.txt", "utf16le_bom.txt", "utf16be_bom.txt", "cp1252.txt"]
# Every failing file and every good file, in the order a batch visits them (sorted walk).
WALK_ORDER = sorted([*EXPECTED_ERRORS, *GOOD_FILES], key=lambda rel: rel.split("/"))

runner = CliRunner()


def factpull_command() -> list[str]:
    """The installed console script (the venv's own first)."""
    beside = Path(sys.executable).with_name("factpull")
    found = str(beside) if beside.is_file() else shutil.which("factpull")
    assert found, "the factpull console script is not installed"
    return [found]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"not standard JSON: {name}")


def parse_jsonl(stdout: str) -> list[dict[str, Any]]:
    """Every line must be one complete, standard (no NaN/Infinity) JSON record."""
    assert stdout == "" or stdout.endswith("\n"), "last record is cut off"
    records = [json.loads(line, parse_constant=_reject_constant) for line in stdout.splitlines()]
    for record in records:
        assert list(record) == list(FIELD_NAMES)
    return records


def by_doc(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        grouped[record["doc"]].append(record)
    return grouped


def doc_order(records: list[dict[str, Any]]) -> list[str]:
    seen: list[str] = []
    for record in records:
        if not seen or seen[-1] != record["doc"]:
            assert record["doc"] not in seen, f"{record['doc']} is split in the output"
            seen.append(record["doc"])
    return seen


def alone(extractor: Extractor, path: Path) -> list[dict[str, Any]]:
    """The records the file gives when extracted on its own, as they look after JSON."""
    text = read_document(path).text
    claims = extractor.extract(text, doc=str(path))
    return [json.loads(json.dumps(claim.to_dict())) for claim in claims]


def assert_no_traceback(stderr: str) -> None:
    for marker in ("Traceback", "BrokenPipeError", 'File "', "Exception ignored"):
        assert marker not in stderr, stderr[-2000:]


# ---------------------------------------------------------------------------- the batch folder


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile_batch")
    paths = hostile.write_batch_tree(root)
    assert set(paths) >= set(GOOD_FILES) | (set(EXPECTED_ERRORS) - {"loop_b.txt"})
    return root


@pytest.fixture(scope="module")
def in_process(tree: Path) -> Any:
    """The folder through CliRunner, one process (--jobs 1), no summary line."""
    return runner.invoke(app, ["extract", "-q", "--jobs", "1", str(tree)])


@pytest.fixture(scope="module")
def real_process(tree: Path) -> subprocess.CompletedProcess[str]:
    """The folder through the console script, default jobs, summary line on."""
    return subprocess.run(
        [*factpull_command(), "extract", str(tree)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip


def check_error_lines(lines: list[str], tree: Path) -> None:
    """Exactly one line per failing file, in walk order, naming the file and the reason."""
    failing = [rel for rel in WALK_ORDER if rel in EXPECTED_ERRORS]
    assert len(lines) == len(failing), lines
    for line, rel in zip(lines, failing, strict=True):
        assert line == f"factpull: {tree / rel}: {EXPECTED_ERRORS[rel]}" or line.startswith(
            f"factpull: {tree / rel}: {EXPECTED_ERRORS[rel]} ("
        ), (rel, line)


def test_batch_exit_code_and_error_lines(in_process: Any, tree: Path) -> None:
    assert in_process.exit_code == 1
    assert_no_traceback(in_process.stderr)
    check_error_lines(in_process.stderr.splitlines(), tree)


def test_batch_good_files_give_the_same_claims_as_alone(
    in_process: Any, tree: Path, shared_extractor: Extractor
) -> None:
    records = parse_jsonl(in_process.stdout)
    grouped = by_doc(records)
    assert set(grouped) <= {str(tree / rel) for rel in GOOD_FILES}, "claims for a failing file"
    for rel in GOOD_FILES:
        path = tree / rel
        assert grouped.get(str(path), []) == alone(shared_extractor, path), rel
    # Documents come out whole and in walk order.
    expected_order = [str(tree / rel) for rel in WALK_ORDER if str(tree / rel) in grouped]
    assert doc_order(records) == expected_order


def test_batch_offsets_index_each_document(in_process: Any, tree: Path) -> None:
    for doc, records in by_doc(parse_jsonl(in_process.stdout)).items():
        text = read_document(doc).text
        assert [r["index"] for r in records] == list(range(len(records))), doc
        for r in records:
            assert text[r["start"] : r["end"]] == r["text"], (doc, r["index"])
            sentence_end = r["sentence_start"] + len(r["sentence"])
            assert text[r["sentence_start"] : sentence_end] == r["sentence"], (doc, r["index"])


def test_batch_per_file_expectations(in_process: Any, tree: Path) -> None:
    grouped = by_doc(parse_jsonl(in_process.stdout))

    def claims(rel: str) -> list[dict[str, Any]]:
        return grouped.get(str(tree / rel), [])

    def strip_doc(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [{k: v for k, v in r.items() if k != "doc"} for r in records]

    # Empty file, a 1 MB word and a megabyte of digits: no claims, and (above) no error line.
    assert claims("empty.txt") == []
    assert claims("long_line.txt") == []
    assert claims("digits.txt") == []
    # One text in five encodings: identical claims, offsets included (a BOM is not text).
    reference = strip_doc(claims("utf8.txt"))
    assert {"1,759", "€2.5m", "£5", "86%", "17,000"} <= {r["text"] for r in reference}
    for rel in SAME_NEWS:
        assert strip_doc(claims(rel)) == reference, rel
    latin1 = claims("latin1.txt")  # "Café crème ... costs £5 in São Paulo; ½ of 40 sold."
    assert (latin1[0]["text"], latin1[0]["unit"]) == ("£5", "GBP")
    assert latin1[0]["sentence"].startswith("Café crème brûlée costs £5 in São Paulo")
    # The page's article, without navigation, promos, scripts, footer or phone numbers.
    html_texts = [r["text"] for r in claims("article.html")]
    assert {"17,000", "29.95 billion yuan", "$4.58 billion", "86 percent"} <= set(html_texts)
    for junk in ("999", "$1", "24/7", "2024", "555-0100", "Ten"):
        assert not any(junk in r["sentence"] for r in claims("article.html")), junk
    # A text PDF: claims from both pages.
    assert "300" in [r["text"] for r in claims("report.pdf")]
    assert claims("report.pdf")[-1]["sentence"].startswith("Page two")
    # The nested story.
    story = {(r["text"], r["value"], r["unit"]) for r in claims("nested/deeper/story.txt")}
    assert {("40 kilograms", 40, "kilogram"), ("$2.5 million", 2_500_000, "USD")} <= story
    # No newline translation: offsets work on the text with its \r\n and \r.
    assert [r["text"] for r in claims("mixed_newlines.txt")][:3] == ["1", "2", "3"]
    # A file without a suffix is not taken from a folder.
    assert claims("article_no_suffix") == []


def test_pdf_report_claims(tree: Path, shared_extractor: Extractor) -> None:
    """'rose 12% to €4.5 billion' is a change and an amount, not a range from 12 to 4.5e9."""
    records = alone(shared_extractor, tree / "report.pdf")
    assert [(r["text"], r["unit"]) for r in records] == [
        ("12%", "percent"),
        ("€4.5 billion", "EUR"),
        ("300", None),
    ]


@pytest.mark.skipif(not CAN_DENY_READ, reason="this user (root) reads any file")
def test_permission_denied_file_is_reported(in_process: Any, tree: Path) -> None:
    assert f"factpull: {tree / 'unreadable.txt'}: permission denied" in in_process.stderr


def test_real_process_matches_in_process(
    real_process: subprocess.CompletedProcess[str], in_process: Any, tree: Path
) -> None:
    """The console script with the default worker pool: same output, same lines, same code."""
    assert real_process.returncode == 1
    assert_no_traceback(real_process.stderr)
    assert real_process.stdout == in_process.stdout
    *errors, summary = real_process.stderr.splitlines()
    check_error_lines(errors, tree)
    claims = len(parse_jsonl(real_process.stdout))
    assert re.fullmatch(  # files read, claims written, files failed, seconds
        rf"factpull: {len(GOOD_FILES)} files, {claims} claims, {len(EXPECTED_ERRORS)} failed, "
        r"[\d.]+ s",
        summary,
    ), summary


# ---------------------------------------------------------------------------- process contracts


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """~200 copies of the samples in one folder: a batch long enough to interrupt."""
    folder = tmp_path_factory.mktemp("copies")
    for n in range(34):
        for sample in SAMPLE_PATHS:
            shutil.copy(sample, folder / f"{n:02d}-{sample.name}")
    return folder


@pytest.fixture(scope="module")
def sample_counts(shared_extractor: Extractor) -> dict[str, int]:
    return {p.name: len(shared_extractor.extract(read_sample(p))) for p in SAMPLE_PATHS}


def start(*args: str, **kwargs: Any) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*factpull_command(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, start_new_session=True, **kwargs,
    )  # fmt: skip


@pytest.fixture
def processes() -> Iterator[list[subprocess.Popen[str]]]:
    """Processes a test started; killed (by their own group id) if the test left them running."""
    started: list[subprocess.Popen[str]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def test_head_closing_the_pipe_ends_quietly(
    copies: Path, processes: list[subprocess.Popen[str]]
) -> None:
    """`factpull extract big/ | head -1`: far more output than a pipe buffer holds."""
    proc = start("extract", str(copies))
    processes.append(proc)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    assert json.loads(first)["doc"].startswith(str(copies))
    code = proc.wait(timeout=120)
    stderr = proc.stderr.read()
    assert code in (0, 141), stderr
    assert_no_traceback(stderr)


def test_missing_path_fails_before_any_work(tmp_path: Path) -> None:
    """A typo in the second path: nothing is extracted from the first (stdout stays empty)."""
    target = tmp_path / "claims.jsonl"
    missing = tmp_path / "no" / "such.txt"
    for output in ([], ["-o", str(target)]):
        result = subprocess.run(
            [*factpull_command(), "extract", str(SAMPLE_PATHS[0]), str(missing), *output],
            capture_output=True, text=True, timeout=120, check=False,
        )  # fmt: skip
        assert result.returncode == 2
        assert result.stdout == ""
        assert result.stderr.splitlines() == [f"factpull: {missing}: no such file"]
        assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("existing", [True, False], ids=["existing", "new"])
def test_output_file_is_untouched_when_the_run_fails(tmp_path: Path, existing: bool) -> None:
    target = tmp_path / "claims.jsonl"
    if existing:
        target.write_text("earlier results\n", encoding="utf-8")
    result = subprocess.run(
        [*factpull_command(), "extract", str(SAMPLE_PATHS[0]), "--model", "no_such_model",
         "-o", str(target)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factpull: ") and "no_such_model" in lines[0]
    assert_no_traceback(result.stderr)
    assert result.stdout == ""
    if existing:
        assert target.read_text(encoding="utf-8") == "earlier results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == (["claims.jsonl"] if existing else [])


def _wait_for(condition: Any, proc: subprocess.Popen[str], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, "finished before it could be interrupted"
        assert time.monotonic() < deadline, "no progress"
        time.sleep(0.05)


def test_ctrl_c_mid_batch_keeps_stdout_whole(
    copies: Path, sample_counts: dict[str, int], processes: list[subprocess.Popen[str]]
) -> None:
    proc = start("extract", str(copies))
    processes.append(proc)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # output has begun
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
    rest = proc.stdout.read()
    code = proc.wait(timeout=120)
    stderr = proc.stderr.read()
    assert code == 130, stderr
    assert_no_traceback(stderr)
    assert "factpull: interrupted" in stderr.splitlines()
    records = parse_jsonl(first + rest)
    grouped = by_doc(records)
    assert 0 < len(grouped) < len(list(copies.iterdir())), "not interrupted mid-batch"
    for doc, doc_records in grouped.items():  # each document written whole, or not at all
        sample = Path(doc).name.split("-", 1)[1]
        assert [r["index"] for r in doc_records] == list(range(sample_counts[sample])), doc
    assert doc_order(records) == sorted(grouped)


@pytest.mark.parametrize("existing", [True, False], ids=["existing", "new"])
def test_ctrl_c_leaves_the_output_file_alone(
    copies: Path, tmp_path: Path, existing: bool, processes: list[subprocess.Popen[str]]
) -> None:
    target = tmp_path / "claims.jsonl"
    if existing:
        target.write_text("earlier results\n", encoding="utf-8")
    proc = start("extract", str(copies), "-o", str(target))
    processes.append(proc)

    def writing() -> bool:  # the temporary file beside the target has records in it
        return any(p.stat().st_size > 0 for p in tmp_path.glob(".claims.jsonl.*"))

    _wait_for(writing, proc)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert_no_traceback(stderr)
    if existing:
        assert target.read_text(encoding="utf-8") == "earlier results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == (["claims.jsonl"] if existing else [])


def test_sigterm_cleans_up_like_ctrl_c(
    copies: Path, tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    target = tmp_path / "claims.jsonl"
    target.write_text("earlier results\n", encoding="utf-8")
    proc = start("extract", str(copies), "-o", str(target))
    processes.append(proc)

    def writing() -> bool:
        return any(p.stat().st_size > 0 for p in tmp_path.glob(".claims.jsonl.*"))

    _wait_for(writing, proc)
    os.kill(proc.pid, signal.SIGTERM)  # to the main process only, as kill(1) does
    _, stderr = proc.communicate(timeout=120)  # returns once every holder of stderr is gone
    assert proc.returncode in (-signal.SIGTERM, 128 + signal.SIGTERM)
    assert target.read_text(encoding="utf-8") == "earlier results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl"]
    assert_no_traceback(stderr)


# ---------------------------------------------------------------------------- a huge document

HUGE_MB = float(os.environ.get("FACTPULL_HUGE_MB", "2"))
RSS_LIMIT_KB = 1_500_000


def _paragraphs() -> list[str]:
    blocks: list[str] = []
    for path in SAMPLE_PATHS:
        blocks += [b.strip() for b in re.split(r"\n\s*\n", read_sample(path)) if b.strip()]
    return blocks


def _peak_rss_kb(pid: int) -> int | None:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(r"^VmHWM:\s+(\d+) kB", status, re.MULTILINE)
    return int(match.group(1)) if match else None


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_huge_document_completes_with_bounded_memory(
    tmp_path: Path, processes: list[subprocess.Popen[str]]
) -> None:
    """One file of repeated sample paragraphs (2 MB by default; FACTPULL_HUGE_MB=50 for the
    full-size run): it completes, claims are written while it is parsed, the first and last
    claims point at their text, memory stays bounded."""
    blocks, parts, size, n = _paragraphs(), [], 0, 0
    while size < HUGE_MB * 1_000_000:
        parts.append(blocks[n % len(blocks)])
        size += len(parts[-1].encode("utf-8")) + 2
        n += 1
    big = tmp_path / "huge.txt"
    big.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
    out = tmp_path / "huge.jsonl"
    began = time.monotonic()
    proc = start("extract", "-q", str(big), "-o", str(out))
    processes.append(proc)
    peak, streamed_at = 0, None
    while proc.poll() is None:  # the pool's children count too: sum their peaks
        pids = [proc.pid, *_children(proc.pid)]
        peak = max(peak, sum(_peak_rss_kb(pid) or 0 for pid in pids))
        if streamed_at is None and _has_records(tmp_path.glob(".huge.jsonl.*")):
            streamed_at = time.monotonic() - began
        time.sleep(0.2)
    elapsed = time.monotonic() - began
    stderr = proc.stderr.read() if proc.stderr else ""
    print(
        f"huge document: {size / 1e6:.1f} MB in {elapsed:.1f} s, peak RSS {peak / 1024:.0f} MB, "
        f"first claims written after {streamed_at and round(streamed_at, 1)} s"
    )
    assert proc.returncode == 0, stderr
    # Claims are streamed while the document is parsed, not held until its end.
    assert streamed_at is not None and streamed_at < elapsed / 2, streamed_at
    text = big.read_text(encoding="utf-8")
    with out.open(encoding="utf-8") as fh:
        first_line = last_line = fh.readline()
        for line in fh:
            last_line = line
    first, last = json.loads(first_line), json.loads(last_line)
    for record in (first, last):
        assert text[record["start"] : record["end"]] == record["text"]
        end = record["sentence_start"] + len(record["sentence"])
        assert text[record["sentence_start"] : end] == record["sentence"]
    assert last["end"] > len(text) - 5_000, "claims stop before the end of the document"
    assert peak < RSS_LIMIT_KB, f"peak RSS {peak} kB"


def _has_records(paths: Iterator[Path]) -> bool:
    for path in paths:
        try:
            if path.stat().st_size > 0:
                return True
        except FileNotFoundError:  # renamed into place meanwhile
            continue
    return False


def _children(pid: int) -> list[int]:
    try:
        tasks = Path(f"/proc/{pid}/task").iterdir()
        return [int(c) for t in tasks for c in (t / "children").read_text().split()]
    except OSError:
        return []
