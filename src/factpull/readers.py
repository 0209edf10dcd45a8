"""Turn files and stdin into decoded text: plain text, HTML articles and PDFs.

Text policy (what claim offsets index):

* Plain text is returned **verbatim** as decoded: no newline translation (``\\r\\n`` and
  ``\\r`` stay as they are), no Unicode normalisation, no stripping. Only a leading
  byte-order mark is dropped. ``Document.text[claim.start:claim.end]`` is therefore exactly
  what the file said.
* HTML yields the article's main text (trafilatura), one block per paragraph, paragraphs
  separated by one blank line (``"\\n\\n"``); offsets index that extracted text.
* PDF yields pypdf's text, pages separated by a blank line; offsets index that text.

Decoding order for bytes (``decode_bytes``): an explicit ``encoding`` wins; else a BOM
(UTF-8, UTF-16, UTF-32); else BOM-less UTF-16 (mostly-Latin text only, from its NUL
pattern); else strict UTF-8; else Windows-1252 when charset-normalizer finds it plausible;
else charset-normalizer's best guess. NUL bytes, known binary signatures or many control
characters mean "skipped: binary file".

Nothing here touches the network or evaluates content: HTML is handed to trafilatura as a
string, and PDFs are parsed from bytes in memory.
"""

from __future__ import annotations

import codecs
import errno
import fnmatch
import io
import logging
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO, NamedTuple

__all__ = [
    "DEFAULT_SUFFIXES",
    "MAX_PARAGRAPH_CHARS",
    "Document",
    "InputError",
    "Paragraph",
    "decode_bytes",
    "iter_files",
    "iter_paragraphs",
    "read_document",
    "read_stream",
    "stream_paragraphs",
]

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
PDF_SUFFIXES = (".pdf",)
DEFAULT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + PDF_SUFFIXES

#: Longest paragraph ``iter_paragraphs``/``stream_paragraphs`` yield before cutting it.
MAX_PARAGRAPH_CHARS = 100_000
#: Bytes read per step when streaming a file (also the sample used to pick its encoding).
STREAM_CHUNK_BYTES = 1 << 20

BINARY_FILE = "skipped: binary file"
NO_TEXT_LAYER = "no text layer (scanned PDF?)"
# More than this share of control characters (other than tab/newlines/FF/VT) => binary.
_CONTROL_RATIO = 0.05
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Signatures of common binary formats (each holds a byte that plain text never starts with).
_BINARY_MAGIC = (
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!\x1a\x07",
    b"\xd0\xcf\x11\xe0",
    b"\x28\xb5\x2f\xfd",
    b"SQLite format 3\x00",
)
_HTML_START = re.compile(
    # A comment body may not contain "-->": keeps matching linear on hostile input.
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--(?:(?!-->).)*-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)
# A blank line: a line break, then a line holding only spaces/tabs, then its line break.
# "\r" followed by "\n" is one break, so "\r\n" alone never counts as a blank line.
_BLANK_LINE = re.compile(r"(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r|\n)")
_NON_SPACE = re.compile(r"\S")
_LAST_SPACE = re.compile(r"\s\S*\Z")

# pypdf logs every repair it attempts; without this, a bare script prints them on stderr.
# (Applications that configure logging still receive them.)
logging.getLogger("pypdf").addHandler(logging.NullHandler())


@dataclass(frozen=True)
class Document:
    """One input, decoded: what the extractor reads and what claim offsets index."""

    doc_id: str  # path as given on the command line, "-" for stdin
    text: str
    source_format: str  # "text" | "html" | "pdf"


