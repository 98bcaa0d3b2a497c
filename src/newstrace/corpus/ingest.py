"""`newstrace ingest`: sources -> extract -> analyze -> store, resumable.

Inputs already stored under the same source with the same content hash are
skipped before any work is done on them, so running the same command again
after an interruption (Ctrl-C, ``kill -9``, a crash) does only what is left.
Every input ends up stored: as an article, or as an empty article carrying the
problems that say why there is none.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from newstrace.corpus.store import BATCH_ARTICLES, DEFAULT_DB, Corpus, open_corpus
from newstrace.records import Page, Problem
from newstrace.run.local import RunCounts, run_local
from newstrace.sources import ReadStats, iter_pages
from newstrace.steps import Step

__all__ = ["IngestCounts", "ingest"]


@dataclass
class IngestCounts:
    """What one ingest did with its inputs."""

    inputs: int = 0
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    articles: int = 0
    statements: int = 0
    unread: int = 0
    problems: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, int]:
        return {
            "inputs": self.inputs,
            "added": self.added,
            "replaced": self.replaced,
            "unchanged": self.unchanged,
            "problems": sum(self.problems.values()),
            "statements": self.statements,
        }

    def summary(self) -> str:
        line = (
            f"{self.inputs} inputs: {self.added} added, {self.replaced} replaced, "
            f"{self.unchanged} unchanged; {self.articles} articles with a body, "
            f"{self.statements} statements stored"
        )
        if self.problems:
            detail = ", ".join(f"{code}: {n}" for code, n in sorted(self.problems.items()))
            line += f", {sum(self.problems.values())} problems ({detail})"
        return line


def content_hash(page: Page) -> str:
    """The hash an article made from `page` carries (see `steps.with_provenance`)."""
    content = page.content.encode("utf-8") if isinstance(page.content, str) else page.content
    return hashlib.sha256(content).hexdigest()


def _new_or_changed(
    items: Iterable[Page | Problem], corpus: Corpus, counts: IngestCounts
) -> Iterator[Page | Problem]:
    for item in items:
        if isinstance(item, Page):
            stored, stored_hash = corpus.stored_hash(item.source)
            if stored and stored_hash == content_hash(item):
                counts.inputs += 1
                counts.unchanged += 1
                continue
        yield item


def ingest(
    paths: Sequence[str],
    *,
    db: str | Path = DEFAULT_DB,
    plain: bool = False,
    format: str | None = None,
    jobs: int = 1,
    counts: IngestCounts | None = None,
    progress: TextIO | None = None,
    read_stats: ReadStats | None = None,
    steps: Sequence[Step] | None = None,
    batch: int = BATCH_ARTICLES,
    force: bool = False,
) -> IngestCounts:
    """Analyse every input under `paths` and store the results in the corpus at `db`.

    Arguments as for `newstrace.analyze`; `steps` replaces the analysis steps.
    The run, its settings and its counts are recorded in the ``runs`` table.
    Stored articles are committed `batch` at a time (or every couple of
    seconds), each batch one transaction. `force` analyses and replaces inputs
    even when they are stored unchanged (after an upgrade, or with other
    options: the content hash does not see `plain` or `format`).
    """
    from newstrace import __version__
    from newstrace.api import analysis_steps

    steps = list(steps) if steps is not None else analysis_steps()
    counts = counts if counts is not None else IngestCounts()
    settings = {
        "paths": [str(p) for p in paths],
        "plain": plain,
        "format": format,
        "jobs": jobs,
        "force": force,
        "steps": [step.name for step in steps],
    }
    with open_corpus(db, batch=batch) as corpus:
        run_id = corpus.begin_run(__version__, settings)
        pages = iter_pages(paths, plain=plain, format=format, stats=read_stats)
        todo = pages if force else _new_or_changed(pages, corpus, counts)
        run_counts = RunCounts()
        for article in run_local(todo, steps, jobs=jobs, counts=run_counts, progress=progress):
            outcome = corpus.add(article, run_id, force=force)
            counts.inputs += 1
            if outcome == "added":
                counts.added += 1
            elif outcome == "replaced":
                counts.replaced += 1
            else:
                counts.unchanged += 1
                continue
            counts.articles += bool(article.paragraphs)
            counts.statements += len(article.statements)
            counts.problems.update(problem.code for problem in article.problems)
        counts.unread = run_counts.unread
        corpus.finish_run(run_id, counts.as_dict())
    return counts
