"""The Python API: what the CLI does, as functions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import TextIO

from newstrace.analyze.figures import FindFigures
from newstrace.analyze.step import FindStatements
from newstrace.corpus import export, ingest, quotes, search, show, speakers
from newstrace.extract.html_step import ExtractPage
from newstrace.records import Article, Page
from newstrace.run.local import RunCounts, run_local
from newstrace.sources import ReadStats, iter_pages
from newstrace.sources.detect import format_from_content
from newstrace.steps import Step, apply_steps, apply_steps_to_article

__all__ = [
    "analysis_steps",
    "analyze",
    "analyze_text",
    "export",
    "extract",
    "extract_text",
    "extraction_steps",
    "ingest",
    "quotes",
    "search",
    "show",
    "speakers",
]


def extraction_steps() -> list[Step]:
    """The steps `extract` runs, for use with a runner of your own."""
    return [ExtractPage()]


def extract(
    paths: Sequence[str],
    *,
    plain: bool = False,
    format: str | None = None,
    jobs: int = 1,
    counts: RunCounts | None = None,
    progress: TextIO | None = None,
    read_stats: ReadStats | None = None,
) -> Iterator[Article]:
    """Extract an article from every input under `paths`, in order.

    Paths may be files, directories (walked recursively) or ``"-"`` for standard
    input; text pages, HTML pages and WARC/WET files may be mixed (one article
    per page or WARC record). An input that cannot be read or extracted still
    yields an `Article`, carrying a `Problem` that says what went wrong.
    `plain=True` takes each text input as an already clean body. `format`
    (``text``, ``html``, ``warc``) forces one reader; None tells each file's
    format from its name and content. Files in directories that are not pages
    are skipped; pass `read_stats` to learn which.
    """
    pages = iter_pages(paths, plain=plain, format=format, stats=read_stats)
    return run_local(pages, extraction_steps(), jobs=jobs, counts=counts, progress=progress)


def extract_text(text: str | bytes, *, source: str = "<text>", plain: bool = False) -> Article:
    """Extract the article from one page given as text (or raw bytes).

    A page that starts as HTML does (a doctype, ``<html>``) is read as HTML
    unless `plain` says it is already the body.
    """
    return apply_steps(_page_from_text(text, source, plain), extraction_steps())


def _page_from_text(text: str | bytes, source: str, plain: bool) -> Page:
    head = text[:4096].encode("utf-8", "replace") if isinstance(text, str) else text[:4096]
    media_type = "text/html" if not plain and format_from_content(head) == "html" else "text/plain"
    return Page(source=source, content=text, media_type=media_type, plain=plain)


def analysis_steps() -> list[Step]:
    """The steps `analyze` runs: extraction, then statements, entities and figures."""
    return [*extraction_steps(), FindStatements(), FindFigures()]


def analyze(
    paths: Sequence[str],
    *,
    plain: bool = False,
    format: str | None = None,
    jobs: int = 1,
    counts: RunCounts | None = None,
    progress: TextIO | None = None,
    read_stats: ReadStats | None = None,
) -> Iterator[Article]:
    """Extract and analyse every input under `paths`, in order.

    As `extract`, and each article also carries its `statements` (who said
    what, to whom, through whom), `entities` and `figures`. Articles not in
    English carry a ``language-not-analyzed`` problem instead. `format` names
    the input format where it cannot be told from the files (None: guess).
    """
    pages = iter_pages(paths, plain=plain, format=format, stats=read_stats)
    return run_local(pages, analysis_steps(), jobs=jobs, counts=counts, progress=progress)


def analyze_text(
    text: str | bytes,
    *,
    source: str = "<text>",
    plain: bool = False,
    published: str | None = None,
) -> Article:
    """Extract and analyse one page given as text (or raw bytes, or HTML, as
    `extract_text` reads it); `published` dates relative times.

    `published` (ISO 8601) stands in for the publish date when the page shows
    none, so that "on Monday" resolves to a date.
    """
    steps = analysis_steps()
    article = apply_steps(_page_from_text(text, source, plain), steps[:1])
    if published is not None and article.published is None:
        article = replace(article, published=published)
    if article.problems and not article.paragraphs:
        return article
    return apply_steps_to_article(article, steps[1:])
