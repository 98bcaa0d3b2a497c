"""Corpus benchmarks: query latency on a synthetic store, ingest rate on gold pages.

    python -m bench.bench_corpus queries /tmp/synthetic.db  # built by bench.synthetic_store
    python -m bench.bench_corpus ingest --limit 200  # wcxb HTML, polnear text; 1 and 2 jobs
    python -m bench.bench_corpus everything  # wcxb + scrapinghub HTML + polnear dev, twice

Query latency is measured through the Python API (`quotes`, `search`), each
call opening the database as the CLI does, without the interpreter start-up.
Speakers and words are drawn from stored statements, so popular names and
common words come up as often as in the data (a word in nearly every article,
like "the", included); the "<5%" suites keep only words found in under 5% of
the rows, as topic searches are.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.datasets import DATA, data_missing
from newstrace.corpus import ingest, quotes, search
from newstrace.corpus.ingest import IngestCounts

__all__ = ["main"]


def _percentiles(seconds: list[float]) -> str:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"p50 {statistics.median(ms):7.1f} ms  p95 {p95:7.1f} ms  max {ms[-1]:7.1f} ms"


def _time(calls: list[Callable[[], object]]) -> tuple[list[float], list[int]]:
    seconds, sizes = [], []
    for call in calls:
        started = time.perf_counter()
        result = call()
        seconds.append(time.perf_counter() - started)
        sizes.append(len(result) if isinstance(result, list) else 0)
    return seconds, sizes


def bench_queries(db: Path, runs: int, seed: int) -> None:
    rng = random.Random(seed)
    with sqlite3.connect(db) as connection:
        statements = connection.execute("SELECT max(id) FROM statements").fetchone()[0]
        articles = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        speakers = connection.execute("SELECT count(*) FROM speakers").fetchone()[0]

        def one(sql: str) -> str:
            row = None
            while row is None:
                row = connection.execute(sql, (rng.randint(1, statements),)).fetchone()
            return str(row[0])

        by_statement = "SELECT sp.name FROM statements s JOIN speakers sp ON sp.id = s.speaker_id "
        popular = [one(by_statement + "WHERE s.id = ?").split()[-1] for _ in range(runs // 2)]
        rare = [
            connection.execute(
                "SELECT name FROM speakers WHERE id = ?", (rng.randint(1, speakers),)
            ).fetchone()[0]
            for _ in range(runs - len(popular))
        ]
        contents = [one("SELECT content FROM statements WHERE id = ?") for _ in range(runs)]
        texts = [one("SELECT content FROM statements WHERE id = ?") for _ in range(runs)]

        def rarer(table: str, total: int) -> list[str]:
            """Words from stored text found in under 5% of the rows: topic words, not 'the'."""
            kept: list[str] = []
            while len(kept) < runs:
                word = rng.choice(one("SELECT content FROM statements WHERE id = ?").split())
                found = connection.execute(
                    f"SELECT count(*) FROM {table} WHERE {table} MATCH ?", (f'"{word}"',)
                ).fetchone()[0]
                if found < 0.05 * total:
                    kept.append(word.lower())
            return kept

        rare_about = rarer("statements_fts", statements)
        rare_search = rarer("articles_fts", articles)
    size = db.stat().st_size
    print(f"store: {db} — {statements} statements, {articles} articles, {speakers} speakers")
    print(
        f"size: {size / 2**20:.0f} MiB, {size / articles * 1000 / 2**20:.1f} MiB per 1,000 articles"
    )

    about = [rng.choice(c.split()).lower() for c in contents]
    words = []
    for text in texts:
        tokens = text.split()
        words.append(" ".join(rng.sample(tokens, min(len(tokens), rng.choice([1, 2])))).lower())
    suites: dict[str, list[Callable[[], object]]] = {
        "quotes --speaker (popular surname)": [
            lambda n=n: quotes(speaker=n, db=db) for n in popular
        ],
        "quotes --speaker (any full name)": [lambda n=n: quotes(speaker=n, db=db) for n in rare],
        "quotes --about WORD": [lambda w=w: quotes(about=w, db=db) for w in about],
        "search WORDS (1-2 words)": [lambda w=w: search(w, db=db) for w in words],
        "quotes --about (word in <5%)": [lambda w=w: quotes(about=w, db=db) for w in rare_about],
        "search WORD (word in <5%)": [lambda w=w: search(w, db=db) for w in rare_search],
    }
    for name, calls in suites.items():
        quotes(speaker="warm-up", db=db)
        seconds, sizes = _time(calls)
        print(
            f"{name:<36} {_percentiles(seconds)}  "
            f"({runs} queries, median {statistics.median(sizes):.0f} rows)"
        )


def _files(folder: Path, pattern: str, limit: int | None) -> list[str]:
    files = sorted(str(p) for p in folder.glob(pattern))
    return files[:limit] if limit else files


def _ingest_once(paths: list[str], jobs: int, label: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "bench.db"
        counts = IngestCounts()
        started = time.perf_counter()
        ingest(paths, db=db, jobs=jobs, counts=counts)
        seconds = time.perf_counter() - started
        size = sum(f.stat().st_size for f in Path(scratch).iterdir())
        print(
            f"{label:<28} jobs {jobs}: {counts.inputs} inputs in {seconds:6.1f} s = "
            f"{counts.inputs / seconds:5.1f} articles/s; {counts.statements} statements; "
            f"{size / counts.inputs * 1000 / 2**20:.1f} MiB per 1,000 articles"
        )


def bench_ingest(limit: int | None) -> None:
    sets = [("wcxb", "html", "*.html.gz"), ("polnear", "train/text", "*.txt")]
    for name, sub, pattern in sets:
        missing = data_missing(name)
        if missing:
            print(f"{name}: skipped, {missing}")
            continue
        paths = _files(DATA / name / sub, pattern, limit)
        for jobs in (1, 2):
            _ingest_once(paths, jobs, f"{name}/{sub} ({len(paths)} files)")


def bench_everything(jobs: int) -> None:
    """Every input stored as an article or a problem; a second run adds nothing."""
    paths = [
        str(DATA / "wcxb/html"),
        str(DATA / "scrapinghub/html"),
        str(DATA / "polnear/dev/text"),
    ]
    with tempfile.TemporaryDirectory() as scratch:
        db = Path(scratch) / "all.db"
        for attempt in ("first", "second"):
            counts = IngestCounts()
            started = time.perf_counter()
            ingest(paths, db=db, jobs=jobs, counts=counts)
            print(f"{attempt} run: {counts.summary()} in {time.perf_counter() - started:.0f} s")
        with sqlite3.connect(db) as connection:
            stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            bodies = connection.execute("SELECT count(*) FROM articles WHERE text != ''").fetchone()
            problems = connection.execute(
                "SELECT count(DISTINCT article_id) FROM problems"
            ).fetchone()[0]
        inputs = sum(
            len(list(Path(p).glob(g)))
            for p, g in zip(paths, ["*.html.gz", "*.html.gz", "*.txt"], strict=True)
        )
        print(
            f"{inputs} input files; {stored} stored ({bodies[0]} with a body, {problems} with "
            f"problems); {stored - inputs} unaccounted"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    q = commands.add_parser("queries")
    q.add_argument("db", type=Path)
    q.add_argument("--runs", type=int, default=200)
    q.add_argument("--seed", type=int, default=7)
    i = commands.add_parser("ingest")
    i.add_argument("--limit", type=int, default=200, help="files per set (0: all)")
    e = commands.add_parser("everything")
    e.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if args.command == "queries":
        bench_queries(args.db, args.runs, args.seed)
    elif args.command == "ingest":
        bench_ingest(args.limit or None)
    else:
        bench_everything(args.jobs)


if __name__ == "__main__":
    main()
