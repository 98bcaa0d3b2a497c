"""The corpus store: one SQLite file, articles and everything found in them.

Opened with foreign keys on and in WAL mode, so readers (queries, Datasette,
DuckDB) work while an ingest writes. Writes go in batches, each one
transaction: a process killed at any moment leaves the articles of the batches
committed before, whole, and nothing of the batch it was in. An input is known
by its `source`; storing it again with the same content hash changes nothing,
with another hash its old rows are replaced in the same transaction.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from newstrace.corpus.names import name_key, surname_key
from newstrace.corpus.schema import migrate
from newstrace.errors import StoreError, UsageError
from newstrace.records import Article, Span, Statement, When

__all__ = ["BATCH_ARTICLES", "DEFAULT_DB", "Corpus", "Outcome", "open_corpus"]

DEFAULT_DB = "newstrace.db"
Outcome = Literal["added", "replaced", "unchanged"]

BATCH_ARTICLES = 50
_BATCH_SECONDS = 2.0
_BUSY_TIMEOUT_MS = 30_000
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_corpus(
    path: str | Path = DEFAULT_DB, *, create: bool = True, batch: int = BATCH_ARTICLES
) -> Corpus:
    """Open (and with `create`, make) the corpus database at `path`, migrated.

    Articles added are committed `batch` at a time (and at least every couple
    of seconds).
    """
    if batch < 1:
        raise UsageError(f"batch must be at least 1 article, not {batch}")
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(
            f"no corpus database at {path}: run `newstrace ingest PATH --db {path}` first"
        )
    try:
        connection = sqlite3.connect(path, isolation_level=None, timeout=_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise StoreError(f"cannot open {path}: {error}") from error
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            raise StoreError(f"{path}: the database cannot use WAL mode (it is in {mode} mode)")
        connection.execute("PRAGMA synchronous = NORMAL")
        migrate(connection, str(path))
    except sqlite3.DatabaseError as error:
        connection.close()
        raise StoreError(f"{path} cannot be used as a corpus database: {error}") from error
    except BaseException:
        connection.close()
        raise
    return Corpus(connection, path, batch)


class Corpus:
    """An open corpus database. Use as a context manager, or call `close`."""

    def __init__(
        self, connection: sqlite3.Connection, path: Path, batch: int = BATCH_ARTICLES
    ) -> None:
        self.connection = connection
        self.path = path
        self.batch = batch
        self._speaker_ids: dict[str, int] = {}
        self._pending = 0
        self._batch_started = 0.0

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Commit what is pending and close the connection."""
        self.commit()
        self.connection.close()

    # --- runs -------------------------------------------------------------

    def begin_run(self, version: str, settings: dict[str, Any]) -> int:
        """Record the start of an ingest; returns the run's id."""
        self.commit()
        cursor = self.connection.execute(
            "INSERT INTO runs (started, version, settings) VALUES (?, ?, ?)",
            (_now(), version, json.dumps(settings, ensure_ascii=False, sort_keys=True)),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, int]) -> None:
        """Record the end of an ingest and what it did."""
        self.commit()
        columns = ("inputs", "added", "replaced", "unchanged", "problems", "statements")
        self.connection.execute(
            f"UPDATE runs SET finished = ?, {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
            (_now(), *(counts.get(c, 0) for c in columns), run_id),
        )

    # --- writing ----------------------------------------------------------

    def stored_hash(self, source: str) -> tuple[bool, str | None]:
        """Whether `source` is stored, and the content hash it was stored with."""
        row = self.connection.execute(
            "SELECT content_hash FROM articles WHERE source = ?", (source,)
        ).fetchone()
        return (False, None) if row is None else (True, row[0])

    def add(self, article: Article, run_id: int | None = None, *, force: bool = False) -> Outcome:
        """Store `article` in the current batch; an unchanged input is left as it is.

        An input is unchanged when it is stored under the same source with the
        same content hash (or, when it could not be read, with the same
        problems). The batch commits every few articles or seconds; call
        `commit` to end it now. `force` replaces even an unchanged input.
        """
        stored, stored_hash = self.stored_hash(article.source)
        if (
            stored
            and not force
            and stored_hash == article.content_hash
            and (article.content_hash is not None or self._same_problems(article))
        ):
            return "unchanged"
        self._begin()
        try:
            if stored:
                self._delete(article.source)
            self._insert(article, run_id)
        except BaseException:
            self.rollback()
            raise
        self._pending += 1
        if self._pending >= self.batch or time.monotonic() - self._batch_started >= _BATCH_SECONDS:
            self.commit()
        return "replaced" if stored else "added"

    def _same_problems(self, article: Article) -> bool:
        """Whether `article`, unread, failed just as its stored record did."""
        stored = self.connection.execute(
            "SELECT p.stage, p.code, p.message FROM problems p JOIN articles a "
            "ON a.id = p.article_id WHERE a.source = ? AND a.text = '' ORDER BY p.position",
            (article.source,),
        ).fetchall()
        return not article.text and stored == [
            (p.stage, p.code, p.message) for p in article.problems
        ]

    def commit(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("COMMIT")
        self._pending = 0

    def rollback(self) -> None:
        if self.connection.in_transaction:
            self.connection.execute("ROLLBACK")
        self._pending = 0
        self._speaker_ids.clear()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around the block: all of it is stored, or none."""
        self.commit()
        self._begin()
        try:
            yield
        except BaseException:
            self.rollback()
            raise
        self.commit()

    def _begin(self) -> None:
        if not self.connection.in_transaction:
            self.connection.execute("BEGIN IMMEDIATE")
            self._batch_started = time.monotonic()

    def _delete(self, source: str) -> None:
        speaker_ids = [
            row[0]
            for row in self.connection.execute(
                "SELECT DISTINCT s.speaker_id FROM statements s JOIN articles a "
                "ON a.id = s.article_id WHERE a.source = ? AND s.speaker_id IS NOT NULL",
                (source,),
            )
        ]
        self.connection.execute("DELETE FROM articles WHERE source = ?", (source,))
        for speaker_id in speaker_ids:
            cursor = self.connection.execute(
                "DELETE FROM speakers WHERE id = ? "
                "AND NOT EXISTS (SELECT 1 FROM statements WHERE speaker_id = ?)",
                (speaker_id, speaker_id),
            )
            if cursor.rowcount:
                self._speaker_ids = {k: v for k, v in self._speaker_ids.items() if v != speaker_id}

    def _insert(self, article: Article, run_id: int | None) -> None:
        execute, many = self.connection.execute, self.connection.executemany
        text = article.text
        cursor = execute(
            "INSERT INTO articles (source, content_hash, run_id, title, dek, authors, published, "
            "modified, language, site, url, canonical_url, fetched_at, record_id, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.source,
                article.content_hash,
                run_id,
                article.title,
                article.dek,
                "; ".join(article.authors),
                article.published,
                article.modified,
                article.language,
                article.site,
                article.url,
                article.canonical_url,
                article.fetched_at,
                article.record_id,
                text,
            ),
        )
        aid = cursor.lastrowid
        many(
            "INSERT INTO authors VALUES (?, ?, ?)",
            [(aid, i, name) for i, name in enumerate(article.authors)],
        )
        many(
            'INSERT INTO paragraphs (article_id, position, start, "end") VALUES (?, ?, ?, ?)',
            [(aid, i, p.start, p.end) for i, p in enumerate(article.paragraphs)],
        )
        many(
            "INSERT INTO images VALUES (?, ?, ?, ?)",
            [(aid, i, im.caption, im.credit) for i, im in enumerate(article.images)],
        )
        many(
            "INSERT INTO related VALUES (?, ?, ?, ?, ?, ?)",
            [(aid, i, r.title, r.section, r.summary, r.url) for i, r in enumerate(article.related)],
        )
        many(
            "INSERT INTO sourcing VALUES (?, ?, ?)",
            [(aid, i, line) for i, line in enumerate(article.sourcing)],
        )
        many(
            "INSERT INTO removed VALUES (?, ?, ?, ?)",
            [(aid, i, r.text, r.reason) for i, r in enumerate(article.removed)],
        )
        many(
            "INSERT INTO problems VALUES (?, ?, ?, ?, ?)",
            [(aid, i, p.stage, p.code, p.message) for i, p in enumerate(article.problems)],
        )
        day = article.published[:10] if article.published else None
        day = day if day and _ISO_DAY.fullmatch(day) else None
        for i, statement in enumerate(article.statements):
            self._insert_statement(aid, i, statement, text, day)
        for i, entity in enumerate(article.entities):
            entity_id = execute(
                "INSERT INTO entities (article_id, position, name, kind) VALUES (?, ?, ?, ?)",
                (aid, i, entity.name, entity.kind),
            ).lastrowid
            many(
                'INSERT INTO mentions (entity_id, position, start, "end", text, kind, stands_for) '
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (entity_id, j, m.span.start, m.span.end, m.span.of(text), m.kind, m.stands_for)
                    for j, m in enumerate(entity.mentions)
                ],
            )
        many(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)",
            [
                (
                    aid,
                    i,
                    f.span.start,
                    f.span.end,
                    f.span.of(text),
                    f.value,
                    f.low,
                    f.high,
                    f.magnitude,
                    f.unit,
                    f.qualifier,
                    *_span_columns(f.counted, text),
                    *_span_columns(f.predicate, text),
                    f.source,
                    *_when_columns(f.when, text),
                )
                for i, f in enumerate(article.figures)
            ],
        )

    def _insert_statement(
        self,
        article_id: int | None,
        position: int,
        statement: Statement,
        text: str,
        day: str | None,
    ) -> None:
        speaker = statement.speaker
        speaker_id = self._speaker_id(speaker.name) if speaker.name else None
        pieces = [span.of(text) for span in statement.content]
        when = statement.when
        cursor = self.connection.execute(
            "INSERT INTO statements (article_id, position, kind, speaker_id, role, mention, "
            'content, start, "end", source_start, source_end, source_text, cue_start, cue_end, '
            "cue_text, channel_start, channel_end, channel_text, addressee_start, addressee_end, "
            "addressee_text, hedge_start, hedge_end, hedge_text, when_start, when_end, when_text, "
            "when_date, via, date, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article_id,
                position,
                statement.kind,
                speaker_id,
                speaker.role,
                speaker.mention,
                " … ".join(pieces),
                min((s.start for s in statement.content), default=0),
                max((s.end for s in statement.content), default=0),
                *_span_columns(statement.source, text),
                *_span_columns(statement.cue, text),
                *_span_columns(statement.channel, text),
                *_span_columns(statement.addressee, text),
                *_span_columns(statement.hedge, text),
                *_when_columns(when, text),
                "; ".join(v.of(text) for v in statement.via) or None,
                (when.date if when and when.date else None) or day,
                statement.confidence,
            ),
        )
        sid = cursor.lastrowid
        self.connection.executemany(
            'INSERT INTO statement_content (statement_id, position, start, "end") '
            "VALUES (?, ?, ?, ?)",
            [(sid, i, s.start, s.end) for i, s in enumerate(statement.content)],
        )
        self.connection.executemany(
            'INSERT INTO statement_via (statement_id, position, start, "end", text) '
            "VALUES (?, ?, ?, ?, ?)",
            [(sid, i, v.start, v.end, v.of(text)) for i, v in enumerate(statement.via)],
        )

    def _speaker_id(self, name: str) -> int:
        cached = self._speaker_ids.get(name)
        if cached is not None:
            return cached
        row = self.connection.execute("SELECT id FROM speakers WHERE name = ?", (name,)).fetchone()
        if row is None:
            cursor = self.connection.execute(
                "INSERT INTO speakers (name, name_key, surname_key) VALUES (?, ?, ?)",
                (name, name_key(name), surname_key(name)),
            )
            assert cursor.lastrowid is not None
            row = (cursor.lastrowid,)
        self._speaker_ids[name] = row[0]
        return int(row[0])


def _span_columns(span: Span | None, text: str) -> Sequence[int | str | None]:
    return (None, None, None) if span is None else (span.start, span.end, span.of(text))


def _when_columns(when: When | None, text: str) -> Sequence[int | str | None]:
    if when is None:
        return (None, None, None, None)
    return (*_span_columns(when.span, text), when.date)
