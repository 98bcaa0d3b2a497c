"""Full-text search with SQLite FTS5 over article text and statement content.

The indexes (``articles_fts``, ``statements_fts``) are external-content FTS5
tables kept in step with their tables by triggers (see `schema`), with Porter
stemming, so "negotiations" finds "negotiate". User words never reach FTS5's
query syntax raw: each becomes a quoted term, and all must match.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from newstrace.errors import UsageError

__all__ = ["SearchHit", "fts_query", "search_articles"]

SNIPPET_OPEN, SNIPPET_CLOSE = "[", "]"
_SNIPPET_TOKENS = 16


@dataclass(frozen=True, slots=True)
class SearchHit:
    """An article that matches a search, with a snippet of where it matches."""

    article_id: int
    title: str | None
    source: str
    published: str | None
    snippet: str
    score: float


def fts_query(words: str) -> str:
    """An FTS5 query that matches text holding every one of `words`.

    A word ending in ``*`` matches as a prefix ("negotiat*").
    """
    terms = []
    for word in words.split():
        prefix = word.endswith("*")
        word = word.rstrip("*").replace('"', "")
        if word.strip():
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    if not terms:
        raise UsageError("give at least one word to search for")
    return " ".join(terms)


def search_articles(connection: sqlite3.Connection, words: str, limit: int = 20) -> list[SearchHit]:
    """Articles whose title or text hold all `words`, best first, with snippets.

    Title matches weigh twice as much as text matches (bm25). The snippet marks
    matching words with square brackets.
    """
    query = fts_query(words)
    # Rank first, on the index alone; snippets (costly) only for the articles kept.
    ranked = connection.execute(
        "SELECT rowid, bm25(articles_fts, 2.0, 1.0) AS score FROM articles_fts "
        "WHERE articles_fts MATCH ? ORDER BY score LIMIT ?",
        (query, limit),
    ).fetchall()
    if not ranked:
        return []
    scores = dict(ranked)
    rows = connection.execute(
        "SELECT a.id, a.title, a.source, a.published, "
        f"snippet(articles_fts, -1, '{SNIPPET_OPEN}', '{SNIPPET_CLOSE}', '…', {_SNIPPET_TOKENS}) "
        "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        f"WHERE articles_fts MATCH ? AND articles_fts.rowid IN ({', '.join('?' * len(ranked))})",
        (query, *scores),
    ).fetchall()
    hits = [
        SearchHit(article_id, title, source, published, snippet, scores[article_id])
        for article_id, title, source, published, snippet in rows
    ]
    return sorted(hits, key=lambda hit: (hit.score, hit.article_id))
