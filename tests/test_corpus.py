"""The corpus store: schema and migrations, everything stored and read back, idempotence."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import replace
from pathlib import Path

import pytest

from newstrace.corpus import SCHEMA_VERSION, open_corpus
from newstrace.corpus.load import load_article
from newstrace.corpus.schema import MIGRATIONS
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

TEXT = (
    "Foreign minister Sergei Lavrov said on Monday that talks would go on, according to Reuters.\n\n"
    '"We are patient people," he told the agency TASS, adding that negotiations were hard.\n\n'
    "More than 4.5 million refugees have fled, the agency said."
)


def span(text: str, piece: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return Span(start, start + len(piece))


def make_article(
    source: str = "lavrov.txt",
    text: str = TEXT,
    *,
    content_hash: str | None = "hash-1",
    speaker: str = "Sergei Lavrov",
    published: str | None = "2022-04-12T01:09:52+05:30",
    title: str = "Lavrov says talks go on",
    via: str = "Reuters",
) -> Article:
    """A hand-built article with one of everything the analysis emits."""
    s = lambda piece, nth=0: span(text, piece, nth)  # noqa: E731
    paragraphs = tuple(
        Span(start, start + len(p)) for start, p in ((text.index(p), p) for p in text.split("\n\n"))
    )
    indirect = Statement(
        kind="indirect",
        content=(s("talks would go on"),),
        speaker=Speaker(speaker, "Foreign minister", "name"),
        source=s(f"Foreign minister {speaker}") if speaker in text else None,
        cue=s("said"),
        via=(s(via),),
        when=When(s("on Monday"), "2022-04-11"),
        confidence=0.9,
    )
    direct = Statement(
        kind="direct",
        content=(s("We are patient people,"), s("negotiations were hard")),
        speaker=Speaker(speaker, "Foreign minister", "pronoun"),
        source=s("he"),
        cue=s("told"),
        channel=s("the agency TASS"),
        addressee=s("the agency TASS"),
        hedge=None,
    )
    unattributed = Statement(
        kind="indirect", content=(s("More than 4.5 million refugees have fled"),)
    )
    return Article(
        source=source,
        text=text,
        paragraphs=paragraphs,
        title=title,
        dek="A standfirst",
        authors=("FP Staff", "Agencies"),
        published=published,
        modified="2022-04-12T02:00:00+05:30",
        language="en",
        site="Firstpost",
        url="https://example.org/a",
        canonical_url="https://example.org/a?c",
        fetched_at="2022-04-13T00:00:00Z",
        record_id="<urn:uuid:1>",
        content_hash=content_hash,
        images=(Image("File image of the minister.", "AP"), Image(None, None)),
        related=(Related("Other story", "World", "Summary", "https://example.org/b"),),
        sourcing=("With input from agencies",),
        removed=(Removed("Home", "navigation"), Removed("Share", "share")),
        statements=(indirect, direct, unattributed),
        entities=(
            Entity(
                speaker,
                "person",
                (
                    Mention(s(speaker)) if speaker in text else Mention(s("he")),
                    Mention(s("he"), "pronoun"),
                ),
            ),
            Entity("TASS", "outlet", (Mention(s("TASS"), "name", "the Russian state"),)),
        ),
        figures=(
            Figure(
                s("More than 4.5 million"),
                value=4_500_000,
                qualifier=">",
                counted=s("fled"),
                predicate=s("fled"),
                source="the agency",
                when=When(s("on Monday"), None),
            ),
        ),
        problems=(Problem(source, "analyze", "partial", "one step gave up"),),
    )


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_an_article_reads_back_exactly_as_stored(tmp_path: Path) -> None:
    article = make_article()
    with open_corpus(tmp_path / "c.db") as corpus:
        assert corpus.add(article) == "added"
        corpus.commit()
        assert load_article(corpus.connection, 1) == article


def test_span_texts_are_stored_beside_their_offsets(tmp_path: Path) -> None:
    with open_corpus(tmp_path / "c.db") as corpus:
        corpus.add(make_article())
        row = corpus.connection.execute(
            "SELECT content, cue_text, via, date, when_text, channel_text FROM statements "
            "ORDER BY position"
        ).fetchall()
    assert row[0] == ("talks would go on", "said", "Reuters", "2022-04-11", "on Monday", None)
    assert row[1][0] == "We are patient people, … negotiations were hard"
    assert row[1][3] == "2022-04-12"  # no time of its own: the article's publish day
    assert row[1][5] == "the agency TASS"


def test_the_same_input_again_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_corpus(db) as corpus:
        assert corpus.add(make_article()) == "added"
    before = {t: count(db, t) for t in ("articles", "statements", "speakers", "mentions")}
    with open_corpus(db) as corpus:
        assert corpus.add(make_article()) == "unchanged"
    assert {t: count(db, t) for t in before} == before
    assert before["statements"] == 3


def test_a_changed_input_replaces_its_rows_and_index_entries(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_corpus(db) as corpus:
        corpus.add(make_article())
        corpus.add(make_article("other.txt", content_hash="other"))
    changed_text = TEXT.replace("Sergei Lavrov", "Maria Zakharova") + " Prices rose."
    changed = make_article(text=changed_text, content_hash="hash-2", speaker="Maria Zakharova")
    with open_corpus(db) as corpus:
        assert corpus.add(changed) == "replaced"
        corpus.commit()
        connection = corpus.connection
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
        names = {n for (n,) in connection.execute("SELECT name FROM speakers")}
        assert names == {"Sergei Lavrov", "Maria Zakharova"}  # Lavrov is still in other.txt
        for index, word, hits in (("articles_fts", "prices", 1), ("statements_fts", "patient", 2)):
            found = connection.execute(
                f"SELECT count(*) FROM {index} WHERE {index} MATCH ?", (word,)
            ).fetchone()[0]
            assert found == hits
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for index in ("articles_fts", "statements_fts"):
            connection.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
        article_id = connection.execute(
            "SELECT id FROM articles WHERE source = 'lavrov.txt'"
        ).fetchone()[0]
        assert load_article(connection, article_id) == changed


def test_replacing_the_last_article_of_a_speaker_removes_the_speaker(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_corpus(db) as corpus:
        corpus.add(make_article())
        text = TEXT.replace("Sergei Lavrov", "Maria Zakharova")
        corpus.add(make_article(text=text, content_hash="h2", speaker="Maria Zakharova"))
    assert count(db, "speakers") == 1


def test_an_input_without_a_hash_is_stored_once_with_its_problem(tmp_path: Path) -> None:
    unreadable = Article(
        "gone.txt", problems=(Problem("gone.txt", "read", "not-found", "no file"),)
    )
    db = tmp_path / "c.db"
    outcomes = []
    for _ in range(2):
        with open_corpus(db) as corpus:
            outcomes.append(corpus.add(unreadable))
    assert outcomes == ["added", "unchanged"]
    assert count(db, "articles") == 1
    assert count(db, "problems") == 1


def test_a_new_database_is_at_the_latest_schema_in_wal_mode_with_foreign_keys(
    tmp_path: Path,
) -> None:
    with open_corpus(tmp_path / "c.db") as corpus:
        connection = corpus.connection
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        applied = connection.execute("SELECT number, name FROM migrations").fetchall()
    assert applied == [(m.number, m.name) for m in MIGRATIONS]


def test_reopening_applies_no_migration_twice(tmp_path: Path) -> None:
    for _ in range(2):
        open_corpus(tmp_path / "c.db").close()
    assert count(tmp_path / "c.db", "migrations") == len(MIGRATIONS)


def test_a_database_from_a_newer_newstrace_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    open_corpus(db).close()
    with sqlite3.connect(db) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer newstrace"):
        open_corpus(db)


def test_other_sqlite_databases_and_other_files_are_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE things (x)")
    with pytest.raises(StoreError, match="not a newstrace corpus"):
        open_corpus(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot be used"):
        open_corpus(junk)


def test_queries_do_not_create_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="newstrace ingest"):
        open_corpus(tmp_path / "missing.db", create=False)
    assert not (tmp_path / "missing.db").exists()


def test_readers_see_whole_batches_only(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with open_corpus(db, batch=2) as writer:
        writer.add(make_article("a.txt"))
        assert count(db, "articles") == 0  # the batch is open; a reader works meanwhile
        writer.add(make_article("b.txt"))
        assert count(db, "articles") == 2
        writer.add(make_article("c.txt"))
    assert count(db, "articles") == 3


def test_a_failing_article_rolls_back_its_whole_batch(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    untitled = Related(None)  # type: ignore[arg-type]  # breaks a NOT NULL column mid-insert
    broken = replace(make_article("broken.txt", content_hash="x"), related=(untitled,))
    with open_corpus(db, batch=10) as corpus:
        corpus.add(make_article("a.txt"))
        with pytest.raises(sqlite3.IntegrityError):
            corpus.add(broken)
        corpus.add(make_article("c.txt"))
    assert [s for (s,) in sqlite3.connect(db).execute("SELECT source FROM articles")] == ["c.txt"]


def test_queries_run_while_an_ingest_holds_a_batch_open(tmp_path: Path) -> None:
    from newstrace.corpus import quotes, speakers

    db = tmp_path / "c.db"
    with open_corpus(db) as first:
        first.add(make_article("a.txt"))
    with open_corpus(db, batch=100) as writer:
        writer.add(make_article("b.txt", content_hash="b"))
        started = time.monotonic()
        assert len(quotes(speaker="Lavrov", db=db)) == 2  # a.txt only: b.txt is not committed
        assert speakers(db=db)[0].articles == 1
        assert time.monotonic() - started < 5  # did not wait for the writer's lock
    assert len(quotes(speaker="Lavrov", db=db)) == 4
