"""The `newstrace` command: thin over the Python API.

Exit status: 0 when at least one input was read, 1 when none could be, 2 for
usage errors. Problems with single inputs never change it: they are in each
record's `problems` and in the summary line on stderr.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from importlib import resources
from typing import TextIO

from newstrace import __version__
from newstrace.api import analyze, extract
from newstrace.corpus.commands import add_corpus_commands, run_corpus_command
from newstrace.demo import print_demo
from newstrace.errors import NewstraceError, UsageError
from newstrace.jsonform import dumps_line
from newstrace.run.local import RunCounts
from newstrace.sources import ReadStats
from newstrace.sources.detect import FORMATS

__all__ = ["main"]


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--jobs takes a whole number, not {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"--jobs must be at least 1, not {jobs}")
    return jobs


def _add_run_arguments(command: argparse.ArgumentParser) -> None:
    """The arguments `extract` and `analyze` share."""
    command.add_argument("paths", nargs="+", metavar="PATH", help="file, directory, or - for stdin")
    command.add_argument(
        "-o", "--output", metavar="OUT", help="write JSON Lines here (default: stdout)"
    )
    command.add_argument(
        "--plain", action="store_true", help="the inputs are already clean article bodies"
    )
    command.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="worker processes")
    command.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="read every input as this format: text, html or warc (WARC/WET) "
        "(default: tell each file's format from its name and content)",
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newstrace",
        description="Turn raw news pages into a structured, attributed, searchable record.",
    )
    parser.add_argument("--version", action="version", version=f"newstrace {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    extract_cmd = commands.add_parser(
        "extract",
        help="extract articles from pages; JSON Lines out, one object per input",
        description="Extract the article from each input page. Output: JSON Lines, one object "
        "per input, in input order. A summary goes to stderr.",
    )
    _add_run_arguments(extract_cmd)

    analyze_cmd = commands.add_parser(
        "analyze",
        help="extract, then find statements (who said what, to whom, through whom) and entities",
        description="Extract the article from each input page, then find its statements "
        "(speaker, cue, content, channel, addressee, via, hedge, when) and entities. Output: "
        "JSON Lines, one object per input, in input order. A summary goes to stderr.",
    )
    _add_run_arguments(analyze_cmd)

    commands.add_parser(
        "demo",
        help="extract the bundled example pages and print a readable summary",
        description="Extract the example pages bundled with newstrace and print what was found.",
    ).add_argument("--db", metavar="FILE", help="keep the demo's corpus database in FILE")
    add_corpus_commands(commands)
    return parser


def _run_extract(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    counts, read_stats = RunCounts(), ReadStats()
    with ExitStack() as stack:
        out = stdout
        if args.output:
            try:
                out = stack.enter_context(open(args.output, "w", encoding="utf-8"))
            except OSError as error:
                raise UsageError(f"cannot write {args.output}: {error.strerror}") from error
        run = analyze if args.command == "analyze" else extract
        articles = run(
            args.paths,
            plain=args.plain,
            format=args.format,
            jobs=args.jobs,
            counts=counts,
            progress=stderr,
            read_stats=read_stats,
        )
        for article in articles:
            out.write(dumps_line(article))
    summary = counts.summary()
    if read_stats.skipped:
        summary += f"; {len(read_stats.skipped)} files in directories skipped as not text pages"
    if read_stats.records_skipped:
        kinds = ", ".join(f"{kind}: {n}" for kind, n in sorted(read_stats.records_skipped.items()))
        summary += f"; WARC records that hold no page skipped ({kinds})"
    print(f"newstrace {args.command}: {summary}", file=stderr)
    if counts.inputs == 0:
        print(f"newstrace {args.command}: no input found under the given paths", file=stderr)
        return 1
    return 1 if counts.unread == counts.inputs else 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command in ("extract", "analyze"):
            return _run_extract(args, sys.stdout, sys.stderr)
        status = run_corpus_command(args, sys.stdout, sys.stderr)
        if status is not None:
            return status
        examples = resources.files("newstrace") / "examples"
        with resources.as_file(examples) as folder:
            return print_demo(folder, sys.stdout, args.db)
    except UsageError as error:
        print(f"newstrace: error: {error}", file=sys.stderr)
        return 2
    except NewstraceError as error:
        print(f"newstrace: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
