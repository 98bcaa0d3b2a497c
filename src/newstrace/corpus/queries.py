"""Who said what: the corpus queries behind `newstrace quotes`, `speakers`, `search`, `show`.

Each function opens the database at `db` (a path, or an open `Corpus`), runs
one query and returns records. Dates are ISO 8601 days; a statement's date is
the day its own time expression resolves to ("on Monday"), else its article's
publish day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newstrace.corpus.fts import SearchHit, fts_query, search_articles
from newstrace.corpus.load import article_id_for, load_article
from newstrace.corpus.names import name_matches, name_tokens
from newstrace.corpus.store import DEFAULT_DB, Corpus, open_corpus
from newstrace.errors import UsageError
from newstrace.records import Article

__all__ = ["Quote", "SearchHit", "SpeakerCount", "quotes", "search", "show", "speakers"]

Db = str | Path | Corpus
_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


@dataclass(frozen=True, slots=True)
class Quote:
    """One stored statement with who made it, when, through whom, and where it ran."""

    statement_id: int
    article_id: int
    kind: str
    speaker: str | None
    role: str | None
    content: str
    cue: str | None
    channel: str | None
    addressee: str | None
    via: str | None
    hedge: str | None
    when: str | None
    date: str | None
    title: str | None
    source: str
    url: str | None
    site: str | None


@dataclass(frozen=True, slots=True)
class SpeakerCount:
    """How often one speaker is quoted, by kind of statement, and over which days."""

    name: str
    statements: int
    direct: int
    indirect: int
    mixed: int
    articles: int
    first: str | None
    last: str | None


@contextmanager
def _opened(db: Db) -> Iterator[Corpus]:
    if isinstance(db, Corpus):
        yield db
        return
    corpus = open_corpus(db, create=False)
    try:
        yield corpus
    finally:
        corpus.close()


def _day(value: str | None, option: str) -> str | None:
    if value is None:
        return None
    if not _DATE.fullmatch(value):
        raise UsageError(f"{option} takes a date as YYYY-MM-DD (or YYYY-MM, YYYY), not {value!r}")
    return value


def _speaker_ids(corpus: Corpus, name: str) -> list[int]:
    tokens = name_tokens(name)
    if not tokens:
        raise UsageError(f"speaker {name!r} holds no letters to match a name on")
    rows = corpus.connection.execute(
        "SELECT id, name_key FROM speakers WHERE surname_key = ?", (tokens[-1],)
    ).fetchall()
    return [speaker_id for speaker_id, key in rows if name_matches(name, key)]


# Words matched by more statements than this are looked for along the date index,
# newest first, instead of sorting every match by date.
_COMMON_MATCHES = 5_000


def _date_order_pays(corpus: Corpus, fts_words: str) -> str:
    """The index hint that makes a search for common words fast, or "" for rare ones."""
    matches = corpus.connection.execute(
        "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", (fts_words,)
    ).fetchone()[0]
    return " INDEXED BY statements_date" if matches > _COMMON_MATCHES else ""


def quotes(
    *,
    speaker: str | None = None,
    about: str | None = None,
    via: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = 100,
    db: Db = DEFAULT_DB,
) -> list[Quote]:
    """Statements matching every filter given, newest first.

    `speaker` matches forgivingly: "Lavrov", "sergei lavrov" and "Sergey
    Lavrov" all find Sergei Lavrov (the surname must be given). `about` holds
    words the statement's content must all contain (stemmed: "negotiations"
    finds "negotiate"). `via` is part of an outlet's name in the statement's
    via chain or channel ("TASS"). `since` and `until` are days, inclusive;
    `until` may be a month or a year ("2022-04"). `limit=None` returns all.
    """
    since, until = _day(since, "since"), _day(until, "until")
    where: list[str] = []
    args: list[Any] = []
    with _opened(db) as corpus:
        if speaker is not None:
            ids = _speaker_ids(corpus, speaker)
            if not ids:
                return []
            where.append(f"s.speaker_id IN ({', '.join('?' * len(ids))})")
            args += ids
        if about is not None:
            about_query = fts_query(about)
            where.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            args.append(about_query)
        if via is not None:
            where.append("(s.via LIKE ? ESCAPE '\\' OR s.channel_text LIKE ? ESCAPE '\\')")
            pattern = "%" + re.sub(r"([%_\\])", r"\\\1", via.strip()) + "%"
            args += [pattern, pattern]
        if since is not None:
            where.append("s.date >= ?")
            args.append(since)
        if until is not None:
            where.append("s.date < ?")
            args.append(until + "~")  # "~" sorts after digits: "2022-04" takes in all of April
        # Newest first; within a day, in the order stored (statement ids follow the text).
        order = " ORDER BY s.date DESC, s.id"
        condition = " WHERE " + " AND ".join(where) if where else ""
        if limit is not None:
            # Pick the ids first, from the (speaker_id, date) index alone, then fetch those rows.
            index = ""
            if about is not None and speaker is None and via is None:
                index = _date_order_pays(corpus, about_query)
            inner = f"SELECT s.id FROM statements s{index}{condition}{order} LIMIT ?"
            condition = f" WHERE s.id IN ({inner})"
            args.append(limit)
        sql = (
            "SELECT s.id, s.article_id, s.kind, sp.name, s.role, s.content, s.cue_text, "
            "s.channel_text, s.addressee_text, s.via, s.hedge_text, s.when_text, s.date, "
            "a.title, a.source, a.url, a.site FROM statements s "
            "JOIN articles a ON a.id = s.article_id "
            "LEFT JOIN speakers sp ON sp.id = s.speaker_id" + condition + order
        )
        return [Quote(*row) for row in corpus.connection.execute(sql, args)]


def speakers(*, limit: int | None = 50, db: Db = DEFAULT_DB) -> list[SpeakerCount]:
    """Who is quoted most: statements by kind, articles, first and last day."""
    sql = (
        "SELECT sp.name, count(*) AS n, sum(s.kind = 'direct'), sum(s.kind = 'indirect'), "
        "sum(s.kind = 'mixed'), count(DISTINCT s.article_id), min(s.date), max(s.date) "
        "FROM statements s JOIN speakers sp ON sp.id = s.speaker_id "
        "GROUP BY sp.id ORDER BY n DESC, sp.name"
    )
    args: list[Any] = []
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    with _opened(db) as corpus:
        return [SpeakerCount(*row) for row in corpus.connection.execute(sql, args)]


def search(words: str, *, limit: int = 20, db: Db = DEFAULT_DB) -> list[SearchHit]:
    """Articles holding all `words` (stemmed), best first, with a snippet of each."""
    with _opened(db) as corpus:
        return search_articles(corpus.connection, words, limit)


def show(key: int | str, *, db: Db = DEFAULT_DB) -> tuple[int, Article]:
    """The stored article `key` names (its id, or its source), and that id."""
    with _opened(db) as corpus:
        article_id = article_id_for(corpus.connection, key)
        return article_id, load_article(corpus.connection, article_id)
