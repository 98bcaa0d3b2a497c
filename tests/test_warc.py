"""WARC and WET reading, on crawl files these tests write with warcio."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstrace.api import extract
from newstrace.records import Page, Problem
from newstrace.sources import ReadStats, iter_pages

ARTICLE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Bridge reopens to cyclists | Riverside Courier</title>
<meta property="og:site_name" content="Riverside Courier">
<meta property="article:published_time" content="2024-06-03T10:15:00+02:00"></head>
<body><article><h1>Bridge reopens to cyclists</h1>
<p>The city council voted on Monday to reopen the old river bridge to cyclists and
pedestrians after two years of repairs, ending a long dispute over its future.</p>
<p>The bridge, built in 1911, was closed in 2022 when inspectors found corrosion in two of
its steel arches. Repairs cost the city about 4 million euros, the council said.</p>
</article></body></html>"""

WET_TEXT = """Council votes to reopen the old river bridge

By Marta Jensen

The city council voted on Monday to reopen the old river bridge to cyclists and pedestrians after two years of repairs, ending a long dispute over its future.

The bridge, built in 1911, was closed in 2022 when inspectors found corrosion in two of its steel arches.
"""


def _http(content_type: str, status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def _write(writer: WARCWriter, kind: str, uri: str, payload: bytes, **options: object) -> None:
    record = writer.create_warc_record(
        uri, kind, payload=io.BytesIO(payload), length=len(payload), **options
    )
    writer.write_record(record)


def write_crawl(path: Path, *, gzip: bool = True) -> None:
    """A crawl with one record of each kind the reader must handle."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        _write(writer, "request", "https://courier.example/bridge", b"GET /bridge HTTP/1.1\r\n\r\n")
        _write(
            writer,
            "response",
            "https://courier.example/bridge",
            ARTICLE,
            http_headers=_http("text/html; charset=utf-8"),
        )
        _write(
            writer,
            "response",
            "https://courier.example/logo.png",
            b"\x89PNG\r\n\x1a\n" + bytes(300),
            http_headers=_http("image/png"),
        )
        _write(
            writer,
            "response",
            "https://courier.example/gone",
            b"<html>gone</html>",
            http_headers=_http("text/html", "404 Not Found"),
        )
        revisit = writer.create_revisit_record(
            "https://courier.example/bridge",
            digest="sha1:AAAA",
            refers_to_uri="https://courier.example/bridge",
            refers_to_date="2024-06-03T10:00:00Z",
            http_headers=_http("text/html"),
        )
        writer.write_record(revisit)
        _write(
            writer,
            "conversion",
            "https://courier.example/wet",
            WET_TEXT.encode(),
            warc_content_type="text/plain",
        )


def read(path: Path, stats: ReadStats | None = None) -> list[Page | Problem]:
    return list(iter_pages([str(path)], stats=stats))


@pytest.mark.parametrize("gzip", [True, False])
def test_every_record_is_a_page_a_problem_or_counted(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_crawl(path, gzip=gzip)
    stats = ReadStats()
    items = read(path, stats)
    kinds = [item.media_type if isinstance(item, Page) else item.code for item in items]
    assert kinds == ["text/html", "not-html", "http-status", "warc-revisit", "text/plain"]
    assert stats.records_skipped == Counter({"warcinfo": 1, "request": 1})
    html = items[0]
    assert isinstance(html, Page)
    assert html.url == "https://courier.example/bridge"
    assert html.charset == "utf-8"
    assert html.fetched_at is not None and html.fetched_at.startswith("20")
    assert html.record_id is not None and html.record_id.startswith("urn:uuid:")
    assert html.source.startswith(f"{path}#")
    assert len({item.source for item in items}) == len(items)


def test_articles_carry_url_fetch_time_and_record_id(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path)
    articles = list(extract([str(path)]))
    html, wet = articles[0], articles[-1]
    assert html.title == "Bridge reopens to cyclists"
    assert html.published == "2024-06-03T10:15:00+02:00"
    assert html.url == "https://courier.example/bridge"
    assert html.fetched_at is not None
    assert html.record_id is not None and html.record_id.startswith("urn:uuid:")
    assert html.text.startswith("The city council voted")
    assert wet.url == "https://courier.example/wet"
    assert "reopen the old river bridge" in wet.text
    assert [p.code for a in articles[1:4] for p in a.problems] == [
        "not-html",
        "http-status",
        "warc-revisit",
    ]


def _member_offsets(path: Path) -> list[int]:
    from warcio.archiveiterator import ArchiveIterator

    offsets = []
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        for _ in records:
            offsets.append(records.offset)
    return offsets


def _five_html_responses(path: Path) -> tuple[bytes, list[int]]:
    """A gzipped WARC of five HTML responses: its bytes, and where each member starts
    (with the file's length last)."""
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number in range(5):
            _write(
                writer,
                "response",
                f"https://courier.example/{number}",
                ARTICLE,
                http_headers=_http("text/html"),
            )
    data = path.read_bytes()
    return data, [*_member_offsets(path), len(data)]


def test_truncated_gzip_member_in_the_middle_is_a_problem_and_reading_goes_on(
    tmp_path: Path,
) -> None:
    data, offsets = _five_html_responses(tmp_path / "crawl.warc.gz")
    cut = (offsets[2] + offsets[3]) // 2  # the third member loses its second half
    damaged = tmp_path / "damaged.warc.gz"
    damaged.write_bytes(data[:cut] + data[offsets[3] :])
    items = read(damaged)
    assert [type(item).__name__ for item in items] == ["Page", "Page", "Problem", "Page", "Page"]
    problem = items[2]
    assert isinstance(problem, Problem) and problem.code == "corrupt-record"
    assert [item.url for item in items if isinstance(item, Page)] == [
        f"https://courier.example/{n}" for n in (0, 1, 3, 4)
    ]


def test_file_cut_short_ends_with_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path)
    data = path.read_bytes()
    last = _member_offsets(path)[-1]
    short = tmp_path / "short.warc.gz"
    short.write_bytes(data[: (last + len(data)) // 2])
    items = read(short)
    assert isinstance(items[-1], Problem) and items[-1].code == "corrupt-record"
    assert [item.media_type for item in items if isinstance(item, Page)] == ["text/html"]


def test_garbage_between_uncompressed_records(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    write_crawl(path, gzip=False)
    data = path.read_bytes()
    second = data.index(b"WARC/1", 10)
    damaged = tmp_path / "damaged.warc"
    damaged.write_bytes(data[:second] + b"garbage that is no record\r\n" + data[second:])
    items = read(damaged)
    assert any(isinstance(item, Problem) and item.code == "corrupt-record" for item in items)
    assert sum(isinstance(item, Page) for item in items) == 2


def test_wet_file_by_name(tmp_path: Path) -> None:
    path = tmp_path / "crawl.wet.gz"
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        _write(
            writer,
            "conversion",
            "https://a.example/x",
            WET_TEXT.encode(),
            warc_content_type="text/plain",
        )
    [page] = read(path)
    assert isinstance(page, Page) and page.media_type == "text/plain"
    assert page.url == "https://a.example/x"


def test_warc_reading_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_crawl(path)
    items = iter_pages([str(path)])
    first = next(items)
    assert isinstance(first, Page)
    path.unlink()  # the open file keeps being read; nothing was read ahead into a list
    assert len(list(items)) == 4


def test_thousand_records_stream_in_flat_memory(tmp_path: Path) -> None:
    import tracemalloc

    path = tmp_path / "big.warc.gz"
    payload = ARTICLE.replace(b"</article>", b"<p>" + b"padding text " * 5000 + b"</p></article>")
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        for number in range(1000):
            _write(
                writer,
                "response",
                f"https://courier.example/{number}",
                payload,
                http_headers=_http("text/html"),
            )
    tracemalloc.start()
    try:
        count = sum(isinstance(item, Page) for item in iter_pages([str(path)]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 1000
    assert len(payload) * 1000 > 60 * 2**20  # over 60 MiB of pages went through
    assert peak < 8 * 2**20, f"peak {peak / 2**20:.1f} MiB"


class _Pipe(io.RawIOBase):
    """A stream that cannot seek, like standard input from a pipe."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._data.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_damaged_member_read_from_a_pipe_does_not_stop_it(tmp_path: Path) -> None:
    from newstrace.sources.warc import iter_warc_stream

    data, offsets = _five_html_responses(tmp_path / "crawl.warc.gz")
    damaged = data[: (offsets[1] + offsets[2]) // 2] + data[offsets[2] :]
    stream = io.BufferedReader(_Pipe(damaged))
    assert not stream.seekable()
    items = list(iter_warc_stream(stream, "-", max_bytes=2**20))
    assert [type(item).__name__ for item in items] == ["Page", "Problem", "Page", "Page", "Page"]
    assert [item.url for item in items if isinstance(item, Page)] == [
        f"https://courier.example/{n}" for n in (0, 2, 3, 4)
    ]
