"""The figures step: an article in, the same article with its `figures`."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from newstrace.analyze.figures.find import find_figures
from newstrace.errors import PipelineError
from newstrace.records import Article, Page
from newstrace.steps import Step

__all__ = ["FindFigures"]


class FindFigures(Step):
    """Find every figure of the article's text, with what it counts and who says so.

    Runs after the statements step, whose speakers become the sources of the
    figures quoted in their statements.
    """

    name: ClassVar[str] = "figures"
    needs: ClassVar[frozenset[str]] = frozenset({"text", "statements"})
    adds: ClassVar[frozenset[str]] = frozenset({"figures"})

    def run(self, item: Page | Article) -> Article:
        if not isinstance(item, Article):
            raise PipelineError("the figures step needs an article; run extraction first")
        figures = find_figures(item.text, item.statements, item.published)
        return replace(item, figures=tuple(figures))
