"""Tests for factpull.readers: decoding, HTML/PDF extraction, file expansion, paragraphs.

Every input is built in tmp_path by code (tests/fixtures/hostile/build_hostile.py).
"""

from __future__ import annotations

import codecs
import errno
import importlib.util
import io
import os
import socket
import time
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factpull import readers
from factpull.readers import (
    MAX_PARAGRAPH_CHARS,
    Document,
    InputError,
    Paragraph,
    decode_bytes,
    iter_files,
    iter_paragraphs,
    read_document,
    read_stream,
    stream_paragraphs,
)

_BUILDER = Path(__file__).parent / "fixtures" / "hostile" / "build_hostile.py"
_spec = importlib.util.spec_from_file_location("build_hostile", _BUILDER)
assert _spec is not None and _spec.loader is not None
hostile = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile)

NEWS = hostile.NEWS
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return hostile.write_all(tmp_path_factory.mktemp("hostile"))


def error_of(path: Path | str, **kwargs: object) -> str:
    with pytest.raises(InputError) as info:
        read_document(path, **kwargs)  # type: ignore[arg-type]
    return str(info.value)


def check_offsets(text: str, paragraphs: list[Paragraph]) -> None:
    for para in paragraphs:
        assert para.text and para.text == para.text.strip()
        assert text[para.start : para.end] == para.text


# ---------------------------------------------------------------------------- text decoding


@pytest.mark.parametrize(
    "name", ["utf8.txt", "utf8_bom.txt", "utf16le_bom.txt", "utf16be_bom.txt", "cp1252.txt"]
)
def test_text_encodings_decode_exactly(files: dict[str, Path], name: str) -> None:
    doc = read_document(files[name])
    assert doc == Document(str(files[name]), NEWS, "text")


def test_utf32_with_bom_decodes_exactly() -> None:
    assert decode_bytes(NEWS.encode("utf-32")) == NEWS


def test_latin1_is_detected(files: dict[str, Path]) -> None:
    assert read_document(files["latin1.txt"]).text == hostile.LATIN1_TEXT


@pytest.mark.parametrize(
    "text",
    [
        "caf\u00e9",
        "\u20ac5",
        "Prices rose 5\u2030 \u2013 \u201cmodestly\u201d.",
        "Gar\u00e7on!\r\n",
    ],
)
def test_short_cp1252_snippets_decode(text: str) -> None:
    assert decode_bytes(text.encode("cp1252")) == text


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (
            "\u041f\u043e\u043b\u0438\u0446\u0438\u044f \u0437\u0430\u0434\u0435\u0440"
            "\u0436\u0430\u043b\u0430 17 000 \u0447\u0435\u043b\u043e\u0432\u0435\u043a.",
            "cp1251",
        ),
        (
            "\u516c\u5b89\u90e8\u8868\u793a\uff0c\u4e09\u5e74\u6765\u5171\u7834\u83b7"
            "\u6848\u4ef61759\u8d77\uff0c\u6293\u83b7\u72af\u7f6a\u5acc\u7591\u4eba1.7\u4e07",
            "gb18030",
        ),
    ],
)
def test_non_western_legacy_encodings_use_charset_normalizer(text: str, codec: str) -> None:
    assert decode_bytes(text.encode(codec)) == text


def test_bomless_utf16_of_latin_text_is_sniffed() -> None:
    text = "Sales rose 5% to $3 billion, the company said.\n"
    assert decode_bytes(text.encode("utf-16-le")) == text
    assert decode_bytes(text.encode("utf-16-be")) == text


def test_explicit_encoding_overrides_detection() -> None:
    assert decode_bytes("caf\u00e9".encode(), encoding="latin-1") == "caf\u00c3\u00a9"
    assert decode_bytes(NEWS.encode("utf-8-sig"), encoding="utf-8") == NEWS
    assert decode_bytes(NEWS.encode("cp1252"), encoding="cp1252") == NEWS


def test_explicit_encoding_that_does_not_fit(files: dict[str, Path]) -> None:
    message = error_of(files["cp1252.txt"], encoding="utf-8")
    assert message.startswith(f"{files['cp1252.txt']}: cannot decode as utf-8 at byte ")


