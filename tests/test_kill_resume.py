"""`kill -9` at random moments during `newstrace ingest`; running it again completes the work.

The real command is killed (SIGKILL to its process group) at least 20 times,
in two lanes of databases at once, after a random delay: into its start-up
(schema, model loading), or into the time it stores articles. After each kill
the database must be consistent and hold only whole articles, each equal to
an uninterrupted run's; a run that ends by itself, and a last one per lane
(one of them with two worker processes), must leave every table equal to the
uninterrupted run's.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KILLS, INPUTS, LANES = 20, 24, 2
PEOPLE = [
    ("Anna Berg", "the harbour master"),
    ("Tomas Reyes", "the city engineer"),
    ("Lena Okafor", "a union spokeswoman"),
    ("Piotr Walsh", "the regional governor"),
    ("Mira Solberg", "the school principal"),
]
TOPICS = [
    "the ferry timetable",
    "the new bridge",
    "water prices",
    "the night trains",
    "the library",
]

# Every table, its rows keyed by what survives a re-run (sources, positions, names), not row ids.
CANONICAL = {
    "articles": "SELECT source, content_hash, title, dek, authors, published, modified, language, "
    "site, url, canonical_url, fetched_at, record_id, text FROM articles",
    "statements": "SELECT a.source, s.position, s.kind, sp.name, s.role, s.mention, s.content, "
    's.start, s."end", s.source_text, s.cue_text, s.channel_text, s.addressee_text, s.hedge_text, '
    "s.when_text, s.when_date, s.via, s.date, s.confidence FROM statements s "
    "JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id",
    "statement_content": 'SELECT a.source, s.position, c.position, c.start, c."end" '
    "FROM statement_content c JOIN statements s ON s.id = c.statement_id "
    "JOIN articles a ON a.id = s.article_id",
    "statement_via": 'SELECT a.source, s.position, v.position, v.start, v."end", v.text '
    "FROM statement_via v JOIN statements s ON s.id = v.statement_id "
    "JOIN articles a ON a.id = s.article_id",
    "speakers": "SELECT name, name_key, surname_key FROM speakers",
    "entities": "SELECT a.source, e.position, e.name, e.kind FROM entities e "
    "JOIN articles a ON a.id = e.article_id",
    "mentions": 'SELECT a.source, e.position, m.position, m.start, m."end", m.kind, m.stands_for '
    "FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = e.article_id",
    **{
        table: f"SELECT a.source, t.* FROM {table} t JOIN articles a ON a.id = t.article_id"
        for table in (
            "authors",
            "paragraphs",
            "images",
            "related",
            "sourcing",
            "removed",
            "problems",
            "figures",
        )
    },
}


def canonical_dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, with row ids replaced by the keys that identify them."""
    with sqlite3.connect(db) as connection:
        dump = {}
        for table, sql in CANONICAL.items():
            rows = connection.execute(sql).fetchall()
            if table not in ("articles", "speakers", "statements", "entities", "mentions"):
                rows = [(row[0], *row[2:]) for row in rows]  # drop the article id
            dump[table] = sorted(rows, key=repr)
        return dump


def by_source(dump: dict[str, list[tuple[Any, ...]]], sources: set[str]) -> dict[str, list[Any]]:
    return {
        table: [row for row in rows if row[0] in sources]
        for table, rows in dump.items()
        if table != "speakers"
    }


def check_consistent(db: Path) -> None:
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for index in ("articles_fts", "statements_fts"):
            connection.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")


