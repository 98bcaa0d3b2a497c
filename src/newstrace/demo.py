"""`newstrace demo`: ingest the bundled example pages and print what was found, who said what."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path
from typing import TextIO

from newstrace.corpus import ingest, open_corpus, quotes, show, speakers
from newstrace.corpus.render import format_quotes, format_speakers
from newstrace.records import Article

__all__ = ["describe", "print_demo"]

_PREVIEW = 70


def _short(text: str | None, width: int = _PREVIEW) -> str:
    if not text:
        return "-"
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def describe(article: Article) -> list[str]:
    """A few readable lines about one extracted article."""
    removed = Counter(r.reason for r in article.removed)
    lines = [
        f"== {Path(article.source).name}",
        f"   title      {_short(article.title)}",
        f"   dek        {_short(article.dek)}",
        f"   authors    {', '.join(article.authors) or '-'}",
        f"   published  {article.published or '-'}",
        f"   language   {article.language or '-'}",
        f"   body       {len(article.paragraphs)} paragraphs, {len(article.text.split())} words",
    ]
    lines += [f"     ¶ {_short(p)}" for p in article.paragraph_texts()]
    lines += [
        f"   image      {_short(i.caption, 50)} [credit: {i.credit or '-'}]" for i in article.images
    ]
    lines += [f"   related    {_short(r.title, 50)} [{r.section or '-'}]" for r in article.related]
    lines += [f"   sourcing   {s}" for s in article.sourcing]
    if removed:
        lines.append(
            "   removed    " + ", ".join(f"{n} {reason}" for reason, n in removed.most_common())
        )
    lines += [f"   problem    {p.stage}/{p.code}: {p.message}" for p in article.problems]
    return lines


def print_demo(folder: Path, out: TextIO, db: str | Path | None = None) -> int:
    """Ingest every example page in `folder` into a corpus and print what was found.

    A summary of each article, then who is quoted (`newstrace speakers`) and a
    few of their statements (`newstrace quotes`). `db` keeps the corpus there;
    without it the corpus lives in a temporary folder for the demo's length.
    """
    if db is None:
        with tempfile.TemporaryDirectory(prefix="newstrace-demo-") as scratch:
            return _demo(folder, out, Path(scratch) / "demo.db", keep=False)
    return _demo(folder, out, Path(db), keep=True)


def _demo(folder: Path, out: TextIO, db: Path, keep: bool) -> int:
    counts = ingest([str(folder)], db=db)
    with open_corpus(db) as corpus:
        sources = [s for (s,) in corpus.connection.execute("SELECT source FROM articles")]
        articles = [show(source, db=corpus)[1] for source in sources]
        for article in sorted(articles, key=lambda a: a.source):
            lines = describe(article)
            lines.append(f"   statements {len(article.statements)}")
            print("\n".join(lines), file=out)
            print(file=out)
        print("$ newstrace speakers", file=out)
        quoted = speakers(limit=10, db=corpus)
        print(format_speakers(quoted), file=out)
        print(file=out)
        for speaker in quoted[:3]:
            surname = speaker.name.split()[-1]
            print(f"$ newstrace quotes --speaker {surname}", file=out)
            print(format_quotes(quotes(speaker=surname, limit=2, db=corpus)), file=out)
            print(file=out)
    with_body = sum(1 for a in articles if a.paragraphs)
    statements = sum(len(a.statements) for a in articles)
    where = f"in {db}" if keep else "in a temporary database (keep one with --db FILE)"
    print(
        f"newstrace demo: {len(articles)} inputs: {with_body} articles, "
        f"{statements} statements, stored {where} ({counts.added} added this run)",
        file=out,
    )
    if keep:
        print(f"try: newstrace quotes --db {db} --speaker <NAME>", file=out)
    return 0 if with_body else 1
