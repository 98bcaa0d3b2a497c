"""The analysis step: an `Article` in, the same article with statements and entities.

Articles go through the spaCy pipeline in batches (`nlp.pipe`) when a runner
hands the step several at once (`run_many`); `run` parses one. Articles in a
language other than English are not analysed: they carry a Problem with code
``language-not-analyzed`` instead of statements guessed by an English model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from newstrace.analyze.entities import find_entities
from newstrace.analyze.nlp import parse, parse_many
from newstrace.analyze.speakers import Resolver
from newstrace.analyze.statements import find_statements
from newstrace.records import Article, Page, Problem
from newstrace.steps import Step

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["FindStatements"]

NOT_ANALYZED = "language-not-analyzed"


def _wants_analysis(article: Article) -> bool:
    return bool(article.text.strip()) and article.language in (None, "en")


class FindStatements(Step):
    """Find who said what (statements) and who is named (entities) in an article."""

    name = "statements"
    needs = frozenset({"text"})
    adds = frozenset({"statements", "entities"})

    def run(self, item: Page | Article) -> Article:
        article = _article(item, self.name)
        if not _wants_analysis(article):
            return _skipped(article, self.name)
        return _analysed(article, parse(article.text))

    def run_many(self, items: Sequence[Page | Article]) -> list[Article]:
        articles = [_article(item, self.name) for item in items]
        wanted = [a for a in articles if _wants_analysis(a)]
        docs = dict(zip((id(a) for a in wanted), parse_many([a.text for a in wanted]), strict=True))
        return [
            _analysed(a, docs[id(a)]) if id(a) in docs else _skipped(a, self.name) for a in articles
        ]


def _article(item: Page | Article, step: str) -> Article:
    if not isinstance(item, Article):
        raise TypeError(f"{step} takes an Article, got {type(item).__name__}")
    return item


def _skipped(article: Article, step: str) -> Article:
    if not article.text.strip():
        return article
    return article.with_problem(
        Problem(
            article.source,
            step,
            NOT_ANALYZED,
            f"statements are found in English text only; this article is {article.language!r}",
        )
    )


def _analysed(article: Article, doc: Doc) -> Article:
    resolver = Resolver(doc)
    statements = find_statements(article, doc, resolver)
    entities = find_entities(article, doc, resolver, statements)
    return replace(article, statements=statements, entities=entities)