@pytest.mark.parametrize("name", ["klingon", "base64", "rot13"])
def test_unknown_or_non_text_encoding(name: str) -> None:
    with pytest.raises(InputError, match=f"unknown encoding '{name}'"):
        decode_bytes(b"abc", encoding=name)


def test_mixed_newlines_are_kept_verbatim(files: dict[str, Path]) -> None:
    text = read_document(files["mixed_newlines.txt"]).text
    assert text == hostile.MIXED_NEWLINES
    assert text[text.index("third") : text.index("third") + 12] == "third line 3"
    paragraphs = list(iter_paragraphs(text))
    assert [p.text for p in paragraphs] == [
        "First line 1\r\nsecond line 2\rthird line 3",
        "New paragraph 4",
        "last 5",
    ]
    check_offsets(text, paragraphs)


def test_empty_and_blank_files(tmp_path: Path, files: dict[str, Path]) -> None:
    assert read_document(files["empty.txt"]) == Document(str(files["empty.txt"]), "", "text")
    assert decode_bytes(b"") == ""
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b" \r\n\t\n")
    assert read_document(blank).text == " \r\n\t\n"
    assert list(iter_paragraphs(" \r\n\t\n")) == []


# ---------------------------------------------------------------------------- binary input


def test_binary_file_is_skipped(files: dict[str, Path]) -> None:
    assert error_of(files["binary.txt"]) == f"{files['binary.txt']}: skipped: binary file"


@pytest.mark.parametrize(
    "data",
    [
        b"Plain words\x00 with a NUL in them",
        b"\x89PNG\r\n\x1a\nrest",
        b"PK\x03\x04docx-like",
        b"\x1f\x8b\x08compressed",
        b"\x01\x02\x03\x04abcd" * 50,
        bytes(range(1, 256)) * 4,
    ],
)
def test_binary_content_raises(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^skipped: binary file$"):
        decode_bytes(data)


def test_html_sniffing_is_linear_on_hostile_comments() -> None:
    started = time.perf_counter()
    assert read_stream(io.BytesIO(b"<!---->" * 600 + b"x 5")).source_format == "text"
    assert time.perf_counter() - started < 1


def test_utf8_bom_with_invalid_bytes() -> None:
    with pytest.raises(InputError, match=r"^cannot decode as utf-8 \(use --encoding\)$"):
        decode_bytes(codecs.BOM_UTF8 + "caf\u00e9".encode("cp1252"))


def test_few_control_characters_are_tolerated() -> None:
    text = "Page one 5\fPage two 6\x1b is fine " + "x" * 200
    assert decode_bytes(text.encode()) == text


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from([None, "utf-8", "cp1252", "utf-16", "ascii"]))
def test_decode_bytes_only_raises_input_error(data: bytes, encoding: str | None) -> None:
    try:
        text = decode_bytes(data, encoding=encoding)
    except InputError as err:
        assert "\n" not in str(err)
    else:
        assert isinstance(text, str)
        assert "\x00" not in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from([b"", b"%PDF-1.4\n", b"<!doctype html><p>", b"\xef\xbb\xbf", b"\xff\xfe"]),
    st.binary(max_size=600),
)
def test_read_stream_only_raises_input_error(prefix: bytes, data: bytes) -> None:
    try:
        doc = read_stream(io.BytesIO(prefix + data))
    except InputError as err:
        assert str(err).startswith("<stdin>: ") and "\n" not in str(err)
    else:
        assert isinstance(doc.text, str)


# ---------------------------------------------------------------------------- HTML


def test_html_article_without_boilerplate(files: dict[str, Path]) -> None:
    doc = read_document(files["article.html"])
    assert doc.source_format == "html"
    paragraphs = doc.text.split("\n\n")
    assert paragraphs[0] == "Police bust 1,759 criminal gangs"
    assert "More than 17,000 suspects were arrested" in paragraphs[2]
    assert "29.95 billion yuan ($4.58 billion)" in doc.text
    for junk in ("Home", "Subscribe", "Copyright", "555-0100", "999", "Most read", "color"):
        assert junk not in doc.text
    assert all(p and p == p.strip() for p in paragraphs)


