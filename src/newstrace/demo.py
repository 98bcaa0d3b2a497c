"""`newstrace demo`: extract the bundled example pages and print what was found."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TextIO

from newstrace.api import extract
from newstrace.records import Article
from newstrace.run.local import RunCounts

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


def print_demo(folder: Path, out: TextIO) -> int:
    """Extract every example page in `folder` and print a summary of each."""
    counts = RunCounts()
    for article in extract([str(folder)], counts=counts):
        print("\n".join(describe(article)), file=out)
        print(file=out)
    print(f"newstrace demo: {counts.summary()}", file=out)
    return 0 if counts.articles else 1