class InputError(Exception):
    """A problem with one input; ``str(err)`` is one user-facing line.

    For example "data/x.bin: skipped: binary file". ``reason`` holds the text after the path.
    """

    def __init__(self, reason: str, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        shown = _one_line(reason)
        super().__init__(f"{_display_path(path)}: {shown}" if path is not None else shown)


class Paragraph(NamedTuple):
    """A paragraph and its absolute offset: ``doc_text[p.start:p.end] == p.text``."""

    start: int
    text: str

    @property
    def end(self) -> int:
        """Offset just past the paragraph."""
        return self.start + len(self.text)


# ---------------------------------------------------------------------------- documents


def read_document(path: str | os.PathLike[str], *, encoding: str | None = None) -> Document:
    """Read one file as a Document (text, HTML article or PDF); raise InputError on failure.

    ``encoding`` overrides detection for text and HTML (ignored for PDF).
    """
    doc_id = os.fsdecode(os.fspath(path))
    data = _read_file(doc_id)
    return _with_path(doc_id, _build_document, data, doc_id, encoding)


def read_stream(stream: BinaryIO, *, doc_id: str = "-", encoding: str | None = None) -> Document:
    """Read a binary stream (stdin by default) to its end as a Document; InputError on failure."""
    try:
        data = stream.read()
    except OSError as exc:
        raise InputError(_os_reason(exc, doc_id), doc_id) from None
    if isinstance(data, str):  # a text stream was passed: it is decoded already
        return Document(doc_id, data, "text")
    return _with_path(doc_id, _build_document, bytes(data), doc_id, encoding)


def _build_document(data: bytes, doc_id: str, encoding: str | None) -> Document:
    suffix = _suffix(doc_id)
    fmt = _detect_format(data, suffix)
    if not data:
        return Document(doc_id, "", fmt)
    if fmt == "pdf":
        return Document(doc_id, _pdf_text(data), "pdf")
    if fmt == "html":
        return Document(doc_id, _html_text(_decode_html(data, encoding)), "html")
    return Document(doc_id, decode_bytes(data, encoding=encoding), "text")


def _detect_format(head: bytes, suffix: str) -> str:
    """The format ("pdf", "html" or "text") from the suffix or the first bytes."""
    if suffix in PDF_SUFFIXES:
        if head and b"%PDF-" not in head[:1024]:
            raise InputError("not a PDF file (no %PDF- header)")
        return "pdf"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if suffix in HTML_SUFFIXES or _HTML_START.match(_head_text(head)):
        return "html"
    return "text"


def _head_text(data: bytes) -> str:
    """The first few KB as text, good enough to sniff markup in any common encoding."""
    head = data[:4096]
    codec = _bom_codec(head)
    if codec is None:
        return head.decode("latin-1")
    return head.decode(codec, errors="ignore")


def _suffix(doc_id: str) -> str:
    return os.path.splitext(doc_id)[1].lower() if doc_id != "-" else ""


# ---------------------------------------------------------------------------- file access


def _read_file(path: str) -> bytes:
    """All bytes of a regular file or pipe; InputError naming the problem otherwise."""
    try:
        _check_readable_kind(path)
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise InputError(_os_reason(exc, path), path) from None


def _open_binary(path: str) -> BinaryIO:
    try:
        _check_readable_kind(path)
        return open(path, "rb")
    except OSError as exc:
        raise InputError(_os_reason(exc, path), path) from None


def _check_readable_kind(path: str) -> None:
    """Refuse directories and devices (reading /dev/zero would never end)."""
    mode = os.stat(path).st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a directory", path)
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
        raise InputError("not a regular file", path)


def _os_reason(exc: OSError, path: str) -> str:
    """A short lower-case reason for an OSError, e.g. "no such file"."""
    if exc.errno == errno.ENOENT:
        return "broken symlink" if os.path.islink(path) else "no such file"
    reasons = {
        errno.ELOOP: "symlink loop",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EISDIR: "is a directory",
        errno.ENOTDIR: "no such file (a parent is not a directory)",
        errno.ENAMETOOLONG: "file name too long",
    }
    return reasons.get(exc.errno or 0, f"cannot read ({(exc.strerror or str(exc)).lower()})")


def _with_path(path: str, func: Callable[..., Document], *args: object) -> Document:
    """Call func; an InputError without a path gets this one."""
    try:
        return func(*args)
    except InputError as err:
        if err.path is not None:
            raise
        raise InputError(err.reason, path) from None


def _display_path(path: str) -> str:
    if path == "-":
        return "<stdin>"
    return path if path.isprintable() else ascii(path)[1:-1]


def _one_line(message: str) -> str:
    return " ".join(message.split()) or "unreadable input"


# ---------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, *, encoding: str | None = None) -> str:
    """Decode bytes to text verbatim (see the module docstring); raise InputError if impossible.

    Empty input gives "". Binary content raises InputError("skipped: binary file").
    """
    if not data:
        return ""
    text = _decode_explicit(data, encoding) if encoding else _decode_auto(data)
    _reject_binary_text(text)
    return text


def _decode_explicit(data: bytes, encoding: str) -> str:
    codec = _codec_name(encoding)
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"cannot decode as {encoding} at byte {exc.start} (wrong --encoding?)"
        ) from None


