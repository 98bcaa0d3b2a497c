"""Benchmark HTML extraction against trafilatura on the HTML pages of the gold sets.

    python -m bench.bench_html [--set scrapinghub|wcxb] [--limit N] [--json OUT] [--worst N]

For each set, in the same run and on the same pages (read and decompressed
beforehand): newstrace's HTML extractor, trafilatura's `extract` with default
settings, with ``favor_precision=True``, and (on wcxb) trafilatura with its
metadata (`bare_extraction(with_metadata=True)`). Prints body
precision/recall/F1 (the ScrapingHub metric, `bench.scoring.BodyScore`), on
wcxb title exact, author, publish day and how often a date is returned where
the truth has none, and pages per CPU second (process time, so other load on
the machine does not count; each extractor's models are loaded before the
timing), then newstrace's figures as ratios to each trafilatura run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import trafilatura

from bench.datasets import GoldPage, data_missing, scrapinghub_pages, wcxb_pages
from bench.scoring import BodyScore, MetadataScore
from newstrace.extract.html import extract_html_page
from newstrace.extract.language import detect_language
from newstrace.records import Page

__all__ = ["Prediction", "evaluate", "newstrace_html", "score", "warm_language_model"]


@dataclass(frozen=True, slots=True)
class Prediction:
    body: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None


def warm_language_model() -> None:
    """Load the language model now: the first page that is not plainly English loads it
    (about a third of a second, once per process), which is no part of a page's cost."""
    detect_language("Ceci est une phrase en français, écrite pour charger le modèle.")


def newstrace_html(page: GoldPage, html: bytes) -> Prediction:
    article = extract_html_page(Page(source=page.id, content=html, media_type="text/html"))
    return Prediction(article.text, article.title, article.authors, article.published)


def _trafilatura_default(page: GoldPage, html: bytes) -> Prediction:
    return Prediction(trafilatura.extract(html) or "")


def _trafilatura_precision(page: GoldPage, html: bytes) -> Prediction:
    return Prediction(trafilatura.extract(html, favor_precision=True) or "")


def _trafilatura_metadata(page: GoldPage, html: bytes) -> Prediction:
    document = trafilatura.bare_extraction(html, with_metadata=True)
    if document is None:
        return Prediction("")
    author = getattr(document, "author", None)
    authors = tuple(name.strip() for name in author.split(";")) if author else ()
    return Prediction(
        getattr(document, "text", None) or "",
        getattr(document, "title", None),
        authors,
        getattr(document, "date", None),
    )


_WITH_METADATA = frozenset({"newstrace", "trafilatura_metadata"})

EXTRACTORS: dict[str, Callable[[GoldPage, bytes], Prediction]] = {
    "newstrace": newstrace_html,
    "trafilatura": _trafilatura_default,
    "trafilatura_precision": _trafilatura_precision,
    "trafilatura_metadata": _trafilatura_metadata,
}


def score(
    pages: list[GoldPage], predictions: list[Prediction], metadata: bool = True
) -> dict[str, Any]:
    """Body P/R/F1 and, where the set has them and `metadata`, metadata accuracies."""
    body, meta = BodyScore(), MetadataScore()
    for page, prediction in zip(pages, predictions, strict=True):
        body.add(page.body, prediction.body)
        if page.set == "wcxb":
            meta.add(
                page.title,
                page.author,
                page.published_day,
                prediction.title,
                prediction.authors,
                prediction.published,
            )
    result: dict[str, Any] = {
        "body_precision": round(body.precision, 4),
        "body_recall": round(body.recall, 4),
        "body_f1": round(body.f1, 4),
    }
    if meta.counts["titled"] and metadata:
        result |= meta.result()
    return result


def evaluate(name: str, pages: list[GoldPage], runs: list[str], worst: int = 0) -> dict[str, Any]:
    htmls = [page.html() for page in pages]
    result: dict[str, Any] = {"set": name, "pages": len(pages)}
    for run in runs:
        extractor = EXTRACTORS[run]
        extractor(pages[0], htmls[0])  # load models and caches outside the timing
        if run == "newstrace":
            warm_language_model()
        start = time.process_time()
        predictions = [extractor(page, html) for page, html in zip(pages, htmls, strict=True)]
        seconds = time.process_time() - start
        result[run] = score(pages, predictions, run in _WITH_METADATA) | {
            "pages_per_cpu_second": round(len(pages) / max(seconds, 1e-9), 1)
        }
        if run == "newstrace" and worst:
            result["worst"] = _worst(pages, predictions, worst)
    ours = result.get("newstrace")
    if ours:
        result["ratios"] = {
            run: {
                key: round(ours[key] / value, 3)
                for key, value in result[run].items()
                if key in ours and isinstance(value, float) and value and key != "date_where_none"
            }
            for run in runs
            if run != "newstrace"
        }
    return result


def _worst(pages: list[GoldPage], predictions: list[Prediction], count: int) -> list[Any]:
    rows = []
    for page, prediction in zip(pages, predictions, strict=True):
        single = BodyScore()
        precision, recall = single.add(page.body, prediction.body)
        rows.append(((precision or 0) + (recall or 0), page.id, precision, recall))
    rows.sort()
    return [{"id": pid, "precision": p, "recall": r} for _, pid, p, r in rows[:count]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["scrapinghub", "wcxb"], action="append")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument(
        "--only-newstrace", action="store_true", help="skip the trafilatura runs (quicker)"
    )
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args()
    missing = data_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    sets = {"scrapinghub": scrapinghub_pages, "wcxb": wcxb_pages}
    results = []
    for name in args.set or list(sets):
        pages = list(sets[name]())[: args.limit]
        runs = ["newstrace"]
        if not args.only_newstrace:
            runs += ["trafilatura", "trafilatura_precision"]
            if name == "wcxb":
                runs.append("trafilatura_metadata")
        results.append(evaluate(name, pages, runs, args.worst))
        print(json.dumps(results[-1], indent=1), flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
