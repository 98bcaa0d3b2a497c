"""Measure the HTML extractor's speed against trafilatura's, and check its output is unchanged.

    python -m bench.html_speed [--set scrapinghub|wcxb] [--rounds N] [--precision]
    python -m bench.html_speed --save BASELINE.json
    python -m bench.html_speed --check BASELINE.json

Pages per second are CPU time (`time.process_time`) of `extract_html_page`
alone and of trafilatura's `extract(html)` with default settings (and with
``favor_precision=True`` under `--precision`), on the same pages read and
decompressed beforehand. The extractors take turns, round after round, and
each keeps its best round, so that other work on the machine moves both
alike; the ratio is ours over trafilatura's. `--save` writes every page's
Article (in its JSON form) to a file kept outside the repo; `--check` compares
the current output with such a file and lists the pages that differ, exiting 1
if any do.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from bench.bench_html import warm_language_model
from bench.datasets import GoldPage, data_missing, scrapinghub_pages, wcxb_pages
from bench.unchanged import check_outputs, save_outputs
from newstrace.extract.html import extract_html_page
from newstrace.jsonform import article_to_json
from newstrace.records import Page

SETS = {"wcxb": wcxb_pages, "scrapinghub": scrapinghub_pages}

Extractor = Callable[[str, bytes], object]


def load(name: str) -> list[tuple[str, bytes]]:
    pages: list[GoldPage] = list(SETS[name]())
    return [(f"{name}/{page.id}", page.html()) for page in pages]


def newstrace(page_id: str, html: bytes) -> object:
    return extract_html_page(Page(source=page_id, content=html, media_type="text/html"))


def trafilatura_default(page_id: str, html: bytes) -> object:
    return trafilatura.extract(html)


def trafilatura_precision(page_id: str, html: bytes) -> object:
    return trafilatura.extract(html, favor_precision=True)


def best_rates(
    pages: list[tuple[str, bytes]], extractors: dict[str, Extractor], rounds: int
) -> dict[str, float]:
    """Pages per CPU second of each extractor, best of `rounds`, the extractors in turn."""
    best = dict.fromkeys(extractors, float("inf"))
    for extractor in extractors.values():
        extractor(*pages[0])  # load models and caches outside the timing
    warm_language_model()
    for _ in range(rounds):
        for name, extractor in extractors.items():
            start = time.process_time()
            for page_id, html in pages:
                extractor(page_id, html)
            best[name] = min(best[name], time.process_time() - start)
    return {name: len(pages) / seconds for name, seconds in best.items()}


def outputs(pages: list[tuple[str, bytes]]) -> dict[str, Any]:
    return {page_id: article_to_json(newstrace(page_id, html)) for page_id, html in pages}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--precision", action="store_true", help="also time trafilatura favor_precision"
    )
    parser.add_argument("--save", type=Path, help="write every page's Article JSON here")
    parser.add_argument("--check", type=Path, help="compare every page's Article JSON to this")
    args = parser.parse_args(argv)
    names = args.set or ["wcxb", "scrapinghub"]
    for name in names:
        missing = data_missing(name, "html")
        if missing:
            print(missing, file=sys.stderr)
            return 2
    pages = {name: load(name) for name in names}
    if args.save or args.check:
        current: dict[str, Any] = {}
        for name in names:
            current |= outputs(pages[name])
        if args.save:
            return save_outputs(current, args.save)
        return check_outputs(current, args.check)
    extractors: dict[str, Extractor] = {
        "newstrace": newstrace,
        "trafilatura": trafilatura_default,
    }
    if args.precision:
        extractors["trafilatura_precision"] = trafilatura_precision
    for name in names:
        rates = best_rates(pages[name], extractors, args.rounds)
        ours = rates["newstrace"]
        others = ", ".join(
            f"{run} {rate:.1f} (ratio {ours / rate:.3f})"
            for run, rate in rates.items()
            if run != "newstrace"
        )
        print(
            f"{name}: {len(pages[name])} pages/CPU s, best of {args.rounds}:"
            f" newstrace {ours:.1f}; {others}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
