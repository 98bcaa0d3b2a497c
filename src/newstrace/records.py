"""The record types that travel through newstrace.

One frozen, slotted dataclass per concept. A `Page` is what a source read; an
`Article` is what extraction made of it. Everything found inside an article's
body is a `Span` (offsets into `Article.text`), never a copied string that can
drift from the text. Failures are `Problem` records, never `None`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

__all__ = [
    "Article",
    "Image",
    "Page",
    "Problem",
    "Related",
    "Removed",
    "Span",
]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into one text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        """The piece of `text` this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class Page:
    """What a source read: raw bytes (to be decoded) or text, and what it is.

    `media_type` is ``text/plain`` for text dumps (``plain=True`` says the text
    is already a clean article body), ``text/html`` for HTML, and so on.
    """

    source: str
    content: bytes | str
    media_type: str = "text/plain"
    plain: bool = False


@dataclass(frozen=True, slots=True)
class Problem:
    """Something that went wrong with one input, kept as data.

    `stage` names the step (``read``, ``decode``, ``extract``, ...), `code` is a
    short stable identifier users can filter on, `message` says what to do.
    """

    source: str
    stage: str
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class Image:
    """An image the page shows, by its caption and credit ("AP", "Getty Images")."""

    caption: str | None
    credit: str | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """A teaser for another article ("also read"), kept out of the body."""

    title: str
    section: str | None = None
    summary: str | None = None
    url: str | None = None


class Removed(NamedTuple):
    """A line of the page left out of the body, and why (a reason code).

    A named tuple rather than a dataclass: a page removes hundreds of lines,
    and this is built for each of them.
    """

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Article:
    """One input after extraction: the clean body in `text` plus metadata.

    `paragraphs` are spans into `text`; `text` joins the paragraphs with a blank
    line (for plain input it is the input exactly as read). Missing values are
    ``None`` or empty, never guessed.
    """

    source: str
    text: str = ""
    paragraphs: tuple[Span, ...] = ()
    title: str | None = None
    dek: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    language: str | None = None
    site: str | None = None
    images: tuple[Image, ...] = ()
    related: tuple[Related, ...] = ()
    sourcing: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    problems: tuple[Problem, ...] = ()

    def with_problem(self, problem: Problem) -> Article:
        """A copy of this article with one more problem recorded."""
        return replace(self, problems=(*self.problems, problem))

    def paragraph_texts(self) -> list[str]:
        return [span.of(self.text) for span in self.paragraphs]
