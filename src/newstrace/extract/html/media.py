"""Images with their captions and credits, and links to related articles, from HTML.

Images are the ``<figure>`` elements of the page (and JSON-LD ``image``
objects carrying a caption): the caption is the ``<figcaption>``, the credit
an element inside it marked as credit/copyright/source, or a credit written at
the caption's end ("(Photo: Jane Roe/AP)", "Photo by X", "© Reuters",
"X/Getty Images"). Related articles are the links inside blocks marked as
related ("related", "read more", "more stories", "also read", "recommended")
whose text reads as a headline.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from lxml.html import HtmlElement

from newstrace.extract.html.structured import NamePattern, Structured, text_of
from newstrace.records import Image, Related

__all__ = ["find_images", "find_related", "split_credit"]

_CREDIT_CLASS = NamePattern(r"credit|copyright|source|attribution|photographer")
_TRAILING_CREDIT = re.compile(
    r"\s*[(\[]?\s*(?:(?:photo(?:graph)?|image|picture|credit|foto|illustration)s?"
    r"\s*(?::|\bby\b)|©|\(c\)|copyright)\s*(?P<credit>[^()\[\]]{2,90}?)\s*[)\]]?\s*\.?\s*$",
    re.IGNORECASE,
)
_AGENCY_CREDIT = re.compile(
    r"(?:^|(?<=[\s(]))(?P<credit>(?:[A-Z][\w'.-]*\s+){0,3}[A-Z][\w'-]*\s*/\s*"
    r"(?i:getty images|ap photo|ap|afp|reuters|epa|shutterstock|bloomberg|anadolu|sipa|alamy)"
    r"(?:\s+via\s+[\w .'-]{1,30})?)\)?\s*$"
)
_RELATED_CLASS = NamePattern(
    r"related|read-?more|more-?stories|also-?read|recommend|more-?on|see-?also"
    r"|further-?reading"
)
_MAX_IMAGES = 30
_MAX_RELATED = 20
_MIN_RELATED_WORDS = 4
_MAX_CAPTION = 600


def split_credit(caption: str) -> tuple[str | None, str | None]:
    """A caption's text and the credit written at its end, each None when absent."""
    for pattern in (_TRAILING_CREDIT, _AGENCY_CREDIT):
        match = pattern.search(caption)
        if match:
            text = caption[: match.start()].strip() or None
            return text, match.group("credit").strip(" .,;:") or None
    return caption.strip() or None, None


def find_images(tree: HtmlElement, found: Structured) -> tuple[Image, ...]:
    images: list[Image] = []
    for figure in tree.iter("figure"):
        image = _figure_image(figure)
        if image is not None and image not in images:
            images.append(image)
        if len(images) >= _MAX_IMAGES:
            break
    if not images:
        for item in found.articles:
            value_or_list = item.get("image")
            values = value_or_list if isinstance(value_or_list, list) else [value_or_list]
            for value in values:
                image = _jsonld_image(value)
                if image is not None and image not in images:
                    images.append(image)
    return tuple(images)


def _figure_image(figure: HtmlElement) -> Image | None:
    caption_element = next(figure.iter("figcaption"), None)
    if caption_element is None:
        return None
    credit = None
    for element in caption_element.iter():
        if element is not caption_element and _CREDIT_CLASS.marks(element):
            credit = text_of(element) or None
            break
    text = text_of(caption_element)
    if len(text) > _MAX_CAPTION:
        return None
    if credit is not None:
        caption = text.replace(credit, "").strip(" |,-–—") or None
        credit = _strip_label(credit)
    else:
        caption, credit = split_credit(text)
    if caption is None and credit is None:
        return None
    return Image(caption, credit)


def _strip_label(credit: str) -> str | None:
    match = _TRAILING_CREDIT.fullmatch(credit)
    return (match.group("credit") if match else credit).strip(" .,;:()") or None


def _jsonld_image(value: Any) -> Image | None:
    if not isinstance(value, dict):
        return None
    caption = value.get("caption") or value.get("description")
    credit = value.get("creditText") or value.get("copyrightHolder") or value.get("author")
    if isinstance(credit, dict):
        credit = credit.get("name")
    caption = caption if isinstance(caption, str) and caption.strip() else None
    credit = credit if isinstance(credit, str) and credit.strip() else None
    return Image(" ".join(caption.split()), credit) if caption else None


def find_related(tree: HtmlElement, base_url: str | None) -> tuple[Related, ...]:
    related: list[Related] = []
    seen: set[str] = set()
    for block in tree.iter("div", "section", "aside", "ul", "nav"):
        if not _RELATED_CLASS.marks(block):
            continue
        for link in block.iter("a"):
            title = text_of(link)
            href = link.get("href")
            if len(title.split()) < _MIN_RELATED_WORDS or title in seen:
                continue
            seen.add(title)
            url = urljoin(base_url, href) if base_url and href else href
            related.append(Related(title=title, url=url))
            if len(related) >= _MAX_RELATED:
                return tuple(related)
    return tuple(related)
