"""Run steps over inputs on this machine: in-process, or in a pool of processes.

Outputs come back in input order whatever `jobs` is. Each worker process builds
nothing but the steps it is given; a failure on one input becomes a `Problem`
on that input's record (see `steps.apply_steps`) and the rest go on.
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TextIO

from tqdm import tqdm

from newstrace.errors import DecodeError, EmptyInput, UsageError
from newstrace.records import Article, Page, Problem
from newstrace.steps import Step, apply_steps_many, check_order

__all__ = ["RunCounts", "run_local"]

# Progress shows only once a run has lasted this long (seconds), so short runs stay quiet.
_PROGRESS_DELAY = 2.0
_WINDOW_PER_JOB = 32
# Inputs handed to the steps together, so that a parsing step can batch them (nlp.pipe).
_BATCH = 16

# Problems that mean the input never became text (decoding runs inside the extract step).
_UNREAD_CODES = frozenset({DecodeError.code, EmptyInput.code})

_worker_steps: Sequence[Step] = ()


@dataclass
class RunCounts:
    """What a run did: inputs seen, articles with a body, problems by code."""

    inputs: int = 0
    articles: int = 0
    unread: int = 0
    problems: Counter[str] = field(default_factory=Counter)

    def add(self, article: Article) -> None:
        self.inputs += 1
        if article.paragraphs:
            self.articles += 1
        for problem in article.problems:
            self.problems[problem.code] += 1
        if any(p.stage == "read" or p.code in _UNREAD_CODES for p in article.problems):
            self.unread += 1

    def summary(self) -> str:
        line = f"{self.inputs} inputs: {self.articles} articles"
        if self.problems:
            detail = ", ".join(f"{code}: {n}" for code, n in sorted(self.problems.items()))
            with_problems = sum(self.problems.values())
            line += f", {with_problems} problems ({detail})"
        return line


def _init_worker(steps: Sequence[Step]) -> None:
    global _worker_steps
    _worker_steps = steps


def _work(batch: list[Page | Problem]) -> list[Article]:
    return apply_steps_many(batch, _worker_steps)


def run_local(
    items: Iterable[Page | Problem],
    steps: Sequence[Step],
    *,
    jobs: int = 1,
    counts: RunCounts | None = None,
    progress: TextIO | None = None,
) -> Iterator[Article]:
    """Yield one `Article` per input, in input order.

    `jobs` > 1 runs the steps in that many worker processes. `counts`, when
    given, is updated as articles come out. `progress`, when given and a
    terminal, shows a progress bar there once the run lasts a few seconds.
    """
    if jobs < 1:
        raise UsageError(f"jobs must be at least 1, got {jobs}")
    check_order(steps)
    stream = progress if progress is not None else sys.stderr
    bar = tqdm(
        unit=" inputs",
        file=stream,
        delay=_PROGRESS_DELAY,
        disable=progress is None or not stream.isatty(),
        dynamic_ncols=True,
    )
    try:
        for article in _results(items, steps, jobs):
            if counts is not None:
                counts.add(article)
                bar.set_postfix(problems=sum(counts.problems.values()), refresh=False)
            bar.update()
            yield article
    finally:
        bar.close()


def _results(
    items: Iterable[Page | Problem], steps: Sequence[Step], jobs: int
) -> Iterator[Article]:
    iterator = iter(items)
    if jobs == 1:
        while batch := list(islice(iterator, _BATCH)):
            yield from apply_steps_many(batch, steps)
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(steps,)) as pool:
        # Feed the pool a window at a time: Pool.imap would read every input into
        # memory ahead of the workers.
        while window := list(islice(iterator, jobs * _WINDOW_PER_JOB)):
            batches = [window[i : i + _BATCH // 4] for i in range(0, len(window), _BATCH // 4)]
            for done in pool.imap(_work, batches):
                yield from done