def _codec_name(encoding: str) -> str:
    """Python's codec name for a user-given encoding; UTF-8 also drops a BOM."""
    try:
        name = codecs.lookup(encoding).name
        b"x".decode(name, errors="ignore")  # refuses non-text codecs such as base64 or rot13
    except (LookupError, ValueError):
        raise InputError(f"unknown encoding {encoding!r}") from None
    return "utf-8-sig" if name == "utf-8" else name


def _decode_auto(data: bytes, declared: str | None = None) -> str:
    codec = _detect_codec(data, complete=True, declared=declared)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        shown = codec.removesuffix("-sig")
        raise InputError(f"cannot decode as {shown} (use --encoding)") from None


def _detect_codec(data: bytes, *, complete: bool, declared: str | None = None) -> str:
    """The codec for data (the whole input, or a leading sample when not complete)."""
    codec = _bom_codec(data) or _sniff_utf16(data)
    if codec:
        return codec
    if _looks_binary_bytes(data):
        raise InputError(BINARY_FILE)
    sample = data if complete else _whole_lines(data)
    for candidate in (_valid_utf8(sample, complete), _declared_codec(sample, declared)):
        if candidate:
            return candidate
    return _guess_legacy(sample)


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom) and (codec != "utf-32" or len(data) % 4 == 0):
            return codec
    return None


def _sniff_utf16(data: bytes) -> str | None:
    """BOM-less UTF-16 of mostly Latin text: every other byte is NUL, the others not."""
    if len(data) < 4 or len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    if odd_nuls > 0.6 * half and even_nuls < 0.02 * half:
        return "utf-16-le"
    if even_nuls > 0.6 * half and odd_nuls < 0.02 * half:
        return "utf-16-be"
    return None


def _looks_binary_bytes(data: bytes) -> bool:
    return data.startswith(_BINARY_MAGIC) or b"\x00" in data


def _whole_lines(sample: bytes) -> bytes:
    """Drop a possibly cut last line of a sample (0x0A never occurs inside a multibyte char)."""
    cut = sample.rfind(b"\n")
    return sample[: cut + 1] if cut > 0 else sample


def _valid_utf8(data: bytes, complete: bool) -> str | None:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=complete)
    except UnicodeDecodeError:
        return None
    return "utf-8"


def _declared_codec(data: bytes, declared: str | None) -> str | None:
    """A charset that an HTML page declares, when its bytes really decode with it."""
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared).name
        data.decode(codec)
    except (LookupError, UnicodeDecodeError):
        return None
    return codec


def _guess_legacy(data: bytes) -> str:
    """Windows-1252 when plausible (most legacy news text), else charset-normalizer's pick."""
    from charset_normalizer import from_bytes

    if from_bytes(data, cp_isolation=["cp1252"]).best() is not None:
        return "cp1252"
    best = from_bytes(data).best()
    if best is not None and not best.encoding.startswith(("utf_16", "utf_32")):
        return best.encoding
    return _last_resort_codec(data)


