"""Export a corpus table (or the ``quotes`` view) as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newstrace.corpus.queries import Db, _opened
from newstrace.corpus.store import DEFAULT_DB
from newstrace.errors import UsageError

__all__ = ["EXPORT_FORMATS", "export", "export_tables"]

EXPORT_FORMATS = ("jsonl", "csv", "parquet")
_CHUNK = 10_000


def export_tables(connection: sqlite3.Connection) -> list[str]:
    """The tables and views a user may export (not the search indexes' internals)."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
        "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name"
    )
    return [name for (name,) in rows]


def _chunks(cursor: sqlite3.Cursor) -> Iterator[list[tuple[Any, ...]]]:
    while rows := cursor.fetchmany(_CHUNK):
        yield rows


def export(
    format: str = "jsonl",
    *,
    table: str = "quotes",
    output: str | Path | TextIO | None = None,
    db: Db = DEFAULT_DB,
) -> int:
    """Write every row of `table` to `output` (a path, a text stream, or stdout).

    `format` is ``jsonl``, ``csv`` or ``parquet`` (Parquet needs a path). The
    default table is the ``quotes`` view: statements with speaker, via, date
    and their article's title and source. Returns the number of rows written.
    """
    if format not in EXPORT_FORMATS:
        raise UsageError(
            f"export format must be one of {', '.join(EXPORT_FORMATS)}, not {format!r}"
        )
    if format == "parquet" and not isinstance(output, str | Path):
        raise UsageError("Parquet is binary: give a file to write it to (--output FILE)")
    with _opened(db) as corpus:
        tables = export_tables(corpus.connection)
        if table not in tables:
            raise UsageError(f"no table {table!r} to export; the tables are: {', '.join(tables)}")
        cursor = corpus.connection.execute(f'SELECT * FROM "{table}"')
        columns = [d[0] for d in cursor.description]
        if format == "parquet":
            assert isinstance(output, str | Path)
            types = {
                name: declared
                for _, name, declared, *_ in corpus.connection.execute(
                    f'PRAGMA table_info("{table}")'
                )
            }
            return _write_parquet(cursor, columns, types, Path(output))
        if isinstance(output, str | Path):
            try:
                with open(output, "w", encoding="utf-8", newline="") as stream:
                    return _write_text(cursor, columns, format, stream)
            except OSError as error:
                raise UsageError(f"cannot write {output}: {error.strerror}") from error
        return _write_text(cursor, columns, format, output or sys.stdout)


def _write_text(cursor: sqlite3.Cursor, columns: list[str], format: str, out: TextIO) -> int:
    count = 0
    writer = csv.writer(out) if format == "csv" else None
    if writer is not None:
        writer.writerow(columns)
    for rows in _chunks(cursor):
        for row in rows:
            if writer is not None:
                writer.writerow(row)
            else:
                out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
                out.write("\n")
        count += len(rows)
    return count


def _write_parquet(
    cursor: sqlite3.Cursor, columns: list[str], declared: dict[str, str], path: Path
) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    def arrow_type(name: str) -> Any:
        kind = declared.get(name, "").upper()
        if "INT" in kind:
            return pa.int64()
        if "REAL" in kind or "FLOA" in kind or "DOUB" in kind:
            return pa.float64()
        return pa.string()

    schema = pa.schema([(name, arrow_type(name)) for name in columns])
    strings = [schema.field(name).type == pa.string() for name in columns]
    count = 0
    try:
        with pq.ParquetWriter(path, schema) as writer:
            for rows in _chunks(cursor):
                arrays = [
                    [
                        None if row[i] is None else str(row[i]) if strings[i] else row[i]
                        for row in rows
                    ]
                    for i in range(len(columns))
                ]
                writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
                count += len(rows)
            if not count:
                writer.write_table(schema.empty_table())
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error}") from error
    return count
