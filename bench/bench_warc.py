"""Read a 1,000-record WARC end to end and measure peak memory; check every record is counted.

    python -m bench.bench_warc [--records 1000] [--jobs 1] [--keep DIR]

Writes its own synthetic crawl with warcio (no data needed): for each page a
request and an HTML response of 20-120 KB (made-up article text in
site-like markup), with a revisit, an image response and a metadata record
now and then; then the gzip member of one response in the middle of the file
is cut in half. Runs `newstrace.api.extract` over it and prints the records
written by kind, the articles and problems that came out, the peak resident
memory of this process (and of worker processes with ``--jobs`` > 1), and
the pages per second.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import tempfile
import time
from collections import Counter
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newstrace.api import extract
from newstrace.run.local import RunCounts
from newstrace.sources import ReadStats

__all__ = ["damage_one_member", "write_crawl"]

_VOCABULARY = (
    "council bridge river city mayor repairs cyclists vote budget school teachers rail line "
    "minister report hospital patients water prices energy winter farmers harvest court ruling "
    "police officers station market traders port ships election campaign voters survey tram"
)
_WORDS = _VOCABULARY.split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randrange(12, 30))]
    return " ".join(words).capitalize() + "."


def _page(rng: random.Random, number: int) -> bytes:
    paragraphs = "\n".join(
        f"<p>{' '.join(_sentence(rng) for _ in range(rng.randrange(2, 6)))}</p>"
        for _ in range(rng.randrange(8, 30))
    )
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(40))
    filler = "<div class='ad' data-x='" + "x" * rng.randrange(10_000, 80_000) + "'></div>"
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>Story {number} | Example Courier</title>"
        f"<meta property='og:site_name' content='Example Courier'>"
        f"<meta property='article:published_time' content='2024-06-0{number % 9 + 1}T10:00:00Z'>"
        f"</head><body><nav><ul>{menu}</ul></nav>{filler}<article><h1>Story {number}</h1>"
        f"<p class='byline'>By Jane Roe</p>{paragraphs}</article>"
        f"<footer>All rights reserved</footer></body></html>"
    ).encode()


def write_crawl(path: Path, records: int, seed: int = 7) -> Counter[str]:
    """Write `records` content records (plus requests) to `path`; their counts by kind."""
    rng = random.Random(seed)
    written: Counter[str] = Counter()
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "bench"}))
        written["warcinfo"] += 1
        for number in range(records):
            url = f"https://courier.example/story/{number}"
            request = b"GET /story HTTP/1.1\r\nHost: courier.example\r\n\r\n"
            _add(writer, url, "request", request)
            written["request"] += 1
            if number % 97 == 50:
                revisit = writer.create_revisit_record(
                    url, "sha1:AAAA", url, "2024-06-01T00:00:00Z", http_headers=_http("text/html")
                )
                writer.write_record(revisit)
                written["revisit"] += 1
            elif number % 89 == 30:
                _add(writer, url, "response", b"\x89PNG" + bytes(2000), _http("image/png"))
                written["image"] += 1
            else:
                _add(writer, url, "response", _page(rng, number), _http("text/html; charset=utf-8"))
                written["html"] += 1
            if number % 50 == 0:
                _add(writer, url, "metadata", b"fetchTimeMs: 120\r\n")
                written["metadata"] += 1
    return written


def _http(content_type: str) -> StatusAndHeaders:
    return StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")


def _add(
    writer: WARCWriter, url: str, kind: str, payload: bytes, http: StatusAndHeaders | None = None
) -> None:
    record = writer.create_warc_record(
        url, kind, payload=io.BytesIO(payload), length=len(payload), http_headers=http
    )
    writer.write_record(record)


def damage_one_member(path: Path) -> int:
    """Cut the gzip member of the response nearest the middle of `path` in half; its offset."""
    offsets = []
    with open(path, "rb") as handle:
        records = ArchiveIterator(handle)
        for record in records:
            offsets.append((records.offset, record.rec_type))
    data = path.read_bytes()
    bounds = [offset for offset, _ in offsets] + [len(data)]
    responses = [i for i, (_, kind) in enumerate(offsets) if kind == "response"]
    middle = responses[len(responses) // 2]
    start, end = bounds[middle], bounds[middle + 1]
    path.write_bytes(data[: (start + end) // 2] + data[end:])
    return start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", help="write the crawl into this folder and keep it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.keep or scratch)
        path = folder / "bench-crawl.warc.gz"
        written = write_crawl(path, args.records)
        damaged_at = damage_one_member(path)
        written["html"] -= 1
        written["corrupt"] += 1
        counts, stats = RunCounts(), ReadStats()
        start = time.perf_counter()
        outputs = 0
        for _ in extract([str(path)], jobs=args.jobs, counts=counts, read_stats=stats):
            outputs += 1
        seconds = time.perf_counter() - start
        self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        content = written["html"] + written["image"] + written["revisit"] + written["corrupt"]
        result = {
            "file_mb": round(path.stat().st_size / 2**20, 1),
            "records_written": dict(written),
            "damaged_record_at": damaged_at,
            "outputs": outputs,
            "articles_with_body": counts.articles,
            "problems": dict(counts.problems),
            "records_skipped": dict(stats.records_skipped),
            "every_record_accounted": outputs == content
            and sum(stats.records_skipped.values())
            == written["warcinfo"] + written["request"] + written["metadata"],
            "peak_rss_mb": round(self_kb / 1024, 1),
            "peak_rss_worker_mb": round(children_kb / 1024, 1) if args.jobs > 1 else None,
            "seconds": round(seconds, 1),
            "pages_per_second": round(outputs / seconds, 1),
            "jobs": args.jobs,
        }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