def test_html_offsets_index_extracted_text(files: dict[str, Path]) -> None:
    text = read_document(files["article.html"]).text
    paragraphs = list(iter_paragraphs(text))
    assert len(paragraphs) == 4
    check_offsets(text, paragraphs)


def test_html_is_sniffed_without_suffix(files: dict[str, Path]) -> None:
    doc = read_document(files["article_no_suffix"])
    assert doc.source_format == "html"
    assert doc.text == read_document(files["article.html"]).text


def test_html_never_touches_the_network(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert "1,759" in read_document(files["article.html"]).text


def test_html_meta_charset_is_honoured(tmp_path: Path) -> None:
    page = tmp_path / "legacy.htm"
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        "</head><body><article><p>The \u201cdeal\u201d is worth \u20ac2.5m, officials said on "
        "Monday, adding that 300 jobs would go.</p></article></body></html>"
    )
    page.write_bytes(html.encode("cp1252"))
    assert read_document(page).text == (
        "The \u201cdeal\u201d is worth \u20ac2.5m, officials said on Monday, "
        "adding that 300 jobs would go."
    )


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Only one paragraph with 5 things.</p>", "Only one paragraph with 5 things."),
        ("<p>A 5.</p><p>B 6.</p>", "A 5.\n\nB 6."),
        ("<html></html>", ""),
        ("<html><body><script>var a = 1;</script></body></html>", ""),
    ],
)
def test_html_fragments_and_empty_pages(tmp_path: Path, html: str, expected: str) -> None:
    page = tmp_path / "frag.html"
    page.write_text(html, encoding="utf-8")
    assert read_document(page) == Document(str(page), expected, "html")


def test_html_extractor_failure_is_an_input_error(
    files: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(html: str) -> str:
        raise RecursionError("too deep")

    monkeypatch.setattr(readers, "_trafilatura", explode)
    assert error_of(files["article.html"]).endswith(
        "article.html: cannot extract text from HTML (RecursionError)"
    )


def test_html_entities_and_doctype_tricks_stay_inert() -> None:
    page = (
        b"<?xml version='1.0'?><!DOCTYPE html [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
        b"<html><body><p>&x; 5 people were here today.</p></body></html>"
    )
    text = read_stream(io.BytesIO(page)).text
    assert "5 people were here today." in text and "root:" not in text


# ---------------------------------------------------------------------------- PDF


def test_pdf_text_is_extracted(files: dict[str, Path]) -> None:
    doc = read_document(files["report.pdf"])
    assert doc == Document(
        str(files["report.pdf"]),
        "Revenue rose 12% to \u20ac4.5 billion.\n\nPage two: 300 jobs cut.",
        "pdf",
    )


def test_pdf_is_sniffed_by_magic(tmp_path: Path, files: dict[str, Path]) -> None:
    renamed = tmp_path / "report.txt"
    renamed.write_bytes(files["report.pdf"].read_bytes())
    assert read_document(renamed).source_format == "pdf"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("scanned.pdf", "no text layer (scanned PDF?)"),
        ("locked.pdf", "encrypted PDF (password required)"),
    ],
)
def test_pdf_without_readable_text(files: dict[str, Path], name: str, reason: str) -> None:
    assert error_of(files[name]) == f"{files[name]}: {reason}"


@pytest.mark.parametrize("name", ["corrupt.pdf", "truncated.pdf"])
def test_corrupt_pdf(files: dict[str, Path], name: str) -> None:
    message = error_of(files[name])
    assert message.startswith(f"{files[name]}: corrupt PDF")
    assert "\n" not in message


def test_pdf_suffix_on_something_else(tmp_path: Path) -> None:
    fake = tmp_path / "page.pdf"
    fake.write_bytes(b"<html><body>404 not found</body></html>")
    assert error_of(fake) == f"{fake}: not a PDF file (no %PDF- header)"


def test_pdf_with_empty_user_password_is_read(tmp_path: Path) -> None:
    path = tmp_path / "open.pdf"
    path.write_bytes(hostile.encrypted_pdf(""))
    assert read_document(path).text == "Secret budget of 5 million"


