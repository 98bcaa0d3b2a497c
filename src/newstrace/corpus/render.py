"""Readable text for people: quotes, speakers, search hits, and articles with marked statements."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from newstrace.corpus.fts import SearchHit
from newstrace.corpus.queries import Quote, SpeakerCount
from newstrace.records import Article

__all__ = ["format_hits", "format_quotes", "format_show", "format_speakers", "mark_statements"]

_WIDTH = 100
CONTENT_OPEN, CONTENT_CLOSE = "⟦", "⟧"
SOURCE_OPEN, SOURCE_CLOSE = "⟨", "⟩"


def mark_statements(article: Article) -> str:
    """`article.text` with each statement's content in ⟦n …⟧ and its source in ⟨n …⟩.

    n numbers the statements from 1 in the article's order.
    """
    marks: list[tuple[int, int, str]] = []  # (offset, 0 for closing / 1 for opening, mark)
    for number, statement in enumerate(article.statements, start=1):
        for span in statement.content:
            marks += [(span.start, 1, f"{CONTENT_OPEN}{number} "), (span.end, 0, CONTENT_CLOSE)]
        if statement.source is not None:
            source = statement.source
            marks += [(source.start, 1, f"{SOURCE_OPEN}{number} "), (source.end, 0, SOURCE_CLOSE)]
    pieces, last = [], 0
    for offset, _, mark in sorted(marks, key=lambda m: (m[0], m[1])):
        pieces += [article.text[last:offset], mark]
        last = offset
    pieces.append(article.text[last:])
    return "".join(pieces)


def _short(text: str | None, width: int) -> str:
    if not text:
        return "-"
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_quotes(quotes: Sequence[Quote]) -> str:
    blocks = []
    for q in quotes:
        who = q.speaker or "(speaker unknown)"
        if q.role:
            who += f" ({q.role})"
        head = f"{q.date or 'no date'}  {who} — {q.kind}" + (f", {q.cue}" if q.cue else "")
        body = textwrap.fill(
            f"“{' '.join(q.content.split())}”",
            _WIDTH,
            initial_indent="    ",
            subsequent_indent="    ",
        )
        details = [f"{label}: {value}" for label, value in (
            ("via", q.via), ("channel", q.channel), ("to", q.addressee), ("hedge", q.hedge),
            ("when", q.when),
        ) if value]  # fmt: skip
        where = f"in: {_short(q.title, 60)} [{q.source}] (article {q.article_id})"
        lines = [head, body]
        if details:
            lines.append("    " + " · ".join(details))
        lines.append("    " + where)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "no statements match"


def format_speakers(counts: Sequence[SpeakerCount]) -> str:
    if not counts:
        return "no speakers in the corpus"
    width = min(40, max(len(c.name) for c in counts))
    header = (
        f"{'speaker':<{width}}  {'total':>5}  {'direct':>6}  {'indirect':>8}  {'mixed':>5}  "
        f"{'articles':>8}  {'first':<10}  {'last':<10}"
    )
    rows = [header, "-" * len(header)]
    for c in counts:
        rows.append(
            f"{_short(c.name, width):<{width}}  {c.statements:>5}  {c.direct:>6}  "
            f"{c.indirect:>8}  {c.mixed:>5}  {c.articles:>8}  {c.first or '-':<10}  "
            f"{c.last or '-':<10}"
        )
    return "\n".join(row.rstrip() for row in rows)


def format_hits(hits: Sequence[SearchHit]) -> str:
    blocks = []
    for rank, hit in enumerate(hits, start=1):
        head = f"{rank}. {_short(hit.title, 80)}  (article {hit.article_id}"
        head += f", {hit.published[:10]})" if hit.published else ")"
        blocks.append(
            "\n".join(
                [
                    head,
                    textwrap.fill(
                        " ".join(hit.snippet.split()),
                        _WIDTH,
                        initial_indent="   ",
                        subsequent_indent="   ",
                    ),
                    f"   {hit.source}",
                ]
            )
        )
    return "\n\n".join(blocks) if blocks else "no articles match"


def format_show(article_id: int, article: Article) -> str:
    lines = [
        f"article {article_id}: {article.title or '(no title)'}",
        f"source     {article.source}",
        f"published  {article.published or '-'}",
        f"authors    {', '.join(article.authors) or '-'}",
        "",
        mark_statements(article),
        "",
    ]
    for number, s in enumerate(article.statements, start=1):
        who = s.speaker.name or "(speaker unknown)"
        if s.speaker.role:
            who += f" ({s.speaker.role})"
        extra = [
            f"{label} {span.of(article.text)}"
            for label, span in (
                ("cue", s.cue),
                ("channel", s.channel),
                ("to", s.addressee),
                ("hedge", s.hedge),
            )
            if span is not None
        ]
        if s.via:
            extra.append("via " + "; ".join(v.of(article.text) for v in s.via))
        if s.when is not None:
            extra.append(f"when {s.when.span.of(article.text)} = {s.when.date or '?'}")
        lines.append(f"[{number}] {s.kind}: {who}" + (" · " + " · ".join(extra) if extra else ""))
    lines += [f"problem    {p.stage}/{p.code}: {p.message}" for p in article.problems]
    return "\n".join(lines)
