"""The step contract: what a step needs, what it adds, and how it runs.

A step turns one item into the next: the first step of a pipeline takes the
`Page` a source read and makes an `Article`; later steps take an `Article` and
return a richer copy. Each declares `needs` and `adds` (names such as
``"page"``, ``"text"``, ``"metadata"``), so `check_order` can refuse a pipeline
that cannot work before any data moves. Runners (one process, a process pool,
a distributed engine later) take the same steps unchanged; `apply_steps` is
what every runner calls per input, and turns any failure into a `Problem`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
from typing import ClassVar

from newstrace.errors import InputError, PipelineError
from newstrace.records import Article, Page, Problem

__all__ = [
    "Step",
    "apply_steps",
    "apply_steps_many",
    "apply_steps_to_article",
    "check_order",
    "with_provenance",
]


class Step:
    """Base class of pipeline steps. Subclasses set the class attributes and `run`."""

    name: ClassVar[str]
    needs: ClassVar[frozenset[str]]
    adds: ClassVar[frozenset[str]]

    def run(self, item: Page | Article) -> Article:
        raise NotImplementedError

    def run_many(self, items: Sequence[Page | Article]) -> list[Article]:
        """Run the step on several items; steps that gain from batches override this."""
        return [self.run(item) for item in items]

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


def check_order(steps: Sequence[Step]) -> None:
    """Raise `PipelineError` unless every step's needs are met by the steps before it."""
    if not steps:
        raise PipelineError("a pipeline needs at least one step")
    available = {"page"}
    for step in steps:
        missing = step.needs - available
        if missing:
            raise PipelineError(
                f"step {step.name!r} needs {sorted(missing)}, which no earlier step adds; "
                f"available at that point: {sorted(available)}"
            )
        available |= step.adds


def _problem(source: str, stage: str, error: Exception) -> Problem:
    if isinstance(error, InputError):
        return Problem(source, stage, error.code, error.message)
    return Problem(
        source,
        stage,
        "internal-error",
        f"{type(error).__name__}: {error} (this is a bug in newstrace; please report it)",
    )


def apply_steps(item: Page | Problem, steps: Sequence[Step]) -> Article:
    """Run one input through `steps`; a failure becomes a `Problem` on its record.

    A `Problem` from the source (the input could not be read) becomes an empty
    article carrying it. When a step fails, the article keeps what the earlier
    steps made and the remaining steps are skipped for this input only.
    """
    if isinstance(item, Problem):
        return Article(source=item.source, problems=(item,))
    current: Page | Article = item
    for step in steps:
        try:
            current = step.run(current)
        except Exception as error:  # one bad input must never stop the batch
            if isinstance(current, Page):
                current = Article(source=current.source)
            current = current.with_problem(_problem(current.source, step.name, error))
            break
    if isinstance(current, Page):
        raise PipelineError("the pipeline ended without making an article")
    return with_provenance(current, item)


def apply_steps_to_article(article: Article, steps: Sequence[Step]) -> Article:
    """Run an article already made through more `steps`, failures becoming Problems."""
    for step in steps:
        try:
            article = step.run(article)
        except Exception as error:  # one bad input must never stop the batch
            return article.with_problem(_problem(article.source, step.name, error))
    return article


def apply_steps_many(items: Sequence[Page | Problem], steps: Sequence[Step]) -> list[Article]:
    """`apply_steps` for several inputs at once, each step seeing the batch together.

    A step's `run_many` gets every input still going; if it fails, the step is
    run on each input alone so that only the inputs that fail carry a Problem.
    """
    current: list[Page | Article] = []
    failed: list[bool] = []
    for item in items:
        if isinstance(item, Problem):
            current.append(Article(source=item.source, problems=(item,)))
        else:
            current.append(item)
        failed.append(isinstance(item, Problem))
    for step in steps:
        going = [i for i, done in enumerate(failed) if not done]
        if not going:
            break
        try:
            results = step.run_many([current[i] for i in going])
        except Exception:  # find which inputs fail, one at a time
            results = []
            for i in going:
                try:
                    results.append(step.run(current[i]))
                except Exception as error:
                    results.append(_failed(current[i], step, error))
                    failed[i] = True
        for i, result in zip(going, results, strict=True):
            current[i] = result
    articles = []
    for item, made in zip(items, current, strict=True):
        if isinstance(made, Page):
            raise PipelineError("the pipeline ended without making an article")
        articles.append(made if isinstance(item, Problem) else with_provenance(made, item))
    return articles


def _failed(item: Page | Article, step: Step, error: Exception) -> Article:
    article = Article(source=item.source) if isinstance(item, Page) else item
    return article.with_problem(_problem(article.source, step.name, error))


def with_provenance(article: Article, page: Page) -> Article:
    """`article` carrying where its page came from and the hash of what was read.

    Set here, once, so that every extraction path keeps them alike.
    """
    content = page.content.encode("utf-8") if isinstance(page.content, str) else page.content
    return replace(
        article,
        content_hash=hashlib.sha256(content).hexdigest(),
        url=article.url or page.url,
        fetched_at=article.fetched_at or page.fetched_at,
        record_id=article.record_id or page.record_id,
    )