def test_aes_pdf_with_empty_user_password(tmp_path: Path) -> None:
    pytest.importorskip("cryptography")
    path = tmp_path / "aes.pdf"
    path.write_bytes(hostile.encrypted_pdf("", algorithm="AES-256"))
    assert read_document(path).text == "Secret budget of 5 million"


# ---------------------------------------------------------------------------- files and stdin


def test_messages_name_the_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert error_of("missing.txt") == "missing.txt: no such file"
    (tmp_path / "folder").mkdir()
    assert error_of("folder") == "folder: is a directory"
    assert error_of("missing/x.txt") == "missing/x.txt: no such file"
    Path("plain.txt").write_text("x")
    assert error_of("plain.txt/x.txt").startswith("plain.txt/x.txt: no such file")


def test_symlink_errors(files: dict[str, Path]) -> None:
    assert error_of(files["dangling.txt"]) == f"{files['dangling.txt']}: broken symlink"
    assert error_of(files["loop_a.txt"]) == f"{files['loop_a.txt']}: symlink loop"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_devices_are_refused() -> None:
    assert error_of("/dev/zero") == "/dev/zero: not a regular file"


@pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions")
def test_permission_denied_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    try:
        assert error_of(path) == f"{path}: permission denied"
    finally:
        path.chmod(0o644)


