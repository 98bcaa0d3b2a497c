"""The corpus commands of the `newstrace` CLI: thin over `newstrace.corpus`.

`add_corpus_commands` adds ``ingest``, ``quotes``, ``speakers``, ``search``,
``show`` and ``export`` to the CLI's subparsers; `run_corpus_command` runs one
and returns the exit status (None when the command is not one of these).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from typing import Any, TextIO

from newstrace.corpus.export import EXPORT_FORMATS, export
from newstrace.corpus.ingest import IngestCounts, ingest
from newstrace.corpus.queries import quotes, search, show, speakers
from newstrace.corpus.render import format_hits, format_quotes, format_show, format_speakers
from newstrace.corpus.store import BATCH_ARTICLES, DEFAULT_DB
from newstrace.jsonform import article_to_json
from newstrace.sources import ReadStats

__all__ = ["CORPUS_COMMANDS", "add_corpus_commands", "run_corpus_command"]

CORPUS_COMMANDS = ("ingest", "quotes", "speakers", "search", "show", "export")


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, not {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected 0 or more, not {number}")
    return number


def _positive(value: str) -> int:
    number = _count(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, not {number}")
    return number


def _common(parser: argparse.ArgumentParser, *, json_flag: bool = True) -> None:
    parser.add_argument(
        "--db", default=DEFAULT_DB, metavar="FILE", help=f"corpus database (default: {DEFAULT_DB})"
    )
    if json_flag:
        parser.add_argument(
            "--json", action="store_true", help="JSON Lines for machines, not a readable table"
        )


def add_corpus_commands(commands: Any) -> None:
    """Add the corpus commands to `commands` (what `add_subparsers` returned)."""
    cmd = commands.add_parser(
        "ingest",
        help="analyse pages and store them in the corpus database",
        description="Extract and analyse each input and store everything found in the corpus "
        "database. Inputs already stored with the same content are skipped, so running the same "
        "command again after an interruption finishes the work.",
    )
    cmd.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    cmd.add_argument(
        "--plain", action="store_true", help="the inputs are already clean article bodies"
    )
    cmd.add_argument("--format", metavar="F", help="input format, where it cannot be told")
    cmd.add_argument("--jobs", type=_positive, default=1, metavar="N", help="worker processes")
    cmd.add_argument(
        "--batch",
        type=_positive,
        default=BATCH_ARTICLES,
        metavar="N",
        help=f"articles per transaction (default: {BATCH_ARTICLES})",
    )
    cmd.add_argument(
        "--force",
        action="store_true",
        help="analyse again inputs already stored unchanged (after an upgrade, or other options)",
    )
    _common(cmd)

    cmd = commands.add_parser(
        "quotes",
        help="statements: who said what, when, through whom",
        description="Statements matching every filter given, newest first.",
    )
    cmd.add_argument("--speaker", metavar="NAME", help='who ("Lavrov", "sergei lavrov")')
    cmd.add_argument("--about", metavar="WORDS", help="words the statement must contain")
    cmd.add_argument("--via", metavar="OUTLET", help="an outlet in the via chain or channel")
    cmd.add_argument("--since", metavar="DATE", help="from this day (YYYY-MM-DD), inclusive")
    cmd.add_argument("--until", metavar="DATE", help="to this day, month or year, inclusive")
    cmd.add_argument("--limit", type=_count, default=100, metavar="N", help="at most N (0: all)")
    _common(cmd)

    cmd = commands.add_parser("speakers", help="who is quoted most, with counts and dates")
    cmd.add_argument("--limit", type=_count, default=50, metavar="N", help="at most N (0: all)")
    _common(cmd)

    cmd = commands.add_parser("search", help="articles holding all the words, with snippets")
    cmd.add_argument("words", nargs="+", metavar="WORD")
    cmd.add_argument("--limit", type=_count, default=20, metavar="N", help="at most N")
    _common(cmd)

    cmd = commands.add_parser("show", help="one stored article with its statements marked")
    cmd.add_argument("id", metavar="ID", help="the article's id, or its source as stored")
    _common(cmd)

    cmd = commands.add_parser(
        "export",
        help="write a corpus table as JSON Lines, CSV or Parquet",
        description="Write every row of a table (default: the quotes view) to stdout or a file.",
    )
    cmd.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    cmd.add_argument("--table", default="quotes", metavar="T", help="table or view to export")
    cmd.add_argument("-o", "--output", metavar="OUT", help="file to write (default: stdout)")
    _common(cmd, json_flag=False)


def _emit(
    records: Sequence[Any], readable: Callable[[Any], str], json_lines: bool, out: TextIO
) -> None:
    if not json_lines:
        print(readable(records), file=out)
        return
    for record in records:
        out.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")


def run_corpus_command(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int | None:
    """Run the corpus command `args` names; None when it is not a corpus command."""
    command = args.command
    if command == "ingest":
        counts, read_stats = IngestCounts(), ReadStats()
        ingest(
            args.paths,
            db=args.db,
            plain=args.plain,
            format=args.format,
            jobs=args.jobs,
            counts=counts,
            progress=stderr,
            read_stats=read_stats,
            batch=args.batch,
            force=args.force,
        )
        if args.json:
            stdout.write(json.dumps(counts.as_dict()) + "\n")
        print(f"newstrace ingest: {counts.summary()} (in {args.db})", file=stderr)
        if counts.inputs == 0:
            print("newstrace ingest: no input found under the given paths", file=stderr)
            return 1
        return 1 if counts.unread == counts.inputs else 0
    limit = getattr(args, "limit", None) or None
    if command == "quotes":
        found = quotes(
            speaker=args.speaker,
            about=args.about,
            via=args.via,
            since=args.since,
            until=args.until,
            limit=limit,
            db=args.db,
        )
        _emit(found, format_quotes, args.json, stdout)
    elif command == "speakers":
        _emit(speakers(limit=limit, db=args.db), format_speakers, args.json, stdout)
    elif command == "search":
        hits = search(" ".join(args.words), limit=limit or 20, db=args.db)
        _emit(hits, format_hits, args.json, stdout)
    elif command == "show":
        article_id, article = show(args.id, db=args.db)
        if args.json:
            stdout.write(
                json.dumps({"id": article_id, **article_to_json(article)}, ensure_ascii=False)
                + "\n"
            )
        else:
            print(format_show(article_id, article), file=stdout)
    elif command == "export":
        rows = export(args.format, table=args.table, output=args.output or stdout, db=args.db)
        print(f"newstrace export: {rows} rows of {args.table}", file=stderr)
    else:
        return None
    return 0
