"""The extraction steps for HTML pages, and the one that picks a path by media type."""

from __future__ import annotations

from newstrace.extract.html import extract_html_page
from newstrace.extract.step import ExtractText
from newstrace.records import Article, Page, Problem
from newstrace.steps import Step

__all__ = ["HTML_TYPES", "ExtractHtml", "ExtractPage"]

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
"""Media types read as HTML; every other page goes to the text path."""


class ExtractHtml(Step):
    """Decode and parse an HTML page and extract its article."""

    name = "extract"
    needs = frozenset({"page"})
    adds = frozenset({"text", "metadata"})

    def run(self, item: Page | Article) -> Article:
        if not isinstance(item, Page):
            raise TypeError(f"{self.name} takes a Page, got {type(item).__name__}")
        article = extract_html_page(item)
        if not article.paragraphs:
            article = article.with_problem(
                Problem(
                    item.source,
                    self.name,
                    "no-body",
                    "no article body was found in the HTML page (it may be an index page,"
                    " or its text may be filled in by JavaScript)",
                )
            )
        return article


class ExtractPage(Step):
    """Extract any page: HTML pages by `ExtractHtml`, text pages by `ExtractText`."""

    name = "extract"
    needs = frozenset({"page"})
    adds = frozenset({"text", "metadata"})

    def __init__(self) -> None:
        self._html = ExtractHtml()
        self._text = ExtractText()

    def run(self, item: Page | Article) -> Article:
        if isinstance(item, Page) and item.media_type in HTML_TYPES:
            return self._html.run(item)
        return self._text.run(item)
