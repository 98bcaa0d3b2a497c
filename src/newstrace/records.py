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
    "Entity",
    "Figure",
    "Image",
    "Mention",
    "Page",
    "Problem",
    "Related",
    "Removed",
    "Span",
    "Speaker",
    "Statement",
    "When",
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
    is already a clean article body), ``text/html`` for HTML, and so on. Pages
    read from a crawl keep where and when they were fetched (`url`,
    `fetched_at`, the WARC `record_id`) and the charset the server declared.
    """

    source: str
    content: bytes | str
    media_type: str = "text/plain"
    plain: bool = False
    url: str | None = None
    fetched_at: str | None = None
    record_id: str | None = None
    charset: str | None = None


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
class When:
    """The time a statement or figure refers to: as written, and as a date.

    `date` is ISO 8601 (``2022-04-11``), resolved against the article's
    publish date for relative expressions ("on Monday", "last week"); ``None``
    when it cannot be resolved.
    """

    span: Span
    date: str | None = None


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is by, resolved within the article.

    `name` is the canonical name ("Sergei Lavrov") or ``None`` when unknown;
    `role` comes from appositions and premodifiers ("Russian foreign
    minister"); `mention` says how the source was written: ``name``,
    ``pronoun``, ``description`` or ``none``.
    """

    name: str | None
    role: str | None = None
    mention: str = "none"


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed (or unattributed) piece of speech in `Article.text`.

    `kind` is ``direct``, ``indirect`` or ``mixed``. `content` holds one or
    more spans (a quote interrupted by "he said" is one statement). `source`
    is the mention as written, `cue` the reporting verb or phrase. `channel`
    ("an interview with TASS"), `addressee` ("US broadcaster NBC"), `via` (the
    outlets or documents it reached the article through, innermost first) and
    `hedge` ("reportedly") are spans too.
    """

    kind: str
    content: tuple[Span, ...]
    speaker: Speaker = Speaker(None)
    source: Span | None = None
    cue: Span | None = None
    channel: Span | None = None
    addressee: Span | None = None
    via: tuple[Span, ...] = ()
    hedge: Span | None = None
    when: When | None = None
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Mention:
    """One place an entity is referred to; `stands_for` marks metonymy.

    `kind` is ``name``, ``pronoun`` or ``description``. In "Moscow's
    position", Moscow `stands_for` "the Russian government".
    """

    span: Span
    kind: str = "name"
    stands_for: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or outlet, with its canonical name in the article.

    `kind` is ``person``, ``organization``, ``place`` or ``outlet``.
    """

    name: str
    kind: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A number in the text, with what it counts and who vouches for it.

    `value` is the normalised number ("4.5 million" -> 4500000), ``None`` for
    vague amounts, which carry a `magnitude` ("thousands") instead. Ranges set
    `low` and `high`. `qualifier` is one of ``=``, ``~``, ``>``, ``<``, ``up``,
    ``down`` (``up``/``down`` with the size of the change in `value`).
    `counted` and `predicate` are spans ("Ukrainian refugees", "fled");
    `source` names who vouches for it ("according to X", or the speaker when
    the number sits inside a statement).
    """

    span: Span
    value: float | None = None
    low: float | None = None
    high: float | None = None
    magnitude: str | None = None
    unit: str | None = None
    qualifier: str = "="
    counted: Span | None = None
    predicate: Span | None = None
    source: str | None = None
    when: When | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """One input after extraction: the clean body in `text` plus metadata.

    `paragraphs` are spans into `text`; `text` joins the paragraphs with a blank
    line (for plain input it is the input exactly as read). Missing values are
    ``None`` or empty, never guessed. `content_hash` (SHA-256 of the input as
    read), `url`, `fetched_at` and `record_id` are the input's provenance;
    `statements`, `entities` and `figures` are filled by the analysis steps.
    """

    source: str
    text: str = ""
    paragraphs: tuple[Span, ...] = ()
    title: str | None = None
    dek: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    site: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    fetched_at: str | None = None
    record_id: str | None = None
    content_hash: str | None = None
    images: tuple[Image, ...] = ()
    related: tuple[Related, ...] = ()
    sourcing: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    statements: tuple[Statement, ...] = ()
    entities: tuple[Entity, ...] = ()
    figures: tuple[Figure, ...] = ()
    problems: tuple[Problem, ...] = ()

    def with_problem(self, problem: Problem) -> Article:
        """A copy of this article with one more problem recorded."""
        return replace(self, problems=(*self.problems, problem))

    def paragraph_texts(self) -> list[str]:
        return [span.of(self.text) for span in self.paragraphs]
