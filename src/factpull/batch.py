"""Run the extractor over files and folders and stream the claims to a writer.

This is the library side of ``factpull extract``: the CLI only adds options, the output file
and exit codes. A file that cannot be read is reported through ``on_error`` and skipped; the
rest of the batch still completes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from factpull.extractor import Extractor
from factpull.readers import InputError, iter_files, read_document, read_stream
from factpull.writers import ClaimWriter

STDIN = "-"


@dataclass
class BatchSummary:
    files: int = 0
    claims: int = 0
    failures: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def line(self) -> str:
        failed = f", {len(self.failures)} failed" if self.failures else ""
        return (
            f"{self.files} file{'s' * (self.files != 1)}, {self.claims} claims{failed}, "
            f"{self.elapsed:.1f} s"
        )


def extract_paths(
    paths: Sequence[str],
    writer: ClaimWriter,
    extractor: Extractor,
    *,
    encoding: str | None = None,
    glob: str | None = None,
    on_error: Callable[[str], None] = lambda message: None,
) -> BatchSummary:
    """Extract claims from every file named or found under ``paths``; write them in order.

    Raises InputError before any work when a named path does not exist.
    """
    summary = BatchSummary()
    files = list(iter_files(paths, glob=glob))  # checks named paths up front

    def documents() -> Iterator[tuple[str, str]]:
        for item in files:
            if isinstance(item, InputError):
                _failed(summary, on_error, str(item))
                continue
            try:
                document = _read(item, encoding)
            except InputError as err:
                _failed(summary, on_error, str(err))
                continue
            summary.files += 1
            yield document.doc_id, document.text

    for claims in extractor.extract_many(documents()):
        writer.write(claims)
        summary.claims += len(claims)
    writer.close()
    return summary


def _read(path: str, encoding: str | None):  # type: ignore[no-untyped-def]
    if path == STDIN:
        return read_stream(sys.stdin.buffer, doc_id=STDIN, encoding=encoding)
    return read_document(path, encoding=encoding)


def _failed(summary: BatchSummary, on_error: Callable[[str], None], message: str) -> None:
    summary.failures.append(message)
    on_error(message)
