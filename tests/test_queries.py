"""Who-said-what queries over a store of hand-built articles: quotes, speakers, search, show, export."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from tests.test_corpus import TEXT, make_article

from newstrace.cli import main
from newstrace.corpus import export, mark_statements, open_corpus, quotes, search, show, speakers
from newstrace.corpus.names import name_key, name_matches
from newstrace.errors import UsageError

README = Path(__file__).resolve().parents[1] / "README.md"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "corpus.db"
    other_text = TEXT.replace("Sergei Lavrov", "Dmitry Peskov")
    with open_corpus(path) as corpus:
        corpus.add(make_article())
        corpus.add(
            make_article(
                "peskov.txt",
                other_text,
                content_hash="p",
                speaker="Dmitry Peskov",
                published="2022-03-01",
                title="Kremlin spokesman speaks",
            )
        )
        corpus.add(
            make_article(
                "lavrov-may.txt",
                TEXT.replace("Reuters", "AFP").replace("Sergei", "Sergey"),
                content_hash="m",
                speaker="Sergey Lavrov",
                published="2022-05-20",
                via="AFP",
            )
        )
    return path


@pytest.mark.parametrize(
    ("query", "stored"),
    [
        ("Lavrov", "Sergei Lavrov"),
        ("sergei lavrov", "Sergei Lavrov"),
        ("Sergey Lavrov", "Sergei Lavrov"),
        ("LAVROV", "Sergei Lavrov"),
        ("S. Lavrov", "Sergei Lavrov"),
        ("Sergei Viktorovich Lavrov", "Lavrov"),
        ("Dmitriy Peskov", "Dmitry Peskov"),
        ("Yevgeny Prigozhin", "Evgeny Prigozhin"),
        ("Aleksandr Lukashenko", "Alexander Lukashenko"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("Jose Andres", "José Andrés"),
    ],
)
def test_speaker_names_match_forgivingly(query: str, stored: str) -> None:
    assert name_matches(query, name_key(stored))


@pytest.mark.parametrize(
    ("query", "stored"),
    [("Lavrova", "Sergei Lavrov"), ("Ivan Lavrov", "Sergei Lavrov"), ("Sergei", "Sergei Lavrov")],
)
def test_other_names_do_not_match(query: str, stored: str) -> None:
    assert not name_matches(query, name_key(stored))


def test_quotes_by_speaker_come_newest_first_with_via_and_dates(db: Path) -> None:
    found = quotes(speaker="sergei lavrov", db=db)
    assert {q.speaker for q in found} == {"Sergei Lavrov", "Sergey Lavrov"}
    assert [q.date for q in found] == sorted((q.date for q in found), reverse=True)
    first = next(q for q in found if q.content == "talks would go on" and q.source == "lavrov.txt")
    assert (first.via, first.date, first.when, first.cue) == (
        "Reuters",
        "2022-04-11",
        "on Monday",
        "said",
    )
    assert first.title == "Lavrov says talks go on"
    assert first.role == "Foreign minister"
    assert quotes(speaker="Peskov", db=db)[0].speaker == "Dmitry Peskov"
    assert quotes(speaker="Nobody", db=db) == []


def test_quotes_filter_by_words_outlet_and_dates(db: Path) -> None:
    about = quotes(about="negotiation", db=db)  # stemmed: finds "negotiations"
    assert {q.source for q in about} == {"lavrov.txt", "peskov.txt", "lavrov-may.txt"}
    assert all("negotiations" in q.content for q in about)
    assert {q.source for q in quotes(via="afp", db=db)} == {"lavrov-may.txt"}
    assert len(quotes(via="TASS", db=db)) == 3  # the channel counts as a way the words came
    april = quotes(since="2022-04-01", until="2022-04", db=db)
    assert {q.date for q in april} == {"2022-04-11", "2022-04-12"}
    both = quotes(speaker="Lavrov", since="2022-05-01", db=db)
    assert {q.source for q in both} == {"lavrov-may.txt"}
    assert len(quotes(limit=2, db=db)) == 2
    assert len(quotes(limit=None, db=db)) == 9


def test_bad_dates_and_empty_words_are_usage_errors(db: Path) -> None:
    with pytest.raises(UsageError, match="YYYY-MM-DD"):
        quotes(since="last week", db=db)
    with pytest.raises(UsageError, match="at least one word"):
        search('"" *', db=db)


def test_speakers_count_statements_by_kind_with_first_and_last_day(db: Path) -> None:
    counted = {c.name: c for c in speakers(db=db)}
    assert set(counted) == {"Sergei Lavrov", "Sergey Lavrov", "Dmitry Peskov"}
    lavrov = counted["Sergei Lavrov"]
    assert (lavrov.statements, lavrov.direct, lavrov.indirect, lavrov.mixed) == (2, 1, 1, 0)
    assert (lavrov.articles, lavrov.first, lavrov.last) == (1, "2022-04-11", "2022-04-12")


def test_search_ranks_articles_and_marks_words_in_snippets(db: Path) -> None:
    hits = search("Kremlin", db=db)
    assert [h.source for h in hits] == ["peskov.txt"]
    assert "[Kremlin]" in hits[0].snippet
    hits = search("patient negotiations", db=db)
    assert len(hits) == 3
    assert all("[patient]" in h.snippet for h in hits)
    assert search('minister" OR "x AND NOT (', db=db) == []  # query syntax is never passed through


def test_show_reads_an_article_back_and_marks_its_statements(db: Path) -> None:
    article_id, article = show("peskov.txt", db=db)
    assert show(article_id, db=db) == (article_id, article)
    marked = mark_statements(article)
    assert "⟦1 talks would go on⟧" in marked
    assert "⟨1 Foreign minister Dmitry Peskov⟩" in marked
    assert '"⟦2 We are patient people,⟧"' in marked
    assert "⟦3 More than 4.5 million refugees have fled⟧" in marked
    assert re.sub(r"⟦\d+ |⟨\d+ |⟧|⟩", "", marked) == article.text


def test_export_writes_jsonl_csv_and_parquet(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "quotes.jsonl"
    assert export("jsonl", output=out, db=db) == 9
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {"speaker", "content", "via", "date", "title", "source"} <= set(rows[0])
    assert export("csv", table="articles", output=tmp_path / "a.csv", db=db) == 3
    assert (tmp_path / "a.csv").read_text().startswith("id,source,content_hash")
    assert export("parquet", table="statements", output=tmp_path / "s.parquet", db=db) == 9
    table = pq.read_table(tmp_path / "s.parquet")
    assert table.num_rows == 9
    assert str(table.schema.field("confidence").type) == "double"
    with pytest.raises(UsageError, match="no table"):
        export("csv", table="articles_fts_data", db=db)
    with pytest.raises(UsageError, match="file"):
        export("parquet", db=db)


def test_cli_commands_print_tables_or_json_lines(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["quotes", "--speaker", "Lavrov", "--via", "Reuters", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2022-04-11  Sergei Lavrov (Foreign minister) — indirect, said" in out
    assert "via: Reuters" in out
    assert main(["quotes", "--speaker", "Lavrov", "--json", "--db", str(db)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 4
    assert main(["speakers", "--db", str(db)]) == 0
    assert "Dmitry Peskov" in capsys.readouterr().out
    assert main(["search", "Kremlin", "--db", str(db)]) == 0
    assert "[Kremlin]" in capsys.readouterr().out
    assert main(["show", "1", "--db", str(db)]) == 0
    assert "⟦1 talks would go on⟧" in capsys.readouterr().out
    assert main(["show", "1", "--json", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["statements"][0]["kind"] == "indirect"
    assert main(["export", "--format", "csv", "--table", "speakers", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith("id,name,name_key,surname_key")


def test_cli_errors_name_the_problem(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--db", str(tmp_path / "none.db")]) == 1
    assert "newstrace ingest" in capsys.readouterr().err
    db = tmp_path / "c.db"
    open_corpus(db).close()
    assert main(["show", "42", "--db", str(db)]) == 1
    assert main(["quotes", "--since", "soon", "--db", str(db)]) == 2


def readme_query() -> str:
    match = re.search(r"```sql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    if match is None:
        pytest.fail("README.md has no ```sql example query")
    return match.group(1)


def test_the_readme_query_runs_in_sqlite3(db: Path) -> None:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(readme_query()).fetchall()
    assert rows
    if shutil.which("sqlite3"):
        result = subprocess.run(
            ["sqlite3", "-readonly", str(db), readme_query()],
            capture_output=True,
            text=True,
            check=True,
        )
        assert len(result.stdout.splitlines()) == len(rows)


def _duckdb_with_sqlite() -> object:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is a dev dependency")
    connection = duckdb.connect()
    try:
        connection.execute("LOAD sqlite")
        return connection
    except duckdb.Error:
        pass
    try:  # the extension as packaged by duckdb-ext-sqlite, loaded without a download
        import duckdb_ext  # type: ignore[import-not-found]

        folder = Path(next(iter(duckdb_ext.__path__))) / "extensions"
        connection.execute(f"SET extension_directory = '{folder}'")
        connection.execute("LOAD sqlite")
    except (ImportError, StopIteration, duckdb.Error) as error:
        pytest.skip(f"DuckDB's sqlite extension cannot be loaded offline here: {error}")
    return connection


def test_the_database_and_the_readme_query_open_in_duckdb(db: Path) -> None:
    connection = _duckdb_with_sqlite()
    connection.execute(f"ATTACH '{db}' AS corpus (TYPE sqlite, READ_ONLY)")  # type: ignore[attr-defined]
    connection.execute("USE corpus")  # type: ignore[attr-defined]
    assert connection.execute("SELECT count(*) FROM statements").fetchone() == (9,)  # type: ignore[attr-defined]
    with sqlite3.connect(db) as plain:
        expected = plain.execute(readme_query()).fetchall()
    assert connection.execute(readme_query()).fetchall() == expected  # type: ignore[attr-defined]


def test_common_words_found_along_the_date_index_give_the_same_quotes(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newstrace.corpus import queries

    expected = [quotes(about=w, limit=2, db=db) for w in ("patient", "talks", "refugees fled")]
    monkeypatch.setattr(queries, "_COMMON_MATCHES", 0)
    assert [
        quotes(about=w, limit=2, db=db) for w in ("patient", "talks", "refugees fled")
    ] == expected
    assert expected[0]


def test_show_lists_each_statements_cue_channel_addressee_and_hedge() -> None:
    from dataclasses import replace

    from newstrace.corpus.render import format_show
    from newstrace.records import Span, Speaker, Statement

    text = "Ana Ruiz reportedly told reporters in a statement that talks would resume."
    statement = Statement(
        "indirect",
        (Span(55, 73),),
        Speaker("Ana Ruiz", "minister", "name"),
        source=Span(0, 8),
        cue=Span(20, 24),
        channel=Span(38, 49),
        addressee=Span(25, 34),
        hedge=Span(9, 19),
    )
    article = replace(
        make_article("ruiz.txt"), text=text, statements=(statement,), figures=(), problems=()
    )
    summary = format_show(1, article).splitlines()[-1]
    assert summary == (
        "[1] indirect: Ana Ruiz (minister) · cue told · channel a statement · to reporters"
        " · hedge reportedly"
    )