def write_inputs(folder: Path, count: int) -> None:
    folder.mkdir()
    for i in range(count):
        name, role = PEOPLE[i % len(PEOPLE)]
        topic = TOPICS[(i // len(PEOPLE)) % len(TOPICS)]
        (folder / f"story-{i:02d}.txt").write_text(
            f"Council debates {topic} for the {i + 1}th time\n\n"
            f"By Desk Reporter {i}\n\n"
            f"The council met on Tuesday to discuss {topic}, which has divided the town "
            f"for months, and {i + 2} members asked for a public vote.\n\n"
            f'"We cannot wait another year for {topic}," said {name}, {role}.\n\n'
            f"{name.split()[1]} told local radio that the plan would cost about "
            f"{(i + 3) * 10} thousand euros, according to the Valley Post.\n\n"
            "A decision is expected next month, officials said.\n",
            encoding="utf-8",
        )
    (folder / "empty.txt").write_text("", encoding="utf-8")


def command(inputs: Path, db: Path, batch: int, jobs: int = 1) -> list[str]:
    newstrace = shutil.which("newstrace") or str(Path(sys.executable).parent / "newstrace")
    return [
        newstrace,
        "ingest",
        str(inputs),
        "--db",
        str(db),
        "--batch",
        str(batch),
        "--jobs",
        str(jobs),
    ]


def run_to_end(args: list[str]) -> None:
    subprocess.run(args, check=True, capture_output=True, timeout=300)


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            return int(connection.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.Error:  # not created yet, or its schema not yet committed
        return 0


def timed_reference(args: list[str], db: Path) -> tuple[float, float]:
    """Run to the end; return (seconds until the first article was stored, seconds after)."""
    started = time.monotonic()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = None
    while process.poll() is None:
        if first is None and stored(db):
            first = time.monotonic()
        time.sleep(0.005)
    assert process.returncode == 0
    ended = time.monotonic()
    first = first or ended
    return first - started, ended - first


@dataclass
class Lane:
    """One sequence of kills and re-runs on databases of its own."""

    inputs: Path
    folder: Path
    expected: dict[str, list[tuple[Any, ...]]]
    startup: float
    storing: float
    seed: int
    kills: int = 0
    after_kill: list[int] = field(default_factory=list)

    def run(self, wanted: int, final_jobs: int) -> None:
        rng = random.Random(self.seed)
        rounds = 0
        db = self.folder / "round-0.db"
        for _ in range(wanted * 3):
            if self.kills >= wanted:
                break
            if self.kill_once(rng, db):
                continue
            rounds += 1
            db = self.folder / f"round-{rounds}.db"
        run_to_end(command(self.inputs, db, batch=5, jobs=final_jobs))
        check_consistent(db)
        assert canonical_dump(db) == self.expected, f"seed {self.seed}"

    def kill_once(self, rng: random.Random, db: Path) -> bool:
        """Start the command and kill it; False when it finished first (checked too)."""
        before = stored(db)
        process = subprocess.Popen(
            command(self.inputs, db, batch=rng.choice([1, 2, 3, 7, 50])),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        if rng.random() < 0.2:  # while it starts: creating the schema, loading the model
            time.sleep(rng.uniform(0.0, self.startup))
        else:  # while it stores: wait for its first article, then a random part of the rest
            while process.poll() is None and stored(db) == before:
                time.sleep(0.005)
            time.sleep(rng.uniform(0.0, self.storing))
        with contextlib.suppress(ProcessLookupError):  # it may end just before the kill
            os.killpg(process.pid, signal.SIGKILL)
        if process.wait() != -signal.SIGKILL:
            assert process.returncode == 0, f"the command failed by itself (seed {self.seed})"
            check_consistent(db)
            assert canonical_dump(db) == self.expected, f"seed {self.seed}"
            return False
        self.kills += 1
        if db.exists():
            check_consistent(db)
            dump = canonical_dump(db)
            sources = {row[0] for row in dump["articles"]}
            self.after_kill.append(len(sources))
            assert by_source(dump, sources) == by_source(self.expected, sources), self.seed
            assert set(dump["speakers"]) <= set(self.expected["speakers"]), self.seed
        return True


def test_kill_9_at_random_moments_then_rerun_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    inputs = tmp_path / "inputs"
    write_inputs(inputs, INPUTS)
    reference = tmp_path / "reference.db"
    startup, storing = timed_reference(command(inputs, reference, batch=1), reference)
    expected = canonical_dump(reference)
    assert len(expected["articles"]) == INPUTS + 1
    assert expected["statements"], "the analysis found no statements to store"

    seed = random.randrange(2**32)
    lanes = []
    for number in range(LANES):
        folder = tmp_path / f"lane-{number}"
        folder.mkdir()
        lanes.append(Lane(inputs, folder, expected, startup, storing, seed + number))
    # Two lanes at once: each command is mostly one busy core (loading and running spaCy).
    with ThreadPoolExecutor(LANES) as pool:
        done = [
            pool.submit(lane.run, -(-KILLS // LANES), final_jobs=1 + number % 2)
            for number, lane in enumerate(lanes)
        ]
        for future in done:
            future.result()
    kills = sum(lane.kills for lane in lanes)
    after_kill = [n for lane in lanes for n in lane.after_kill]
    print(f"seed {seed}: {kills} kills; articles stored after each: {after_kill}")
    assert kills >= KILLS, f"only {kills} runs were killed before they finished (seed {seed})"
    assert any(0 < n < INPUTS + 1 for n in after_kill), f"no kill left a partial store ({seed})"
