"""Batch runs: files and folders in, per-document results out, in input order.

This is the library side of ``factpull extract``: the CLI only adds options, output files,
progress and exit codes. Documents go to worker processes in small groups (each worker loads
the pipeline once); results come back in input order, so the output is identical for any
number of jobs. A file that cannot be read becomes a result with an ``error`` and the batch
goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from factpull.claims import Claim
from factpull.extractor import Extractor
from factpull.readers import InputError, iter_files, read_document, read_stream

STDIN = "-"
_WORD = re.compile(r"\S+")
# Documents per task: enough to fill nlp.pipe batches with short articles, small enough to
# keep every worker busy and results flowing.
GROUP_SIZE = 8


@dataclass(frozen=True)
class Task:
    doc_id: str
    text: str | None = None  # given for stdin, which only the main process can read


@dataclass(frozen=True)
class DocResult:
    """Claims of one document; a long document comes in several results, the last ``final``."""

    doc_id: str
    claims: list[Claim]
    words: int = 0
    error: str | None = None
    final: bool = True


def plan(paths: Sequence[str], glob: str | None = None) -> list[Task | InputError]:
    """Every document to read, in order. Raises InputError when a named path is missing."""
    tasks: list[Task | InputError] = []
    for item in iter_files(paths, glob=glob):
        tasks.append(item if isinstance(item, InputError) else Task(item))
    return tasks


def run(
    tasks: Sequence[Task | InputError],
    *,
    jobs: int = 1,
    model: str | None = None,
    encoding: str | None = None,
) -> Iterator[DocResult]:
    """Extract every task; yields one result per task, in order, as soon as it is ready."""
    tasks = [_with_stdin(t, encoding) for t in tasks]
    groups = [list(tasks[i : i + GROUP_SIZE]) for i in range(0, len(tasks), GROUP_SIZE)]
    if jobs <= 1 or len(tasks) <= 1:
        extractor = Extractor(model)
        for group in groups:
            yield from _process_group(group, extractor, encoding)
        return
    yield from _run_pool(groups, min(jobs, len(groups)), model, encoding)


def _run_pool(
    groups: list[list[Task | InputError]], jobs: int, model: str | None, encoding: str | None
) -> Iterator[DocResult]:
    global _WORKER
    method = "fork" if sys.platform == "linux" else "spawn"
    extractor = Extractor(model)  # fails here, in this process, when the model is missing
    if method == "fork":
        extractor.nlp  # noqa: B018 - loaded once here, shared copy-on-write by the workers
        _WORKER = (extractor, encoding)
    pool = multiprocessing.get_context(method).Pool(
        jobs, initializer=_init_worker, initargs=(model, encoding)
    )
    try:
        for results in pool.imap(_work, groups):
            yield from results
        pool.close()
    finally:
        pool.terminate()
        pool.join()


_WORKER: tuple[Extractor, str | None] | None = None


def _init_worker(model: str | None, encoding: str | None) -> None:
    """Runs once per worker: get the pipeline, leave Ctrl-C to the main process."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the pool stops workers with SIGTERM
    if _WORKER is None:  # spawned, not forked from a process that loaded it
        _WORKER = (Extractor(model), encoding)


def _work(group: list[Task | InputError]) -> list[DocResult]:
    assert _WORKER is not None, "worker not initialised"
    extractor, encoding = _WORKER
    return list(_process_group(group, extractor, encoding))


def _process_group(
    group: list[Task | InputError], extractor: Extractor, encoding: str | None
) -> Iterator[DocResult]:
    """Read the group's documents, extract the readable ones in one stream, keep order."""
    readable: list[tuple[str, str]] = []
    slots: list[DocResult | None] = []
    for item in group:
        if isinstance(item, InputError):
            slots.append(DocResult(item.path or "?", [], error=str(item)))
            continue
        try:
            text = item.text if item.text is not None else read_document(
                item.doc_id, encoding=encoding).text  # fmt: skip
        except InputError as err:
            slots.append(DocResult(item.doc_id, [], error=str(err)))
            continue
        readable.append((item.doc_id, text))
        slots.append(None)
    batches = extractor.stream(readable)  # claims flow out while a long document is parsed
    texts = iter(readable)
    for slot in slots:
        if slot is not None:
            yield slot
            continue
        doc_id, text = next(texts)
        for batch in batches:
            words = _count_words(text) if batch.done else 0
            yield DocResult(doc_id, batch.claims, words=words, final=batch.done)
            if batch.done:
                break


def _count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))  # no list of words: documents can be huge


def _with_stdin(task: Task | InputError, encoding: str | None) -> Task | InputError:
    if isinstance(task, Task) and task.doc_id == STDIN and task.text is None:
        try:
            return Task(STDIN, read_stream(sys.stdin.buffer, doc_id=STDIN, encoding=encoding).text)
        except InputError as err:
            return err
    return task


def output_path(doc_id: str, roots: Sequence[str], out_dir: Path, suffix: str) -> Path:
    """Where ``--output-dir`` puts one document's claims: the input tree mirrored.

    'news/2020/a.txt' found under the named folder 'news' -> OUT/2020/a.txt.jsonl; a file named
    directly -> OUT/a.txt.jsonl; stdin -> OUT/stdin.jsonl.
    """
    if doc_id == STDIN:
        return out_dir / f"stdin{suffix}"
    path = Path(doc_id)
    for root in roots:
        root_path = Path(root)
        if root != STDIN and root_path.is_dir() and path.is_relative_to(root_path):
            return out_dir / path.relative_to(root_path).parent / f"{path.name}{suffix}"
    return out_dir / f"{path.name}{suffix}"


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
