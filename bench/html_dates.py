"""Score only the HTML metadata (title, author, publish day) on wcxb, without body runs.

    python -m bench.html_dates [--limit N] [--misses] [--stride N]

A quick loop for the date, title and author readers of `newstrace.extract.html`:
each page is parsed once and read by `read_structured`, `find_title`,
`find_authors` and `find_page_dates` (trafilatura does not run, so the whole
set takes well under a minute). Prints the same figures as
`bench.bench_html` prints for wcxb metadata (title exact, author, publish
day, a date returned where the truth has none); ``--misses`` also lists each
page whose day is wrong or returned where the truth has none.
"""

from __future__ import annotations

import argparse
import json
import sys

from bench.datasets import data_missing, wcxb_pages
from bench.scoring import MetadataScore
from newstrace.extract.html import page_tree
from newstrace.extract.html.authors import find_authors
from newstrace.extract.html.dates import find_page_dates
from newstrace.extract.html.structured import read_structured
from newstrace.extract.html.title import find_site, find_title
from newstrace.records import Page

__all__ = ["main"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N pages")
    parser.add_argument("--stride", type=int, default=1, help="every Nth page (2: the gate's half)")
    parser.add_argument("--misses", action="store_true", help="list the wrong and unwanted dates")
    args = parser.parse_args()
    missing = data_missing("wcxb", "html")
    if missing:
        print(missing, file=sys.stderr)
        return 2
    pages = list(wcxb_pages())[:: args.stride][: args.limit]
    metadata = MetadataScore()
    misses: list[tuple[str, str | None, str | None, str | None]] = []
    for page in pages:
        tree = page_tree(Page(source=page.id, content=page.html(), media_type="text/html"))
        found = read_structured(tree)
        title = find_title(tree, found, find_site(found), page.url)
        authors = find_authors(tree, found)
        dates = find_page_dates(tree, found, authors)
        right = metadata.add(
            page.title, page.author, page.published_day, title, authors, dates.published
        )
        if not right and (page.published_day or dates.published is not None):
            misses.append((page.id, page.published_day, dates.published, dates.modified))
    result = {
        "pages": len(pages),
        **metadata.result(),
        "dated": metadata.counts["dated"],
        "undated": metadata.counts["undated"],
    }
    print(json.dumps(result, indent=1))
    if args.misses:
        for page_id, truth, published, modified in misses:
            print(f"{page_id}\ttruth={truth}\tpublished={published}\tmodified={modified}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
