"""The ``factpull`` command line: options, output files, progress, errors and exit codes.

No NLP here: documents come from ``readers``, claims from ``Extractor``, output from ``writers``.
Exit codes: 0 success, 1 a runtime failure or a file that could not be processed,
2 a usage or input error found before any work (bad option, missing path, missing model),
130 interrupted, 141 output pipe closed.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console

from factpull import __version__
from factpull.pipeline import MODEL_ENV_VAR
from factpull.writers import OutputFormat, make_writer

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 0, 1, 2, 130, 141
SUFFIX_FORMATS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
                  ".tsv": "tsv"}  # fmt: skip

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
        "  cat article.txt | factpull extract - | jq .subject"
    )
)
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders to read; '-' reads standard input.", show_default=False
        ),
    ],
    output_format: Annotated[
        OutputFormat | None,
        typer.Option(
            "--format",
            "-f",
            help="Output format [default: table on a terminal, "
            "else from the -o suffix, else jsonl].",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (atomically) instead of stdout."),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option("--model", help=f"spaCy pipeline name or path [env: {MODEL_ENV_VAR}]."),
    ] = None,
    encoding: Annotated[
        str | None,
        typer.Option(
            "--encoding", help="Decode input files with this encoding instead of detecting it."
        ),
    ] = None,
    glob: Annotated[
        str | None,
        typer.Option(
            "--glob",
            help="Files to take from folders, e.g. '*.txt' [default: text, "
            "Markdown, HTML and PDF files].",
        ),
    ] = None,
    bom: Annotated[
        bool, typer.Option("--bom", help="Start CSV/TSV output with a UTF-8 BOM (for Excel).")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Show tracebacks for errors.")
    ] = False,
) -> None:
    """Report the numeric claims in each document, one record per claim."""
    fmt = _choose_format(output_format, output)

    def run() -> int:
        from factpull.batch import extract_paths  # spaCy loads here, not for --help
        from factpull.extractor import Extractor

        extractor = Extractor(model)
        with _output_stream(output) as stream:
            writer = make_writer(fmt, stream, bom=bom)
            summary = extract_paths(paths, writer, extractor, encoding=encoding, glob=glob,
                                    on_error=_report)  # fmt: skip
        return EXIT_FAILURE if summary.failures else EXIT_OK

    raise typer.Exit(_guarded(run, verbose))


def _choose_format(chosen: OutputFormat | None, output: Path | None) -> OutputFormat:
    if chosen is not None:
        return chosen
    if output is not None:
        return OutputFormat(SUFFIX_FORMATS.get(output.suffix.lower(), "jsonl"))
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.jsonl


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
    except Exception as err:
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
def _output_stream(path: Path | None) -> Iterator[TextIO]:
    if path is None or str(path) == "-":
        yield sys.stdout
        return
    with _atomic_output(path) as stream:
        yield stream


@contextlib.contextmanager
def _atomic_output(path: Path) -> Iterator[TextIO]:
    """Write to a temporary file beside ``path``; rename over it only on success."""
    directory = path.resolve().parent
    if not directory.is_dir():
        raise UsageError(f"{path}: output folder does not exist")
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            yield stream
        os.replace(temp_name, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except BrokenPipeError:
        _silence_stdout()
        sys.exit(EXIT_BROKEN_PIPE)


__all__ = ["app", "main", "make_writer"]