def test_permission_denied_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")

    def deny(file: str, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", file)

    monkeypatch.setattr(readers, "open", deny, raising=False)
    assert error_of(path) == f"{path}: permission denied"


def test_error_message_is_one_line_for_odd_names(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"\x00\x01binary")
    message = error_of(path)
    assert "\n" not in message and message.endswith("two\\nlines.txt: skipped: binary file")


def test_read_stream_from_stdin_like_streams() -> None:
    assert read_stream(io.BytesIO(NEWS.encode("cp1252"))) == Document("-", NEWS, "text")
    doc = read_stream(io.BytesIO(hostile.ARTICLE_HTML.encode()), doc_id="page")
    assert doc.source_format == "html" and doc.doc_id == "page"
    assert read_stream(io.BytesIO(b"")) == Document("-", "", "text")
    with pytest.raises(InputError, match=r"^<stdin>: skipped: binary file$"):
        read_stream(io.BytesIO(hostile.binary_junk()))


def test_read_stream_accepts_a_text_stream() -> None:
    assert read_stream(io.StringIO("already text 5")).text == "already text 5"  # type: ignore[arg-type]


def test_input_error_survives_pickling() -> None:
    import pickle

    err = InputError("skipped: binary file", "data/x.bin")
    assert str(pickle.loads(pickle.dumps(err))) == "data/x.bin: skipped: binary file"
    assert err.reason == "skipped: binary file" and err.path == "data/x.bin"


# ---------------------------------------------------------------------------- iter_files


def make_tree(root: Path, names: list[str]) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("5 people")


def test_nested_folders_in_sorted_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    names = "b.txt a/z.md a/b/c.html a/a.pdf A.TXT 10.text 9.htm x.json img.png .hidden.txt"
    make_tree(tmp_path / "corpus", [*names.split(), ".git/config.txt", "notes.md"])
    assert list(iter_files(["corpus"])) == [
        "corpus/10.text",
        "corpus/9.htm",
        "corpus/A.TXT",
        "corpus/a/a.pdf",
        "corpus/a/b/c.html",
        "corpus/a/z.md",
        "corpus/b.txt",
        "corpus/notes.md",
    ]


def test_glob_and_named_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    make_tree(tmp_path / "d", ["a.md", "b.txt", "sub/c.md", "sub/d.txt", "data.json"])
    assert list(iter_files(["d"], glob="*.md")) == ["d/a.md", "d/sub/c.md"]
    assert list(iter_files(["d"], glob="sub/*")) == ["d/sub/c.md", "d/sub/d.txt"]
    assert list(iter_files(["d/data.json", "-", "d"], glob="*.txt")) == [
        "d/data.json",
        "-",
        "d/b.txt",
        "d/sub/d.txt",
    ]


def test_missing_named_path_raises_before_anything(tmp_path: Path) -> None:
    make_tree(tmp_path, ["ok.txt"])
    with pytest.raises(InputError, match=r"missing\.txt: no such file$"):
        iter_files([str(tmp_path / "ok.txt"), str(tmp_path / "missing.txt")])


def test_named_broken_symlink_raises(files: dict[str, Path]) -> None:
    with pytest.raises(InputError, match="broken symlink"):
        iter_files([str(files["dangling.txt"])])


def test_bad_links_inside_folders_are_yielded(tmp_path: Path) -> None:
    make_tree(tmp_path, ["a.txt", "z.txt", "sub/inner.txt"])
    os.symlink("nowhere.txt", tmp_path / "broken.txt")
    os.symlink("loop2.txt", tmp_path / "loop1.txt")
    os.symlink("loop1.txt", tmp_path / "loop2.txt")
    os.symlink("..", tmp_path / "sub" / "up")
    os.symlink("sub", tmp_path / "sub_link")
    os.symlink("nowhere", tmp_path / "no_suffix_link")
    items = list(iter_files([str(tmp_path)]))
    shown = [str(i) if isinstance(i, InputError) else i for i in items]
    root = str(tmp_path)
    assert shown == [
        f"{root}/a.txt",
        f"{root}/broken.txt: broken symlink",
        f"{root}/loop1.txt: symlink loop",
        f"{root}/loop2.txt: symlink loop",
        f"{root}/sub/inner.txt",
        f"{root}/sub/up: symlink loop",
        f"{root}/sub_link/inner.txt",
        f"{root}/sub_link/up: symlink loop",
        f"{root}/z.txt",
    ]


@pytest.mark.skipif(IS_ROOT, reason="root ignores file permissions")
def test_permission_denied_inside_folder(tmp_path: Path) -> None:
    make_tree(tmp_path, ["a.txt", "locked/b.txt", "secret.txt", "z.txt"])
    (tmp_path / "locked").chmod(0)
    (tmp_path / "secret.txt").chmod(0)
    try:
        shown = [str(i) for i in iter_files([str(tmp_path)])]
    finally:
        (tmp_path / "locked").chmod(0o755)
        (tmp_path / "secret.txt").chmod(0o644)
    root = str(tmp_path)
    assert shown == [
        f"{root}/a.txt",
        f"{root}/locked: permission denied",
        f"{root}/secret.txt: permission denied",
        f"{root}/z.txt",
    ]


def test_permission_denied_inside_folder_simulated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_tree(tmp_path, ["a.txt", "locked/b.txt", "secret.txt", "z.txt"])
    real_scandir, real_access = os.scandir, os.access

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(errno.EACCES, "Permission denied", path)
        return real_scandir(path)

    def access(path: str, mode: int) -> bool:
        return not str(path).endswith("secret.txt") and real_access(path, mode)

    monkeypatch.setattr(readers.os, "scandir", scandir)
    monkeypatch.setattr(readers.os, "access", access)
    shown = [str(i) for i in iter_files([str(tmp_path)])]
    root = str(tmp_path)
    assert shown == [
        f"{root}/a.txt",
        f"{root}/locked: permission denied",
        f"{root}/secret.txt: permission denied",
        f"{root}/z.txt",
    ]


# ---------------------------------------------------------------------------- paragraphs


def test_blank_lines_split_paragraphs() -> None:
    text = "  Head 1\r\n\r\nBody 2\r\nstill body\n \t \nThird\r\rFourth\n\n\n\nLast  \n"
    paragraphs = list(iter_paragraphs(text))
    assert [p.text for p in paragraphs] == [
        "Head 1",
        "Body 2\r\nstill body",
        "Third",
        "Fourth",
        "Last",
    ]
    check_offsets(text, paragraphs)


def test_long_paragraphs_are_cut() -> None:
    text = "aaaa bbbb\ncc dd eeee ffffffffffff"
    pieces = [p.text for p in iter_paragraphs(text, max_chars=12)]
    assert pieces == ["aaaa bbbb", "cc dd eeee", "ffffffffffff"]
    assert [p.text for p in iter_paragraphs("x" * 25, max_chars=10)] == ["x" * 10] * 2 + ["x" * 5]
    assert [p.text for p in iter_paragraphs(text, max_chars=None)] == [text]


def test_one_megabyte_line_is_fast(files: dict[str, Path]) -> None:
    started = time.perf_counter()
    text = read_document(files["long_line.txt"]).text
    pieces = list(iter_paragraphs(text))
    assert time.perf_counter() - started < 2
    assert len(text) == 1_000_000
    assert [len(p.text) for p in pieces] == [MAX_PARAGRAPH_CHARS] * 10
    assert list(stream_paragraphs(files["long_line.txt"], chunk_size=1 << 16)) == pieces


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.txt"
    para = ("Officials said 1,759 gangs were busted and \u20ac2.5m seized. " * 8).encode()
    block = para + b"\r\n\r\n"
    path.write_bytes(block * (50_000_000 // len(block)))
    return path


def test_fifty_megabyte_file_reads_quickly(big_file: Path) -> None:
    started = time.perf_counter()
    doc = read_document(big_file)
    assert time.perf_counter() - started < 10
    assert len(doc.text) > 45_000_000 and doc.source_format == "text"


def test_streaming_matches_whole_file_in_bounded_memory(big_file: Path) -> None:
    whole = read_document(big_file).text
    expected = [(p.start, len(p.text)) for p in iter_paragraphs(whole)]
    del whole
    count = 0
    tracemalloc.start()
    try:
        for count, para in enumerate(stream_paragraphs(big_file), start=1):
            assert (para.start, len(para.text)) == expected[count - 1]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == len(expected)
    assert peak < 16_000_000  # 1 MiB chunks of a 50 MB file


@pytest.mark.parametrize("name", ["mixed_newlines.txt", "utf16le_bom.txt", "article.html"])
def test_stream_paragraphs_match_read_document(files: dict[str, Path], name: str) -> None:
    text = read_document(files[name]).text
    assert list(stream_paragraphs(files[name], chunk_size=7)) == list(iter_paragraphs(text))


def test_stream_paragraphs_of_pdf_and_stdin(files: dict[str, Path]) -> None:
    text = read_document(files["report.pdf"]).text
    assert list(stream_paragraphs(str(files["report.pdf"]))) == list(iter_paragraphs(text))
    data = io.BytesIO(NEWS.encode("utf-16"))
    assert list(stream_paragraphs(data, chunk_size=5)) == list(iter_paragraphs(NEWS))


def test_stream_reports_problems_found_late(tmp_path: Path) -> None:
    late_cp1252 = tmp_path / "late.txt"
    late_cp1252.write_bytes(b"ascii line\n" * 10 + "caf\u00e9\n".encode("cp1252"))
    with pytest.raises(InputError, match=r"late\.txt: cannot decode as utf-8 at byte 113"):
        list(stream_paragraphs(late_cp1252, chunk_size=64))
    late_binary = tmp_path / "late_bin.txt"
    late_binary.write_bytes(b"ascii line\n" * 10 + b"\x00\x01\x02")
    with pytest.raises(InputError, match=r"late_bin\.txt: skipped: binary file"):
        list(stream_paragraphs(late_binary, chunk_size=64))
    with pytest.raises(InputError, match=r"nope\.txt: no such file"):
        list(stream_paragraphs(tmp_path / "nope.txt"))


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab \t\r\n\u00e9", max_size=80),
    st.integers(min_value=1, max_value=12),
    st.one_of(st.none(), st.integers(min_value=1, max_value=9)),
)
def test_chunked_paragraphs_equal_whole_text(text: str, chunk: int, max_chars: int | None) -> None:
    whole = list(iter_paragraphs(text, max_chars=max_chars))
    data = io.BytesIO(text.encode("utf-8"))
    streamed = list(stream_paragraphs(data, chunk_size=chunk, max_chars=max_chars))
    assert streamed == whole
    check_offsets(text, whole)
    if max_chars is not None:
        assert all(len(p.text) <= max_chars for p in whole)
    assert "".join("".join(p.text.split()) for p in whole) == "".join(text.split())
    for para in whole:
        assert not readers._BLANK_LINE.search(para.text)
