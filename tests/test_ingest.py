"""`newstrace ingest` end to end: every input stored once, as an article or a problem."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import CLEAN_BODY, WHOLE_PAGE
from tests.test_kill_resume import canonical_dump

from newstrace.cli import main
from newstrace.corpus import ingest, quotes, search
from newstrace.records import Article


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "bridge.txt").write_text(WHOLE_PAGE, encoding="utf-8")
    (folder / "harvest.txt").write_text(CLEAN_BODY, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def test_every_input_is_stored_once_and_a_second_run_adds_nothing(
    inputs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    missing = str(tmp_path / "missing.txt")
    first = ingest([str(inputs), missing], db=db)
    assert (first.inputs, first.added, first.replaced, first.unchanged) == (4, 4, 0, 0)
    assert first.problems["empty"] == 1 and first.problems["not-found"] == 1
    dump = canonical_dump(db)
    assert len(dump["articles"]) == 4
    problems = {(row[0].rsplit("/", 1)[-1], row[3]) for row in dump["problems"]}
    assert {("empty.txt", "empty"), ("missing.txt", "not-found")} <= problems

    second = ingest([str(inputs), missing], db=db)
    assert (second.inputs, second.added, second.replaced, second.unchanged) == (4, 0, 0, 4)
    assert canonical_dump(db) == dump

    with sqlite3.connect(db) as connection:
        runs = connection.execute(
            "SELECT finished IS NOT NULL, version, settings, inputs, added, unchanged FROM runs"
        ).fetchall()
    assert [(r[0], r[3], r[4], r[5]) for r in runs] == [(1, 4, 4, 0), (1, 4, 0, 4)]
    settings = json.loads(runs[0][2])
    assert settings["paths"] == [str(inputs), missing] and settings["jobs"] == 1


def test_a_changed_input_is_replaced_and_queries_see_the_new_text(
    inputs: Path, tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    ingest([str(inputs)], db=db)
    assert quotes(speaker="Holm", db=db)  # "... every day," said deputy mayor Lars Holm
    page = inputs / "bridge.txt"
    page.write_text(WHOLE_PAGE.replace("Lars Holm", "Lars Dahl"), encoding="utf-8")
    counts = ingest([str(inputs)], db=db)
    assert (counts.replaced, counts.unchanged) == (1, 2)
    assert quotes(speaker="Holm", db=db) == []
    found = quotes(speaker="lars dahl", db=db)
    assert found and "relief" in found[0].content
    assert found[0].title == "Council votes to reopen the old river bridge to cyclists"
    assert search("corrosion arches", db=db)[0].source == str(page)


def test_force_analyses_stored_inputs_again(inputs: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    ingest([str(inputs)], db=db)
    dump = canonical_dump(db)
    counts = ingest([str(inputs)], db=db, force=True)
    assert (counts.replaced, counts.unchanged) == (3, 0)
    assert canonical_dump(db) == dump


def test_the_steps_can_be_replaced(inputs: Path, tmp_path: Path) -> None:
    from newstrace.api import extraction_steps

    counts = ingest([str(inputs)], db=tmp_path / "c.db", steps=extraction_steps())
    assert counts.statements == 0 and counts.articles == 2


def test_cli_ingest_prints_a_summary_and_json_counts(
    inputs: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "c.db"
    assert main(["ingest", str(inputs), "--db", str(db), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["added"] == 3
    assert "3 inputs: 3 added, 0 replaced, 0 unchanged" in captured.err
    assert main(["ingest", str(tmp_path / "nothing-here"), "--db", str(db)]) == 1  # none read
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    assert main(["ingest", str(empty), "--db", str(db)]) == 1
    assert "no input found" in capsys.readouterr().err


def test_stored_articles_equal_what_analyze_returns(inputs: Path, tmp_path: Path) -> None:
    from newstrace.api import analyze
    from newstrace.corpus import show

    db = tmp_path / "c.db"
    ingest([str(inputs)], db=db)
    for article in analyze([str(inputs)]):
        stored: Article = show(article.source, db=db)[1]
        assert stored == article


def test_demo_ingests_the_examples_and_prints_speakers_and_quotes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "$ newstrace speakers" in out and "$ newstrace quotes --speaker" in out
    assert "3 inputs: 3 articles" in out and "(3 added this run)" in out
    assert quotes(db=db, limit=None)
    assert main(["demo", "--db", str(db)]) == 0
    assert "(0 added this run)" in capsys.readouterr().out
