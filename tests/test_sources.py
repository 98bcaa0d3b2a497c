"""Tests of newstrace.sources: reading files, directories and stdin, and decoding bytes."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newstrace.errors import DecodeError
from newstrace.records import Page, Problem
from newstrace.sources import MAX_BYTES, ReadStats, decode_text, iter_pages
from newstrace.sources.decode import clean_text, looks_like_text

FRENCH = (
    "Le président a déclaré mercredi que la réforme serait votée avant l'été.\n"
    "« C'est une étape décisive », a-t-il ajouté devant les députés réunis à Paris.\n"
    "Très bien, a répondu la ministre, voilà une décision prise à l'unanimité.\n"
)
ENGLISH_CURLY = (
    "The minister said \u201cwe will not back down\u201d on Tuesday \u2014 and the crowd"
    " cheered.\nIt\u2019s a big day for the \u2018reform\u2019 camp, a spokesman added.\n"
)
GERMAN = "Die Förderung für Wärmepumpen wird erhöht, äußerte der Minister am Mittwoch.\n"


def page(content: bytes | str, source: str = "page.txt") -> Page:
    return Page(source=source, content=content)


def read_all(*paths: str | Path, **kwargs: object) -> list[Page | Problem]:
    return list(iter_pages([str(path) for path in paths], **kwargs))  # type: ignore[arg-type]


# --- decode_text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoded", "expected"),
    [
        pytest.param(FRENCH.encode("utf-8"), FRENCH, id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), FRENCH, id="utf-8-bom"),
        pytest.param(FRENCH.encode("utf-16"), FRENCH, id="utf-16-native-bom"),
        pytest.param(b"\xff\xfe" + FRENCH.encode("utf-16-le"), FRENCH, id="utf-16-le-bom"),
        pytest.param(b"\xfe\xff" + FRENCH.encode("utf-16-be"), FRENCH, id="utf-16-be-bom"),
        pytest.param(b"\xff\xfe\x00\x00" + FRENCH.encode("utf-32-le"), FRENCH, id="utf-32-le"),
        pytest.param(b"\x00\x00\xfe\xff" + FRENCH.encode("utf-32-be"), FRENCH, id="utf-32-be"),
        pytest.param(FRENCH.encode("utf-16-le"), FRENCH, id="utf-16-le-no-bom"),
        pytest.param(FRENCH.encode("utf-16-be"), FRENCH, id="utf-16-be-no-bom"),
        pytest.param(FRENCH.encode("latin-1"), FRENCH, id="latin-1-french"),
        pytest.param(FRENCH.encode("cp1252"), FRENCH, id="cp1252-french"),
        pytest.param(GERMAN.encode("latin-1"), GERMAN, id="latin-1-german"),
        pytest.param(ENGLISH_CURLY.encode("cp1252"), ENGLISH_CURLY, id="cp1252-curly-quotes"),
    ],
)
def test_decode_encodings(encoded: bytes, expected: str) -> None:
    assert decode_text(page(encoded)) == expected


def test_decode_short_latin1_word() -> None:
    assert decode_text(page("café".encode("latin-1"))) == "café"


def test_decode_cyrillic_cp1251_is_not_taken_for_cp1252() -> None:
    russian = "Президент заявил в среду, что реформа будет принята до конца года.\n" * 2
    assert decode_text(page(russian.encode("cp1251"))) == russian


def test_decode_mostly_utf8_keeps_good_characters() -> None:
    data = (GERMAN * 3).encode("utf-8") + b"a stray \xe9 byte\n"
    text = decode_text(page(data))
    assert text.startswith(GERMAN * 3)
    assert text.endswith("a stray \ufffd byte\n")


def test_decode_mostly_utf8_with_bytes_inside_characters() -> None:
    # A stray byte inside "ü" breaks it into several U+FFFD: one damaged place, not three.
    data = (GERMAN + FRENCH).encode("utf-8").replace(b"\xc3\xbc", b"\xc3\xff\xbc", 1)
    data = data.replace(b"Minister", b"Mini\x80ster").replace(b"Paris", b"Par\xedis")
    text = decode_text(page(data))
    assert text.startswith("Die Förderung f\ufffd\ufffd\ufffdr Wärmepumpen")
    assert "Mini\ufffdster" in text
    assert text.endswith(FRENCH.replace("Paris", "Par\ufffdis"))


def test_decode_invalid_utf8_without_good_utf8_is_detected() -> None:
    # Bytes invalid as UTF-8 and with no UTF-8 evidence: decoded by detection, not replaced.
    data = b"Caf\xe9 cr\xe8me, na\xefve r\xe9sum\xe9 \x93quoted\x94\n"
    assert decode_text(page(data)) == "Café crème, naïve résumé \u201cquoted\u201d\n"


def test_decode_undetectable_raises_with_source_and_advice(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("newstrace.sources.decode._candidates", lambda sample: [])
    with pytest.raises(DecodeError) as info:
        decode_text(page(b"caf\xe9", source="dump/a.txt"))
    message = str(info.value)
    assert message.startswith("dump/a.txt: is not UTF-8 (byte 0xe9 at offset 3)")
    assert "convert it to UTF-8" in message
    assert info.value.code == "undecodable"
    assert info.value.source == "dump/a.txt"


def test_decode_bad_utf16_after_bom_raises() -> None:
    data = b"\xff\xfe" + b"\x00\xd8" * 50  # lone surrogates only
    with pytest.raises(DecodeError, match="UTF-16 LE byte-order mark but is not valid"):
        decode_text(page(data))


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        bytes(range(256)) * 16,
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00\x01\x02\x03" * 100,
        b"\x00" * 100,
    ],
)
def test_decode_binary_raises(data: bytes) -> None:
    with pytest.raises(DecodeError, match="looks like binary data"):
        decode_text(page(data, source="img.png"))


def test_decode_stray_nul_is_removed_not_binary() -> None:
    data = ("Hello world. " * 20 + "\x00" + "Goodbye.\n").encode()
    assert decode_text(page(data)) == "Hello world. " * 20 + "Goodbye.\n"


def test_decode_empty() -> None:
    assert decode_text(page(b"")) == ""
    assert decode_text(page(b"\xef\xbb\xbf")) == ""


def test_decode_newlines_and_controls() -> None:
    filler = "A line of ordinary text long enough to make a few controls rare.\n" * 2
    data = b"one\r\ntwo\rthree\n\tfour\x0bfive\x0csix\x07\x1b[0m\x00seven\x7f\xc2\x85end"
    expected = "one\ntwo\nthree\n\tfour\nfive\nsix[0mseven\x7f\x85end"
    assert decode_text(page(filler.encode() + data)) == filler + expected


def test_decode_keeps_unicode_unnormalised() -> None:
    text = "ﬁ ① e\u0301 \u00a0 \u200b \ufeffmid"  # ligature, circled digit, combining accent
    assert decode_text(page(text.encode())) == text
    assert decode_text(page("\ufeff" + text)) == text  # str content: BOM stripped


def test_decode_str_content_is_cleaned() -> None:
    assert decode_text(page("a\r\nb\x00c")) == "a\nbc"


def test_clean_text_is_idempotent() -> None:
    once = clean_text("x\r\n\r\ny\x01\x0c")
    assert once == "x\n\ny\n"
    assert clean_text(once) == once


def test_looks_like_text() -> None:
    assert looks_like_text(b"")
    assert looks_like_text("plain text é".encode())
    assert looks_like_text("ééé".encode()[:-1])  # character cut at the end
    assert looks_like_text(FRENCH.encode("cp1252"))
    assert looks_like_text(FRENCH.encode("utf-16"))
    assert not looks_like_text(bytes(range(256)))


# --- iter_pages ----------------------------------------------------------------------


def test_read_file_as_raw_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"line one\r\nline two\r\n")
    [item] = read_all(path, plain=True)
    assert item == Page(
        source=str(path), content=b"line one\r\nline two\r\n", media_type="text/plain", plain=True
    )
    assert decode_text(item) == "line one\nline two\n"


def test_plain_text_keeps_control_characters_so_offsets_match_the_file() -> None:
    raw = "\ufeffA \x1b[1mbold\x1b[0m word.\r\nNext line.\x00"
    plain = Page(source="body.txt", content=raw.encode("utf-8"), plain=True)
    assert decode_text(plain) == "A \x1b[1mbold\x1b[0m word.\nNext line.\x00"
    page = replace(plain, plain=False)
    assert decode_text(page) == "A [1mbold[0m word.\nNext line."


def test_read_explicit_file_of_any_name(tmp_path: Path) -> None:
    path = tmp_path / ".hidden.html"
    path.write_text("text")
    [item] = read_all(path)
    assert isinstance(item, Page)
    assert item.plain is False


def test_read_empty_file_is_a_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_all(path) == [Page(source=str(path), content=b"")]


def test_missing_path_is_a_problem_and_iteration_goes_on(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    good = tmp_path / "good.txt"
    good.write_text("hello")
    problem, item = read_all(missing, good)
    assert problem == Problem(
        str(missing), "read", "not-found", f"{missing}: no such file or directory; check the path"
    )
    assert isinstance(item, Page)
    assert item.source == str(good)


def test_broken_link_is_not_found(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    [problem] = read_all(link)
    assert isinstance(problem, Problem)
    assert problem.code == "not-found"
    assert "broken symbolic link" in problem.message


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    [problem] = read_all(path)
    assert isinstance(problem, Problem)
    assert problem.code == "unreadable"
    assert str(path) in problem.message


def test_os_error_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", refuse)
    [problem] = read_all(path)
    assert problem == Problem(
        str(path),
        "read",
        "unreadable",
        f"{path}: permission denied; make it readable or run as a user who can read it",
    )


def test_too_large_file_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 2048)
    [problem] = read_all(path, max_bytes=1024)
    assert isinstance(problem, Problem)
    assert problem.code == "too-large"
    assert problem.message.startswith(f"{path}: is 2.0 KiB, over the 1.0 KiB limit")
    assert [type(item) for item in read_all(path, max_bytes=2048)] == [Page]


def test_default_limit_reads_50_mb(tmp_path: Path) -> None:
    assert MAX_BYTES >= 64 * 2**20
    path = tmp_path / "big.txt"
    line = "Die Förderung für Wärmepumpen wird erhöht.\r\n".encode()
    path.write_bytes(line * (50 * 2**20 // len(line) + 1))
    [item] = read_all(path)
    assert isinstance(item, Page)
    assert len(item.content) > 50 * 2**20
    text = decode_text(item)
    assert text.count("\n") == text.count("Wärmepumpen")
    assert "\r" not in text


def test_directory_walk(tmp_path: Path) -> None:
    files = {
        "b.txt": b"b",
        "a/z.TXT": b"z",
        "a/one.text": b"one",
        "a/README": b"readme text",
        "a/article.12345": "caf\u00e9".encode(),
        "a/blob": bytes(range(256)),
        "a/page.html": b"<p>later</p>",
        "a/.hidden.txt": b"hidden",
        ".git/config.txt": b"hidden dir",
        "c/d/deep.txt": b"deep",
    }
    for name, data in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(data)
    (tmp_path / "c" / "loop").symlink_to(tmp_path, target_is_directory=True)
    stats = ReadStats()
    items = list(iter_pages([str(tmp_path)], stats=stats))
    names = [os.path.relpath(item.source, tmp_path) for item in items]
    assert names == [
        "a/README",
        "a/article.12345",
        "a/one.text",
        "a/page.html",
        "a/z.TXT",
        "b.txt",
        "c/d/deep.txt",
    ]
    assert all(isinstance(item, Page) for item in items)
    assert [os.path.relpath(path, tmp_path) for path in stats.skipped] == ["a/blob"]
    assert (stats.pages, stats.problems) == (7, 0)


def test_unreadable_subdirectory_is_a_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "ok.txt").write_text("ok")
    real_scandir = os.scandir

    def scandir(path: Path) -> object:
        if Path(path).name == "sub":
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr("newstrace.sources.files.os.scandir", scandir)
    stats = ReadStats()
    items = list(iter_pages([tmp_path], stats=stats))
    assert [type(item) for item in items] == [Page, Problem]
    assert isinstance(items[1], Problem)
    assert items[1].code == "unreadable"
    assert items[1].source == str(tmp_path / "sub")
    assert (stats.pages, stats.problems) == (1, 1)


def test_single_path_is_taken_as_a_list(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("x")
    assert [item.source for item in iter_pages(str(path))] == [str(path)]
    assert [item.source for item in iter_pages(path)] == [str(path)]


def test_iter_pages_is_lazy(tmp_path: Path) -> None:
    pages = iter_pages([str(tmp_path / "missing")])
    (tmp_path / "missing").write_text("made after the call")
    assert [type(item) for item in pages] == [Page]


def stdin_with(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data))


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", stdin_with("é\r\n".encode("cp1252")))
    [item] = read_all("-", plain=True)
    assert item == Page(source="-", content=b"\xe9\r\n", plain=True)
    assert decode_text(item) == "é\n"


def test_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", stdin_with(b"x" * 11))
    [problem] = read_all("-", max_bytes=10)
    assert isinstance(problem, Problem)
    assert (problem.source, problem.code) == ("-", "too-large")


def test_stdin_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)
    [problem] = read_all("-")
    assert isinstance(problem, Problem)
    assert (problem.source, problem.code) == ("-", "unreadable")
    assert "standard input" in problem.message
