"""The extraction step: a `Page` of plain text in, an `Article` out."""

from __future__ import annotations

import re
from dataclasses import replace

from newstrace.errors import EmptyInput
from newstrace.extract.language import detect_language
from newstrace.extract.textpage import extract_text_page
from newstrace.records import Article, Page, Problem, Span
from newstrace.sources.decode import decode_text
from newstrace.steps import Step

__all__ = ["ExtractText", "plain_article"]

_BLOCK = re.compile(r"\S(?:.*\S)?(?:\n[ \t]*\S(?:.*\S)?)*")


def plain_article(text: str, source: str) -> Article:
    """An article whose body is `text` exactly; paragraphs are its blank-line blocks."""
    spans = tuple(Span(m.start(), m.end()) for m in _BLOCK.finditer(text))
    return Article(source=source, text=text, paragraphs=spans)


class ExtractText(Step):
    """Decode a plain-text page and extract its article (or take it whole with `plain`)."""

    name = "extract"
    needs = frozenset({"page"})
    adds = frozenset({"text", "metadata"})

    def run(self, item: Page | Article) -> Article:
        if not isinstance(item, Page):
            raise TypeError(f"{self.name} takes a Page, got {type(item).__name__}")
        text = decode_text(item)
        if not text.strip():
            raise EmptyInput(
                item.source, "the input holds no text (it is empty or only whitespace)"
            )
        if item.plain:
            article = plain_article(text, item.source)
        else:
            article = extract_text_page(text, item.source)
        article = replace(article, language=detect_language(article.text))
        if not article.paragraphs:
            article = article.with_problem(
                Problem(
                    item.source,
                    self.name,
                    "no-body",
                    "no article body was found; if the input is already the body, use --plain",
                )
            )
        return article
