"""Benchmark the plain-text page extractor on the pagetext renderings of the gold sets.

    python -m bench.bench_textpage [--set scrapinghub|wcxb] [--json OUT] [--worst N]

Prints body precision/recall/F1 per set (the ScrapingHub metric) beside the
F1 of the whole page taken as the body, and on wcxb
title exact, author and publish-day accuracy, how often a date is returned
where the truth has none, and pages per second on one core (extraction only,
files read beforehand).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from bench.datasets import GoldPage, data_missing, scrapinghub_pages, wcxb_pages
from bench.scoring import BodyScore, MetadataScore
from newstrace.extract.textpage import extract_text_page


def evaluate(name: str, pages: list[GoldPage], worst: int = 0) -> dict[str, Any]:
    texts = [page.pagetext() for page in pages]
    start = time.perf_counter()
    articles = [extract_text_page(text, page.id) for page, text in zip(pages, texts, strict=True)]
    seconds = time.perf_counter() - start
    body, whole_page = BodyScore(), BodyScore()
    per_page = []
    metadata = MetadataScore()
    for page, text, article in zip(pages, texts, articles, strict=True):
        whole_page.add(page.body, text)
        precision, recall = body.add(page.body, article.text)
        per_page.append(((recall or 0) + (precision or 0), page.id, precision, recall))
        if page.set == "wcxb":
            metadata.add(
                page.title,
                page.author,
                page.published_day,
                article.title,
                article.authors,
                article.published,
            )
    result: dict[str, Any] = {
        "set": name,
        "pages": len(pages),
        "body_precision": round(body.precision, 4),
        "body_recall": round(body.recall, 4),
        "body_f1": round(body.f1, 4),
        "whole_page_f1": round(whole_page.f1, 4),
        "pages_per_second": round(len(pages) / seconds, 1),
    }
    if metadata.counts["titled"]:
        result |= metadata.result()
    if worst:
        per_page.sort()
        result["worst"] = [
            {"id": pid, "precision": p, "recall": r} for _, pid, p, r in per_page[:worst]
        ]
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["scrapinghub", "wcxb"], action="append")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    args = parser.parse_args()
    missing = data_missing()
    if missing:
        print(missing, file=sys.stderr)
        return 2
    sets = {"scrapinghub": scrapinghub_pages, "wcxb": wcxb_pages}
    results = [evaluate(name, list(sets[name]()), args.worst) for name in (args.set or list(sets))]
    for result in results:
        print(json.dumps(result, indent=1 if args.worst else None))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(results, out, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