def _last_resort_codec(data: bytes) -> str:
    """cp1252 for short or odd text that still decodes cleanly; otherwise give up."""
    for codec in ("cp1252", "latin-1"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        _reject_binary_text(text)
        if codec == "cp1252":
            return codec
    raise InputError("cannot detect the text encoding (use --encoding)")


def _reject_binary_text(text: str) -> None:
    if "\x00" in text:
        raise InputError(BINARY_FILE)
    controls = sum(1 for _ in _CONTROL_CHARS.finditer(text))
    if controls and controls > _CONTROL_RATIO * len(text):
        raise InputError(BINARY_FILE)


def _decode_html(data: bytes, encoding: str | None) -> str:
    """Decode a page: explicit encoding, BOM, UTF-8, its <meta charset>, then detection."""
    if encoding:
        return decode_bytes(data, encoding=encoding)
    text = _decode_auto(data, declared=_meta_charset(data))
    _reject_binary_text(text)
    return text


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii").lower()
    # As browsers do: latin-1/ascii labels mean windows-1252; a utf-16 label without BOM is bogus.
    if name in {"iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"}:
        return "cp1252"
    return None if name.startswith("utf-16") else name


# ---------------------------------------------------------------------------- HTML


def _html_text(html: str) -> str:
    """The main article text, one paragraph per block, blocks separated by a blank line."""
    try:
        extracted = _trafilatura(html) or _trafilatura(f"<html><body>{html}</body></html>")
    except MemoryError:
        raise
    except Exception as exc:  # never let one odd page stop a batch
        raise InputError(f"cannot extract text from HTML ({type(exc).__name__})") from None
    blocks = (line.strip() for line in (extracted or "").splitlines())
    return "\n\n".join(block for block in blocks if block)


def _trafilatura(html: str) -> str | None:
    """trafilatura on a string: it never downloads anything when given markup."""
    import trafilatura

    return trafilatura.extract(
        html,
        output_format="txt",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        with_metadata=False,
        deduplicate=False,
    )


# ---------------------------------------------------------------------------- PDF


def _pdf_text(data: bytes) -> str:
    """Text of every page, pages separated by a blank line."""
    try:
        pages = _pdf_pages(data)
    except (InputError, MemoryError):
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged files
        raise InputError(_pdf_failure(exc)) from None
    text = "\n\n".join(page for page in pages if page)
    if not text:
        raise InputError(NO_TEXT_LAYER)
    return text


def _pdf_pages(data: bytes) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise InputError("encrypted PDF (password required)")
    return [page.extract_text().strip() for page in reader.pages]


def _pdf_failure(exc: Exception) -> str:
    from pypdf.errors import DependencyError, FileNotDecryptedError

    if isinstance(exc, FileNotDecryptedError):
        return "encrypted PDF (password required)"
    if isinstance(exc, DependencyError):
        return "encrypted PDF (cannot decrypt: install the 'cryptography' package)"
    detail = _one_line(str(exc))[:80]
    return f"corrupt PDF ({type(exc).__name__}: {detail})" if detail else "corrupt PDF"


# ---------------------------------------------------------------------------- paragraphs


def iter_paragraphs(
    text: str, *, max_chars: int | None = MAX_PARAGRAPH_CHARS
) -> Iterator[Paragraph]:
    """Split text on blank lines into stripped, non-empty paragraphs with absolute offsets.

    A blank line is a line holding only spaces/tabs; ``\\n``, ``\\r\\n`` and ``\\r`` all end
    lines. A paragraph longer than ``max_chars`` is cut (at its last line break, else last
    space, else hard) into pieces of at most ``max_chars``; ``None`` never cuts.
    """
    return _paragraphs_from_chunks((text,), max_chars)


def stream_paragraphs(
    source: str | os.PathLike[str] | BinaryIO,
    *,
    encoding: str | None = None,
    max_chars: int | None = MAX_PARAGRAPH_CHARS,
    chunk_size: int = STREAM_CHUNK_BYTES,
) -> Iterator[Paragraph]:
    """Paragraphs of a file or binary stream in bounded memory, offsets as in ``read_document``.

    Plain text is decoded incrementally, its encoding picked from the first chunk (so a
    file that turns out not to be UTF-8 after the first MB fails with InputError where
    ``read_document`` would re-detect). HTML and PDF are read whole, then split.
    Yields the same paragraphs as ``iter_paragraphs(read_document(path).text)``;
    InputError (missing file, binary data, ...) is raised while iterating.
    """
    if isinstance(source, (str, os.PathLike)):
        path = os.fsdecode(os.fspath(source))
        return _stream_file_paragraphs(path, encoding, max_chars, chunk_size)
    return _stream_paragraphs(source, "-", encoding, max_chars, chunk_size)


def _stream_file_paragraphs(
    path: str, encoding: str | None, max_chars: int | None, chunk_size: int
) -> Iterator[Paragraph]:
    with _open_binary(path) as fh:
        yield from _stream_paragraphs(fh, path, encoding, max_chars, chunk_size)


def _stream_paragraphs(
    fh: BinaryIO, doc_id: str, encoding: str | None, max_chars: int | None, chunk_size: int
) -> Iterator[Paragraph]:
    try:
        head = fh.read(chunk_size)
        fmt = _detect_format(head, _suffix(doc_id))
        if fmt != "text":
            doc = _build_document(head + fh.read(), doc_id, encoding)
            yield from iter_paragraphs(doc.text, max_chars=max_chars)
            return
        chunks = _decoded_chunks(head, fh, encoding, chunk_size)
        yield from _paragraphs_from_chunks(chunks, max_chars)
    except InputError as err:
        raise InputError(err.reason, err.path or doc_id) from None
    except OSError as exc:
        raise InputError(_os_reason(exc, doc_id), doc_id) from None


def _decoded_chunks(head: bytes, fh: BinaryIO, encoding: str | None, size: int) -> Iterator[str]:
    """Incrementally decode head + the rest of fh, checking each piece for binary junk."""
    if not head:
        return
    codec = _codec_name(encoding) if encoding else _detect_codec(head, complete=False)
    decoder = codecs.getincrementaldecoder(codec)("strict")
    consumed, data = 0, head
    while True:
        final = not data
        try:
            text = decoder.decode(data, final=final)
        except UnicodeDecodeError as exc:
            where, shown = consumed + exc.start, codec.removesuffix("-sig")
            raise InputError(f"cannot decode as {shown} at byte {where} (use --encoding)") from None
        _reject_binary_text(text)
        if text:
            yield text
        if final:
            return
        consumed += len(data)
        data = fh.read(size)


def _paragraphs_from_chunks(chunks: Iterable[str], max_chars: int | None) -> Iterator[Paragraph]:
    """The paragraph splitter behind iter_paragraphs and stream_paragraphs.

    Keeps only the unfinished paragraph (bounded by max_chars plus one chunk) in memory.
    """
    buf, base = "", 0
    for chunk in chunks:
        scan_from = _last_break(buf)
        buf += chunk
        done, paragraphs = _complete_paragraphs(buf, base, scan_from, max_chars)
        yield from paragraphs
        buf, base = buf[done:], base + done
        done, paragraphs = _long_prefix(buf, base, max_chars)
        yield from paragraphs
        buf, base = buf[done:], base + done
    yield from _cut(buf, base, 0, len(buf), max_chars)


def _last_break(buf: str) -> int:
    """Where to resume the blank-line search: the last line break already buffered."""
    return max(buf.rfind("\n"), buf.rfind("\r"), 0)


def _complete_paragraphs(
    buf: str, base: int, scan_from: int, max_chars: int | None
) -> tuple[int, list[Paragraph]]:
    """Paragraphs closed by a blank line inside buf, and how much of buf they used."""
    out: list[Paragraph] = []
    pos = 0
    for match in _BLANK_LINE.finditer(buf, scan_from):
        out.extend(_cut(buf, base, pos, match.start(), max_chars))
        pos = match.end()
    return pos, out


def _long_prefix(buf: str, base: int, max_chars: int | None) -> tuple[int, list[Paragraph]]:
    """Pieces of an unfinished paragraph known to exceed max_chars; else drop blank lead-in."""
    lead = _NON_SPACE.search(buf)
    if lead is None:  # only whitespace so far: keep just what a blank line could still need
        return (_last_break(buf) if "\n" in buf or "\r" in buf else len(buf)), []
    out: list[Paragraph] = []
    start = lead.start()
    while max_chars is not None and _NON_SPACE.search(buf, start + max_chars) is not None:
        piece, start = _cut_once(buf, start, max_chars)
        out.append(Paragraph(base + piece[0], piece[1]))
        start = _skip_space(buf, start)
    return start, out


def _cut(buf: str, base: int, lo: int, hi: int, max_chars: int | None) -> Iterator[Paragraph]:
    """The stripped paragraph buf[lo:hi], cut into pieces of at most max_chars."""
    lo, hi = _skip_space(buf, lo, hi), len(buf[lo:hi].rstrip()) + lo
    while lo < hi:
        if max_chars is None or hi - lo <= max_chars:
            yield Paragraph(base + lo, buf[lo:hi])
            return
        (start, text), lo = _cut_once(buf, lo, max_chars)
        yield Paragraph(base + start, text)
        lo = _skip_space(buf, lo, hi)


def _cut_once(buf: str, lo: int, max_chars: int) -> tuple[tuple[int, str], int]:
    """Cut max_chars+ of text at lo at its last line break, else last space, else hard."""
    window = buf[lo : lo + max_chars + 1]
    cut = max(window.rfind("\n"), window.rfind("\r"))
    if cut <= 0:
        space = _LAST_SPACE.search(window)
        cut = space.start() if space is not None and space.start() > 0 else max_chars
    return (lo, window[:cut].rstrip()), lo + cut


def _skip_space(buf: str, pos: int, hi: int | None = None) -> int:
    match = _NON_SPACE.search(buf, pos, len(buf) if hi is None else hi)
    return match.start() if match is not None else (len(buf) if hi is None else hi)


# ---------------------------------------------------------------------------- file lists


def iter_files(paths: Sequence[str], *, glob: str | None = None) -> Iterator[str | InputError]:
    """Expand paths into files to read, in a deterministic order.

    Directories are walked recursively, entries sorted by name, hidden entries (".*")
    skipped, symlinks followed. Inside folders only files matching ``glob`` are kept: the
    default takes .txt .md .text .html .htm .pdf (any case); a pattern is matched to the file
    name, or to the path relative to the named folder when it contains "/". Files named
    directly are always kept, and "-" (stdin) is passed through.

    Broken symlinks, symlink loops, unreadable folders or files met inside folders are
    yielded as InputError so a batch can report them and go on. A named path that does
    not exist raises InputError at once, before anything is yielded.
    """
    matcher = _matcher(glob)
    for path in paths:
        _check_named(path)
    return _expand_all(list(paths), matcher)


def _check_named(path: str) -> None:
    if path == "-":
        return
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM):
            raise InputError(_os_reason(exc, path), path) from None


