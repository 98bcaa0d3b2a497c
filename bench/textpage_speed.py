"""Measure the speed of the plain-text page extractor, and check its output is unchanged.

    python -m bench.textpage_speed [--set scrapinghub|wcxb] [--rounds N]
    python -m bench.textpage_speed --save BASELINE.json
    python -m bench.textpage_speed --check BASELINE.json

Pages per second are CPU time (`time.process_time`) of `extract_text_page`
alone, files read beforehand, best of `--rounds` runs, so that other work on
the machine barely moves the figure. `--save` writes every page's Article (in
its JSON form) to a file kept outside the repo; `--check` compares the current
output with such a file and lists the pages that differ, exiting 1 if any do.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from bench.datasets import GoldPage, data_missing, scrapinghub_pages, wcxb_pages
from bench.unchanged import check_outputs, save_outputs
from newstrace.extract.textpage import extract_text_page
from newstrace.jsonform import article_to_json

SETS = {"wcxb": wcxb_pages, "scrapinghub": scrapinghub_pages}


def load(name: str) -> list[tuple[str, str]]:
    pages: list[GoldPage] = list(SETS[name]())
    return [(f"{name}/{page.id}", page.pagetext()) for page in pages]


def pages_per_second(texts: list[tuple[str, str]], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        for page_id, text in texts:
            extract_text_page(text, page_id)
        best = min(best, time.process_time() - start)
    return len(texts) / best


def outputs(texts: list[tuple[str, str]]) -> dict[str, Any]:
    return {page_id: article_to_json(extract_text_page(text, page_id)) for page_id, text in texts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--save", type=Path, help="write every page's Article JSON here")
    parser.add_argument("--check", type=Path, help="compare every page's Article JSON to this")
    args = parser.parse_args(argv)
    names = args.set or ["wcxb", "scrapinghub"]
    for name in names:
        missing = data_missing(name, "pagetext")
        if missing:
            print(missing, file=sys.stderr)
            return 2
    texts = {name: load(name) for name in names}
    if args.save or args.check:
        current: dict[str, Any] = {}
        for name in names:
            current |= outputs(texts[name])
        if args.save:
            return save_outputs(current, args.save)
        return check_outputs(current, args.check)
    for name in names:
        rate = pages_per_second(texts[name], args.rounds)
        print(f"{name}: {len(texts[name])} pages, {rate:.0f} pages/s (CPU, best of {args.rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
