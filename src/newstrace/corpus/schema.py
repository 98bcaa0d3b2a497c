"""The corpus schema, as numbered migrations recorded in the database.

`PRAGMA user_version` holds the number of the last migration applied, and the
``migrations`` table says when each was applied. `migrate` applies the missing
ones on open, each in its own transaction; a database whose version is higher
than this newstrace knows is refused rather than misread.

Offsets (``*_start``, ``*_end``) are character offsets into ``articles.text``
(``substr(text, start + 1, end - start)`` in SQL); the ``*_text`` columns hold
the same pieces as text, so that queries need no arithmetic (a statement's
content pieces, joined with " … ", are in ``statements.content``).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import NamedTuple

from newstrace.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "Migration", "migrate"]


class Migration(NamedTuple):
    number: int
    name: str
    sql: str


_INITIAL = """
CREATE TABLE migrations (
    number INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied TEXT NOT NULL
);

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    version TEXT NOT NULL,
    settings TEXT NOT NULL,
    inputs INTEGER NOT NULL DEFAULT 0,
    added INTEGER NOT NULL DEFAULT 0,
    replaced INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    problems INTEGER NOT NULL DEFAULT 0,
    statements INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT,
    run_id INTEGER REFERENCES runs (id),
    title TEXT,
    dek TEXT,
    authors TEXT NOT NULL DEFAULT '',
    published TEXT,
    modified TEXT,
    language TEXT,
    site TEXT,
    url TEXT,
    canonical_url TEXT,
    fetched_at TEXT,
    record_id TEXT,
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX articles_hash ON articles (content_hash);

CREATE TABLE authors (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE paragraphs (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE images (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    caption TEXT,
    credit TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE related (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    section TEXT,
    summary TEXT,
    url TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE sourcing (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    line TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE removed (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE problems (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    stage TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    PRIMARY KEY (article_id, position)
);
CREATE INDEX problems_code ON problems (code);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    name_key TEXT NOT NULL,
    surname_key TEXT NOT NULL
);
CREATE INDEX speakers_surname ON speakers (surname_key);

CREATE TABLE statements (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker_id INTEGER REFERENCES speakers (id),
    role TEXT,
    mention TEXT NOT NULL,
    content TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    source_start INTEGER, source_end INTEGER, source_text TEXT,
    cue_start INTEGER, cue_end INTEGER, cue_text TEXT,
    channel_start INTEGER, channel_end INTEGER, channel_text TEXT,
    addressee_start INTEGER, addressee_end INTEGER, addressee_text TEXT,
    hedge_start INTEGER, hedge_end INTEGER, hedge_text TEXT,
    when_start INTEGER, when_end INTEGER, when_text TEXT, when_date TEXT,
    via TEXT,
    date TEXT,
    confidence REAL NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX statements_speaker_date ON statements (speaker_id, date);
CREATE INDEX statements_date ON statements (date);

CREATE TABLE statement_content (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    PRIMARY KEY (statement_id, position)
);

CREATE TABLE statement_via (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (statement_id, position)
);

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    UNIQUE (article_id, position)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE mentions (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    stands_for TEXT,
    PRIMARY KEY (entity_id, position)
);

CREATE TABLE figures (
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    value REAL, low REAL, high REAL,
    magnitude TEXT, unit TEXT, qualifier TEXT NOT NULL,
    counted_start INTEGER, counted_end INTEGER, counted_text TEXT,
    predicate_start INTEGER, predicate_end INTEGER, predicate_text TEXT,
    source TEXT,
    when_start INTEGER, when_end INTEGER, when_text TEXT, when_date TEXT,
    PRIMARY KEY (article_id, position)
);

CREATE VIEW quotes AS
SELECT s.id AS statement_id, s.article_id, s.position, s.kind,
       sp.name AS speaker, s.role, s.content, s.cue_text AS cue,
       s.channel_text AS channel, s.addressee_text AS addressee, s.via,
       s.hedge_text AS hedge, s.when_text, s.date,
       a.title, a.source, a.url, a.site, a.published
FROM statements s
JOIN articles a ON a.id = s.article_id
LEFT JOIN speakers sp ON sp.id = s.speaker_id;

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title, text, content='articles', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;

CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, content='statements', content_rowid='id',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content)
    VALUES ('delete', old.id, old.content);
END;
"""

MIGRATIONS: tuple[Migration, ...] = (Migration(1, "initial", _INITIAL),)
SCHEMA_VERSION = MIGRATIONS[-1].number


def migrate(connection: sqlite3.Connection, path: str) -> None:
    """Bring the database at `path` to `SCHEMA_VERSION`, or refuse it.

    `connection` must be in autocommit mode (``isolation_level=None``); each
    migration runs in its own transaction together with the version bump.
    """
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path} has corpus schema version {version}, written by a newer newstrace; "
            f"this one knows up to version {SCHEMA_VERSION}: upgrade newstrace to open it"
        )
    if version == 0:
        tables = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        if tables:
            raise StoreError(
                f"{path} is an SQLite database, but not a newstrace corpus; "
                "give --db a new file name"
            )
    for migration in MIGRATIONS:
        if migration.number <= version:
            continue
        applied = datetime.now(UTC).isoformat(timespec="seconds")
        connection.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            current = connection.execute("PRAGMA user_version").fetchone()[0]
            if current >= migration.number:
                connection.execute("ROLLBACK")
                continue
            for statement in _statements(migration.sql):
                connection.execute(statement)
            connection.execute(
                "INSERT INTO migrations (number, name, applied) VALUES (?, ?, ?)",
                (migration.number, migration.name, applied),
            )
            connection.execute(f"PRAGMA user_version = {migration.number}")
            connection.execute("COMMIT")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (triggers keep their inner semicolons)."""
    statements, pending = [], ""
    for line in sql.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL at the end of a migration: {pending.strip()[:60]}")
    return statements