def _expand_all(paths: list[str], matcher: Callable[[str], bool]) -> Iterator[str | InputError]:
    for path in paths:
        if path != "-" and os.path.isdir(path):
            yield from _walk(path, "", matcher, frozenset())
        else:
            yield path


def _matcher(glob: str | None) -> Callable[[str], bool]:
    if glob is None:
        return lambda rel: rel.lower().endswith(DEFAULT_SUFFIXES)
    if "/" in glob:
        return lambda rel: fnmatch.fnmatchcase(rel, glob)
    return lambda rel: fnmatch.fnmatchcase(rel.rsplit("/", 1)[-1], glob)


def _walk(
    folder: str, rel: str, matcher: Callable[[str], bool], ancestors: frozenset[tuple[int, int]]
) -> Iterator[str | InputError]:
    try:
        info = os.stat(folder)
        key = (info.st_dev, info.st_ino)
        if key in ancestors:
            yield InputError("symlink loop", folder)
            return
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(_os_reason(exc, folder), folder)
        return
    for entry in entries:
        yield from _walk_entry(entry.path, f"{rel}{entry.name}", matcher, ancestors | {key})


def _walk_entry(
    path: str, rel: str, matcher: Callable[[str], bool], ancestors: frozenset[tuple[int, int]]
) -> Iterator[str | InputError]:
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:  # broken symlink, symlink loop, unreadable parent
        if matcher(rel):
            yield InputError(_os_reason(exc, path), path)
        return
    if stat.S_ISDIR(mode):
        yield from _walk(path, f"{rel}/", matcher, ancestors)
    elif matcher(rel):
        yield _file_or_error(path, mode)


def _file_or_error(path: str, mode: int) -> str | InputError:
    if not stat.S_ISREG(mode):
        return InputError("not a regular file", path)
    if not os.access(path, os.R_OK):
        return InputError("permission denied", path)
    return path
