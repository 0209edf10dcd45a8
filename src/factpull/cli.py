"""The ``factpull`` command line: options, output files, progress, errors and exit codes.

No NLP here: documents and results come from ``batch``, output from ``writers``.
Exit codes: 0 success, 1 a file that could not be processed or a runtime failure,
2 a usage or input error found before any work (bad option, missing path, missing model),
130 interrupted, 141 output pipe closed, 143 terminated (SIGTERM).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Annotated, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from factpull import __version__
from factpull.pipeline import MODEL_ENV_VAR
from factpull.writers import ClaimWriter, OutputFormat, atomic_text_file, make_writer

if TYPE_CHECKING:  # batch imports spaCy: only load it when a command runs
    from factpull.batch import DocResult

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141
EXIT_TERMINATED = 143
SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                  ".tsv": "tsv"}  # fmt: skip
FORMAT_SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "tsv": ".tsv"}

app = typer.Typer(
    help="Extract numeric claims (value, unit, subject, change, attribution) from news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
stderr = Console(stderr=True, highlight=False)


class UsageError(Exception):
    """Bad input found before any work: exit 2."""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factpull {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """factpull finds every number that states a quantity and reports what it counts."""


@app.command(
    epilog=(
        "Examples:\n\n"
        "  factpull extract article.txt\n\n"
        "  factpull extract -f csv --bom -o claims.csv reports/\n\n"
        "  factpull extract archive/ --output-dir claims/ --skip-existing --jobs 2\n\n"
        "  cat article.txt | factpull extract - | jq .subject"
    )
)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files or folders to read; '-' reads stdin.", show_default=False),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format", "-f", show_default=False,
            help="Output format \\[default: table on a terminal, else from the -o suffix, "
            "else jsonl].",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
    ] = None,
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", help="Write one file per input here, mirroring the input "
                     "folders."),
    ] = None,
    skip_existing: Annotated[
        bool,
        typer.Option("--skip-existing", help="With --output-dir: skip inputs whose output "
                     "exists (resume an interrupted run)."),
    ] = False,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, show_default=False,
                     help="Worker processes \\[default: all cores]."),
    ] = None,
    glob: Annotated[
        str | None,
        typer.Option("--glob", help="Files to take from folders, e.g. '*.txt' \\[default: text, "
                     "Markdown, HTML and PDF files]."),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", help="Decode input files with this encoding instead of "
                     "detecting it."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help=f"spaCy pipeline name or path \\[env: {MODEL_ENV_VAR}]."),
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start CSV/TSV output with a UTF-8 BOM (for Excel).")
    ] = False,
    fail_fast: Annotated[
        bool, typer.Option("--fail-fast", help="Stop at the first file that fails.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar and no summary line.")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show tracebacks for errors.")
    ] = False,
) -> None:  # fmt: skip
    """Report the numeric claims in each document, one record per claim."""

    def run() -> int:
        from factpull import batch  # spaCy loads here, not for --help

        fmt = _choose_format(output_format, output, output_dir)
        tasks = batch.plan(paths, glob)
        if output_dir is not None and skip_existing:
            suffix = FORMAT_SUFFIXES[fmt.value]
            done = batch.output_path
            tasks = [t for t in tasks if isinstance(t, Exception)
                     or not done(t.doc_id, paths, output_dir, suffix).exists()]  # fmt: skip
        results = batch.run(tasks, jobs=jobs or batch.default_jobs(), model=model,
                            encoding=encoding)  # fmt: skip
        sink = _DirectorySink(output_dir, paths, fmt, bom) if output_dir else None
        with _progress(len(tasks), quiet) as progress, _output_stream(output, sink) as stream:
            writer = None if sink else make_writer(fmt, stream, bom=bom)
            try:
                failures = _consume(results, writer, sink, progress, fail_fast)
            finally:
                if sink is not None:
                    sink.abandon()
            if writer is not None:
                writer.close()
        if not quiet:
            _report(progress.summary(failures))
        return EXIT_FAILURE if failures else EXIT_OK

    raise typer.Exit(_guarded(run, verbose))


def _consume(
    results: Iterator[DocResult], writer: ClaimWriter | None, sink: _DirectorySink | None,
    progress: _Progress, fail_fast: bool,
) -> int:  # fmt: skip
    """Write claims as they arrive; report failures; honour Ctrl-C between documents, so only
    complete records and whole documents are written."""
    failures = 0
    with _deferred_interrupt() as interrupted:
        for result in results:
            if result.error:
                failures += 1
                _report(result.error)
            elif sink is not None:
                sink.write(result)
            elif writer is not None:
                writer.write(result.claims)
            if not result.final:
                continue
            progress.advance(result)
            if interrupted.is_set():
                raise KeyboardInterrupt
            if result.error and fail_fast:
                break
    return failures


def _choose_format(chosen: OutputFormat | None, output: Path | None,
                   output_dir: Path | None) -> OutputFormat:  # fmt: skip
    if output is not None and output_dir is not None:
        raise UsageError("use either --output or --output-dir, not both")
    if output_dir is not None:
        if chosen is OutputFormat.table:
            raise UsageError("--output-dir writes files: choose json, jsonl, csv or tsv")
        return chosen or OutputFormat.jsonl
    if chosen is not None:
        return chosen
    if output is not None:
        return OutputFormat(SUFFIX_FORMATS.get(output.suffix.lower(), "jsonl"))
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl


class _DirectorySink:
    """``--output-dir``: one file per input document, each written atomically."""

    def __init__(self, root: Path, inputs: list[str], fmt: OutputFormat, bom: bool) -> None:
        from factpull.batch import output_path

        self.root, self.inputs, self.fmt, self.bom = root, inputs, fmt, bom
        self.output_path = output_path
        self.open_file = contextlib.ExitStack()
        self.writer: ClaimWriter | None = None

    def write(self, result: DocResult) -> None:
        if self.writer is None:
            suffix = FORMAT_SUFFIXES[self.fmt.value]
            target = self.output_path(result.doc_id, self.inputs, self.root, suffix)
            target.parent.mkdir(parents=True, exist_ok=True)
            stream = self.open_file.enter_context(atomic_text_file(target))
            self.writer = make_writer(self.fmt, stream, bom=self.bom)
        self.writer.write(result.claims)
        if result.final:
            self.writer.close()
            self.open_file.close()  # renames the finished file into place
            self.writer = None

    def abandon(self) -> None:
        """A document cut short (Ctrl-C, a crash) leaves no file behind."""
        if self.writer is None:
            return
        stop = RuntimeError("abandoned")
        with contextlib.suppress(RuntimeError):  # the atomic writer deletes its temporary file
            self.open_file.__exit__(RuntimeError, stop, None)
        self.writer = None


class _Progress:
    """Files done of total, claims found, words per second, ETA: on stderr, terminals only."""

    def __init__(self, total: int, visible: bool) -> None:
        self.files = self.claims = self.words = 0
        self.bar = Progress(
            TextColumn("[bold]factpull"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[claims]} claims"), TextColumn("{task.fields[speed]}"),
            TimeElapsedColumn(), TimeRemainingColumn(),
            console=stderr, disable=not visible, transient=True,
        )  # fmt: skip
        self.task = self.bar.add_task("extract", total=total, claims=0, speed="")

    def advance(self, result: DocResult) -> None:
        self.files += result.error is None
        self.claims += len(result.claims)
        self.words += result.words
        elapsed = self.bar.tasks[0].elapsed or 0.0
        speed = f"{self.words / elapsed:,.0f} words/s" if elapsed > 0 else ""
        self.bar.update(self.task, advance=1, claims=self.claims, speed=speed)

    def summary(self, failures: int) -> str:
        elapsed = self.bar.tasks[0].elapsed or 0.0
        failed = f", {failures} failed" if failures else ""
        return (f"{self.files} file{'s' * (self.files != 1)}, {self.claims} claims{failed}, "
                f"{elapsed:.1f} s")  # fmt: skip


@contextlib.contextmanager
def _progress(total: int, quiet: bool) -> Iterator[_Progress]:
    progress = _Progress(total, visible=not quiet and stderr.is_terminal)
    with progress.bar:
        yield progress


@contextlib.contextmanager
def _deferred_interrupt() -> Iterator[threading.Event]:
    """First Ctrl-C: finish the current document, then stop. Second: stop at once."""
    interrupted = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield interrupted
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        if interrupted.is_set():
            raise KeyboardInterrupt
        interrupted.set()

    previous = signal.signal(signal.SIGINT, handler)
    try:
        yield interrupted
    finally:
        signal.signal(signal.SIGINT, previous)


def _report(message: str) -> None:
    stderr.print(f"factpull: {message}", markup=False, soft_wrap=True)


def _guarded(action: Callable[[], int], verbose: bool) -> int:
    """Run ``action``; map failures to one line on stderr and an exit code."""
    from factpull.pipeline import ModelNotFoundError
    from factpull.readers import InputError

    try:
        return action()
    except (UsageError, InputError, ModelNotFoundError) as err:
        _fail(err, verbose)
        return EXIT_USAGE
    except KeyboardInterrupt:
        _report("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as err:  # the CLI's last line of defence
        _fail(err, verbose, prefix="error: ")
        return EXIT_FAILURE


def _fail(err: BaseException, verbose: bool, prefix: str = "") -> None:
    if verbose:
        stderr.print_exception()
    message = str(err).splitlines()[0] if str(err) else type(err).__name__
    _report(prefix + message)


def _silence_stdout() -> None:
    """After the reader of our stdout went away, keep Python from complaining at exit."""
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


@contextlib.contextmanager
def _output_stream(path: Path | None, sink: _DirectorySink | None) -> Iterator[TextIO]:
    if sink is not None or path is None or str(path) == "-":
        yield sys.stdout
        return
    if not path.resolve().parent.is_dir():
        raise UsageError(f"{path}: output folder does not exist")
    with atomic_text_file(path) as stream:
        yield stream


def _terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM (kill, timeout, docker stop): unwind like Ctrl-C, so temporary files go."""
    raise SystemExit(EXIT_TERMINATED)


def main() -> None:
    """Console-script entry point."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        app()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)


__all__ = ["app", "main"]
