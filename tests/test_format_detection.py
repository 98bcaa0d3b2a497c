"""Telling text, HTML and WARC inputs apart, and forcing a reader with `format`."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstrace.cli import main
from newstrace.errors import UsageError
from newstrace.records import Page, Problem
from newstrace.sources import ReadStats, iter_pages
from newstrace.sources.detect import format_from_content, format_from_name

HTML = (
    "<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body><article>"
    "<h1>Bridge reopens</h1><p>The city council voted on Monday to reopen the old river bridge"
    " to cyclists and pedestrians after two years of repairs, ending a long dispute.</p>"
    "<p>The bridge, built in 1911, was closed in 2022 when inspectors found corrosion in two"
    " of its steel arches, the council said in a statement.</p></article></body></html>"
)
TEXT = "Bridge reopens\n\nThe city council voted on Monday to reopen the old bridge.\n"


def _warc(path: Path) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        payload = HTML.encode()
        record = writer.create_warc_record(
            "https://a.example/bridge",
            "response",
            payload=io.BytesIO(payload),
            length=len(payload),
            http_headers=http,
        )
        writer.write_record(record)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a.html", "html"),
        ("a.HTM", "html"),
        ("a.html.gz", "html"),
        ("a.xhtml", "html"),
        ("a.warc", "warc"),
        ("a.warc.gz", "warc"),
        ("CC-NEWS-1.wet.gz", "warc"),
        ("a.txt", "text"),
        ("a.text", "text"),
        ("a.gz", None),
        ("README", None),
        ("a.pdf", None),
    ],
)
def test_format_from_name(name: str, expected: str | None) -> None:
    assert format_from_name(name) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "warc"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"\xef\xbb\xbf  <!doctype HTML>", "html"),
        (b"<?xml version='1.0'?>\n<html xmlns='x'>", "html"),
        (b"<!-- saved page -->\n<html lang=en>", "html"),
        (b"<head><meta charset=utf-8>", "html"),
        (b"Bridge reopens <b>today</b>", None),
        (b"The council voted.", None),
    ],
)
def test_format_from_content(head: bytes, expected: str | None) -> None:
    assert format_from_content(head) == expected


def test_mixed_directory_yields_each_kind(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.html").write_text(HTML)
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "d").write_text(HTML)  # no extension: told by content
    _warc(tmp_path / "e.warc.gz")
    (tmp_path / "f.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    stats = ReadStats()
    items = list(iter_pages([str(tmp_path)], stats=stats))
    kinds = [(Path(i.source).name, i.media_type) for i in items if isinstance(i, Page)]
    assert [kind for _, kind in kinds] == ["text/plain", *["text/html"] * 4]
    assert kinds[-1][0].startswith("e.warc.gz#")
    assert [Path(path).name for path in stats.skipped] == ["f.jpg"]
    gz = next(i for i in items if isinstance(i, Page) and i.source.endswith("c.html.gz"))
    assert gz.content == HTML.encode()


def test_format_forces_the_reader(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(HTML)
    [forced] = list(iter_pages([str(page)], format="text"))
    assert isinstance(forced, Page) and forced.media_type == "text/plain"
    text = tmp_path / "notes.dat"
    text.write_text(HTML)
    [as_html] = list(iter_pages([str(text)], format="html"))
    assert isinstance(as_html, Page) and as_html.media_type == "text/html"
    [as_warc] = list(iter_pages([str(page)], format="warc"))
    assert isinstance(as_warc, Problem) and as_warc.code == "corrupt-record"


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown input format"):
        list(iter_pages(["x"], format="pdf"))


def test_corrupt_gz_named_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "broken.html.gz"
    path.write_bytes(gzip.compress(HTML.encode())[:-30])
    [item] = list(iter_pages([str(path)]))
    assert isinstance(item, Problem) and item.code == "corrupt-gzip"


def test_cli_extracts_mixed_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(TEXT)
    (tmp_path / "b.html").write_text(HTML)
    _warc(tmp_path / "c.warc.gz")
    assert main(["extract", str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["title"] for r in records][1:] == ["Bridge reopens", "Bridge reopens"]
    assert records[2]["url"] == "https://a.example/bridge"
    assert "3 inputs" in err
    assert main(["extract", "--format", "text", str(tmp_path / "b.html")]) == 0
    out, _ = capsys.readouterr()
    assert "<p>" in json.loads(out)["text"] or json.loads(out)["problems"]
