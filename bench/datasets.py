"""Readers for the gold-standard sets in ../shared/data (never copied into the repo)."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["DATA", "SEED", "GoldPage", "data_missing", "scrapinghub_pages", "wcxb_pages"]

_SHARED = Path(
    os.environ.get("NEWSTRACE_SHARED", Path(__file__).resolve().parents[1] / ".." / "shared")
)
DATA = _SHARED.resolve() / "data"
SEED = _SHARED.resolve() / "seed"


def data_missing(*parts: str) -> str | None:
    """A message saying which gold folder is absent, or None when it is there."""
    path = DATA.joinpath(*parts)
    if path.exists():
        return None
    return f"gold data not found at {path} (set NEWSTRACE_SHARED to the shared/ folder)"


@dataclass(frozen=True, slots=True)
class GoldPage:
    """One benchmark page: its plain-text rendering, HTML path and ground truth."""

    set: str
    id: str
    pagetext_path: Path
    html_path: Path
    body: str
    title: str | None = None
    author: str | None = None
    published_day: str | None = None
    url: str | None = None

    def pagetext(self) -> str:
        return self.pagetext_path.read_text(encoding="utf-8")

    def html(self) -> bytes:
        return gzip.decompress(self.html_path.read_bytes())


def scrapinghub_pages() -> Iterator[GoldPage]:
    root = DATA / "scrapinghub"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for page_id in sorted(truth):
        yield GoldPage(
            set="scrapinghub",
            id=page_id,
            pagetext_path=root / "pagetext" / f"{page_id}.txt",
            html_path=root / "html" / f"{page_id}.html.gz",
            body=truth[page_id].get("articleBody") or "",
            url=truth[page_id].get("url"),
        )


def wcxb_pages() -> Iterator[GoldPage]:
    root = DATA / "wcxb"
    for path in sorted((root / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        page_id = path.stem
        yield GoldPage(
            set="wcxb",
            id=page_id,
            pagetext_path=root / "pagetext" / f"{page_id}.txt",
            html_path=root / "html" / f"{page_id}.html.gz",
            body=truth.get("main_content") or "",
            title=truth.get("title"),
            author=truth.get("author"),
            published_day=truth.get("publish_date"),
            url=record.get("url"),
        )
