"""The Python API: what the CLI does, as functions."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TextIO

from newstrace.extract.step import ExtractText
from newstrace.records import Article, Page
from newstrace.run.local import RunCounts, run_local
from newstrace.sources import ReadStats, iter_pages
from newstrace.steps import Step, apply_steps

__all__ = ["extract", "extract_text", "extraction_steps"]


def extraction_steps() -> list[Step]:
    """The steps `extract` runs, for use with a runner of your own."""
    return [ExtractText()]


def extract(
    paths: Sequence[str],
    *,
    plain: bool = False,
    jobs: int = 1,
    counts: RunCounts | None = None,
    progress: TextIO | None = None,
    read_stats: ReadStats | None = None,
) -> Iterator[Article]:
    """Extract an article from every input under `paths`, in order.

    Paths may be files, directories (walked recursively) or ``"-"`` for standard
    input. An input that cannot be read or extracted still yields an `Article`,
    carrying a `Problem` that says what went wrong. `plain=True` takes each
    input as an already clean body. Files in directories that are not text
    pages are skipped; pass `read_stats` to learn which.
    """
    pages = iter_pages(paths, plain=plain, stats=read_stats)
    return run_local(pages, extraction_steps(), jobs=jobs, counts=counts, progress=progress)


def extract_text(text: str | bytes, *, source: str = "<text>", plain: bool = False) -> Article:
    """Extract the article from one page given as text (or raw bytes)."""
    return apply_steps(Page(source=source, content=text, plain=plain), extraction_steps())
