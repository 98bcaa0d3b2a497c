"""Read a stored article back as the `Article` record it was stored from."""

from __future__ import annotations

import sqlite3
from typing import Any

from newstrace.errors import StoreError
from newstrace.records import (
    Article,
    Entity,
    Figure,
    Image,
    Mention,
    Problem,
    Related,
    Removed,
    Span,
    Speaker,
    Statement,
    When,
)

__all__ = ["article_id_for", "load_article"]


def article_id_for(connection: sqlite3.Connection, key: int | str) -> int:
    """The id of the article `key` names: its id, or its source as stored."""
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        row = connection.execute("SELECT id FROM articles WHERE id = ?", (int(key),)).fetchone()
        if row is not None:
            return int(row[0])
    row = connection.execute("SELECT id FROM articles WHERE source = ?", (str(key),)).fetchone()
    if row is None:
        raise StoreError(f"no article with id or source {key!r} in the corpus")
    return int(row[0])


def _rows(connection: sqlite3.Connection, sql: str, *args: Any) -> list[dict[str, Any]]:
    cursor = connection.execute(sql, args)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _span(row: Any, name: str) -> Span | None:
    start, end = row[f"{name}_start"], row[f"{name}_end"]
    return None if start is None else Span(start, end)


def _when(row: Any) -> When | None:
    span = _span(row, "when")
    return None if span is None else When(span, row["when_date"])


def load_article(connection: sqlite3.Connection, article_id: int) -> Article:
    """The article stored under `article_id`, with everything stored with it."""
    found = _rows(connection, "SELECT * FROM articles WHERE id = ?", article_id)
    if not found:
        raise StoreError(f"no article with id {article_id} in the corpus")
    a = found[0]
    by_article = "WHERE article_id = ? ORDER BY position"
    statements = []
    for s in _rows(connection, f"SELECT * FROM statements {by_article}", article_id):
        speaker_name = None
        if s["speaker_id"] is not None:
            speaker_name = connection.execute(
                "SELECT name FROM speakers WHERE id = ?", (s["speaker_id"],)
            ).fetchone()[0]
        content = connection.execute(
            'SELECT start, "end" FROM statement_content WHERE statement_id = ? ORDER BY position',
            (s["id"],),
        ).fetchall()
        via = connection.execute(
            'SELECT start, "end" FROM statement_via WHERE statement_id = ? ORDER BY position',
            (s["id"],),
        ).fetchall()
        statements.append(
            Statement(
                kind=s["kind"],
                content=tuple(Span(start, end) for start, end in content),
                speaker=Speaker(speaker_name, s["role"], s["mention"]),
                source=_span(s, "source"),
                cue=_span(s, "cue"),
                channel=_span(s, "channel"),
                addressee=_span(s, "addressee"),
                via=tuple(Span(start, end) for start, end in via),
                hedge=_span(s, "hedge"),
                when=_when(s),
                confidence=s["confidence"],
            )
        )
    entities = []
    for e in _rows(connection, f"SELECT * FROM entities {by_article}", article_id):
        mentions = connection.execute(
            'SELECT start, "end", kind, stands_for FROM mentions WHERE entity_id = ? '
            "ORDER BY position",
            (e["id"],),
        ).fetchall()
        entities.append(
            Entity(
                e["name"],
                e["kind"],
                tuple(
                    Mention(Span(start, end), kind, stands) for start, end, kind, stands in mentions
                ),
            )
        )
    figures = tuple(
        Figure(
            span=Span(f["start"], f["end"]),
            value=f["value"],
            low=f["low"],
            high=f["high"],
            magnitude=f["magnitude"],
            unit=f["unit"],
            qualifier=f["qualifier"],
            counted=_span(f, "counted"),
            predicate=_span(f, "predicate"),
            source=f["source"],
            when=_when(f),
        )
        for f in _rows(connection, f"SELECT * FROM figures {by_article}", article_id)
    )

    def column(sql: str) -> list[tuple[Any, ...]]:
        return connection.execute(sql + f" {by_article}", (article_id,)).fetchall()

    source = a["source"]
    return Article(
        source=source,
        text=a["text"],
        paragraphs=tuple(Span(s, e) for s, e in column('SELECT start, "end" FROM paragraphs')),
        title=a["title"],
        dek=a["dek"],
        authors=tuple(name for (name,) in column("SELECT name FROM authors")),
        published=a["published"],
        modified=a["modified"],
        language=a["language"],
        site=a["site"],
        url=a["url"],
        canonical_url=a["canonical_url"],
        fetched_at=a["fetched_at"],
        record_id=a["record_id"],
        content_hash=a["content_hash"],
        images=tuple(Image(c, cr) for c, cr in column("SELECT caption, credit FROM images")),
        related=tuple(
            Related(*row) for row in column("SELECT title, section, summary, url FROM related")
        ),
        sourcing=tuple(line for (line,) in column("SELECT line FROM sourcing")),
        removed=tuple(Removed(t, r) for t, r in column("SELECT text, reason FROM removed")),
        statements=tuple(statements),
        entities=tuple(entities),
        figures=figures,
        problems=tuple(
            Problem(source, *row) for row in column("SELECT stage, code, message FROM problems")
        ),
    )
