"""HTML page extraction: an HTML `Page` in, an `Article` out (same record as text pages).

    html_text(page)           bytes -> text: BOM, <meta charset>, server charset, detection
    parse_html(text)          text -> lxml tree
    page_tree(page)           Page -> lxml tree (UTF-8 bytes parsed as they are)
    extract_html_page(page)   Page -> Article: body paragraphs, title (site name cut off),
                              authors, published/modified with offset, language, site,
                              canonical URL, images with captions and credits,
                              related links, sourcing lines

The page's markup is read once (`read_structured`: JSON-LD, ``<meta>``,
``<link>``) and every metadata reader consults it; the body comes from
`body.find_body`.
"""

from __future__ import annotations

import codecs
import re
from urllib.parse import urljoin

import lxml.html
from lxml.etree import ElementDefaultClassLookup, ParserError
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction

from newstrace.errors import EmptyInput
from newstrace.extract.html.authors import find_authors
from newstrace.extract.html.body import find_body
from newstrace.extract.html.dates import find_page_dates
from newstrace.extract.html.decode import declared_encoding, html_text
from newstrace.extract.html.media import find_images, find_related
from newstrace.extract.html.structured import Structured, read_structured
from newstrace.extract.html.title import find_site, find_title
from newstrace.extract.language import detect_language
from newstrace.records import Article, Page, Span

__all__ = ["extract_html_page", "html_text", "page_tree", "parse_html"]

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")
_NOT_WORD = re.compile(r"\W+")
# Every element an `HtmlElement`, chosen in C: lxml.html's own lookup runs Python code each
# time an element is touched (by our readers and by trafilatura on its copies of the tree)
# only to pick the form-field classes, which nothing here uses.
_ELEMENT_CLASSES = ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity
)
_PARSER = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_UTF8_PARSER = lxml.html.HTMLParser(
    remove_comments=True, remove_pis=True, collect_ids=False, encoding="utf-8"
)
for _parser in (_PARSER, _UTF8_PARSER):
    _parser.set_element_class_lookup(_ELEMENT_CLASSES)
_UTF8 = frozenset({None, "utf-8"})


def parse_html(text: str, source: str = "<html>") -> HtmlElement:
    """The document tree of `text`; `EmptyInput` when it holds no markup or text."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise EmptyInput(source, "the page is empty")
    try:
        tree = lxml.html.document_fromstring(text, parser=_PARSER)
    except (ParserError, ValueError) as error:
        raise EmptyInput(source, f"the page holds no HTML that can be parsed ({error})") from None
    return tree


def page_tree(page: Page) -> HtmlElement:
    """The document tree of HTML `page`, decoded as `html_text` says.

    Valid UTF-8 (declared so, or undeclared) is handed to the parser as bytes,
    which spares a decode and re-encode; everything else is decoded here.
    """
    content = page.content
    if isinstance(content, bytes) and declared_encoding(content, page.charset) in _UTF8:
        body = content.removeprefix(codecs.BOM_UTF8)
        if body.strip() and b"\x00" not in body:
            try:
                body.decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                try:
                    return lxml.html.document_fromstring(body, parser=_UTF8_PARSER)
                except (ParserError, ValueError):
                    pass
    text, _ = html_text(page)
    return parse_html(text, page.source)


def extract_html_page(page: Page) -> Article:
    """Extract the article from HTML `page` (see the module docstring)."""
    tree = page_tree(page)
    found = read_structured(tree)
    canonical = _absolute(found.canonical or found.first_meta("og:url"), page.url)
    base_url = page.url or canonical
    site = find_site(found)
    title = find_title(tree, found, site, base_url)
    authors = find_authors(tree, found)
    dates = find_page_dates(tree, found, authors)
    images = find_images(tree, found)
    related = find_related(tree, base_url)
    body = find_body(tree, base_url)
    paragraphs, spans, offset = _without_headline(body.paragraphs, title), [], 0
    for paragraph in paragraphs:
        spans.append(Span(offset, offset + len(paragraph)))
        offset += len(paragraph) + 2
    article_text = "\n\n".join(paragraphs)
    return Article(
        source=page.source,
        text=article_text,
        paragraphs=tuple(spans),
        title=title,
        dek=_dek(found),
        authors=authors,
        published=dates.published,
        modified=dates.modified,
        language=_language(found) or detect_language(article_text),
        site=site,
        canonical_url=canonical,
        images=images,
        related=related,
        sourcing=tuple(body.sourcing),
    )


def _without_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """`paragraphs` without a first one repeating the headline (it is the title, not body)."""
    if title and paragraphs and _key(paragraphs[0]) == _key(title):
        return paragraphs[1:]
    return paragraphs


def _key(text: str) -> str:
    return _NOT_WORD.sub("", text).casefold()


def _absolute(url: str | None, base: str | None) -> str | None:
    if not url:
        return None
    url = url.strip()
    return urljoin(base, url) if base else url


def _language(found: Structured) -> str | None:
    for value in (
        found.lang,
        *(item.get("inLanguage") for item in found.articles),
        found.first_meta("og:locale", "content-language", "language", "dc.language"),
    ):
        if isinstance(value, str):
            match = _LANGUAGE.match(value.strip())
            if match:
                return match.group(0).lower()
    return None


def _dek(found: Structured) -> str | None:
    for item in found.articles:
        value = item.get("alternativeHeadline")
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return None
