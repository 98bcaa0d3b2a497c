"""The stable JSON form of an `Article` (one object per input, one line in JSON Lines).

Keys and their order are part of the public interface documented in the README;
later stages add keys, they never rename or drop one. Missing values are
``null`` or ``[]``.
"""

from __future__ import annotations

import json
from typing import Any

from newstrace.records import Article, Image, Problem, Related, Removed, Span

__all__ = ["article_from_json", "article_to_json", "dumps_line"]


def article_to_json(article: Article) -> dict[str, Any]:
    """The article as a JSON-ready dict, keys in documented order."""
    return {
        "source": article.source,
        "title": article.title,
        "dek": article.dek,
        "authors": list(article.authors),
        "published": article.published,
        "language": article.language,
        "site": article.site,
        "text": article.text,
        "paragraphs": [{"start": s.start, "end": s.end} for s in article.paragraphs],
        "images": [{"caption": i.caption, "credit": i.credit} for i in article.images],
        "related": [
            {"title": r.title, "section": r.section, "summary": r.summary, "url": r.url}
            for r in article.related
        ],
        "sourcing": list(article.sourcing),
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "problems": [
            {"stage": p.stage, "code": p.code, "message": p.message} for p in article.problems
        ],
    }


def article_from_json(data: dict[str, Any]) -> Article:
    """Rebuild an `Article` from its JSON form (the inverse of `article_to_json`)."""
    source = data["source"]
    return Article(
        source=source,
        text=data.get("text", ""),
        paragraphs=tuple(Span(p["start"], p["end"]) for p in data.get("paragraphs", [])),
        title=data.get("title"),
        dek=data.get("dek"),
        authors=tuple(data.get("authors", [])),
        published=data.get("published"),
        language=data.get("language"),
        site=data.get("site"),
        images=tuple(Image(i.get("caption"), i.get("credit")) for i in data.get("images", [])),
        related=tuple(
            Related(r["title"], r.get("section"), r.get("summary"), r.get("url"))
            for r in data.get("related", [])
        ),
        sourcing=tuple(data.get("sourcing", [])),
        removed=tuple(Removed(r["text"], r["reason"]) for r in data.get("removed", [])),
        problems=tuple(
            Problem(source, p["stage"], p["code"], p["message"]) for p in data.get("problems", [])
        ),
    )


def dumps_line(article: Article) -> str:
    """One JSON Lines line (with its newline) for `article`."""
    return json.dumps(article_to_json(article), ensure_ascii=False) + "\n"
