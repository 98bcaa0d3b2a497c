"""The stable JSON form of an `Article` (one object per input, one line in JSON Lines).

Keys and their order are part of the public interface documented in the README;
later stages add keys, they never rename or drop one. Missing values are
``null`` or ``[]``.
"""

from __future__ import annotations

import json
from typing import Any

from newstrace.records import (
    Article,
    Entity,
    Figure,
    Image,
    Mention,
    Problem,
    Related,
    Removed,
    Span,
    Speaker,
    Statement,
    When,
)

__all__ = ["article_from_json", "article_to_json", "dumps_line"]


def article_to_json(article: Article) -> dict[str, Any]:
    """The article as a JSON-ready dict, keys in documented order."""
    return {
        "source": article.source,
        "title": article.title,
        "dek": article.dek,
        "authors": list(article.authors),
        "published": article.published,
        "modified": article.modified,
        "language": article.language,
        "site": article.site,
        "url": article.url,
        "canonical_url": article.canonical_url,
        "fetched_at": article.fetched_at,
        "record_id": article.record_id,
        "content_hash": article.content_hash,
        "text": article.text,
        "paragraphs": [{"start": s.start, "end": s.end} for s in article.paragraphs],
        "images": [{"caption": i.caption, "credit": i.credit} for i in article.images],
        "related": [
            {"title": r.title, "section": r.section, "summary": r.summary, "url": r.url}
            for r in article.related
        ],
        "sourcing": list(article.sourcing),
        "removed": [{"text": r.text, "reason": r.reason} for r in article.removed],
        "statements": [_statement_to_json(s, article.text) for s in article.statements],
        "entities": [_entity_to_json(e, article.text) for e in article.entities],
        "figures": [_figure_to_json(f, article.text) for f in article.figures],
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
        modified=data.get("modified"),
        language=data.get("language"),
        site=data.get("site"),
        url=data.get("url"),
        canonical_url=data.get("canonical_url"),
        fetched_at=data.get("fetched_at"),
        record_id=data.get("record_id"),
        content_hash=data.get("content_hash"),
        images=tuple(Image(i.get("caption"), i.get("credit")) for i in data.get("images", [])),
        related=tuple(
            Related(r["title"], r.get("section"), r.get("summary"), r.get("url"))
            for r in data.get("related", [])
        ),
        sourcing=tuple(data.get("sourcing", [])),
        removed=tuple(Removed(r["text"], r["reason"]) for r in data.get("removed", [])),
        statements=tuple(_statement_from_json(s) for s in data.get("statements", [])),
        entities=tuple(_entity_from_json(e) for e in data.get("entities", [])),
        figures=tuple(_figure_from_json(f) for f in data.get("figures", [])),
        problems=tuple(
            Problem(source, p["stage"], p["code"], p["message"]) for p in data.get("problems", [])
        ),
    )


def _span(span: Span | None, text: str) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.of(text)}


def _span_from(data: dict[str, Any] | None) -> Span | None:
    return None if data is None else Span(data["start"], data["end"])


def _when(when: When | None, text: str) -> dict[str, Any] | None:
    if when is None:
        return None
    return {**(_span(when.span, text) or {}), "date": when.date}


def _when_from(data: dict[str, Any] | None) -> When | None:
    if data is None:
        return None
    return When(Span(data["start"], data["end"]), data.get("date"))


def _statement_to_json(statement: Statement, text: str) -> dict[str, Any]:
    speaker = statement.speaker
    return {
        "kind": statement.kind,
        "speaker": {"name": speaker.name, "role": speaker.role, "mention": speaker.mention},
        "content": [_span(c, text) for c in statement.content],
        "source": _span(statement.source, text),
        "cue": _span(statement.cue, text),
        "channel": _span(statement.channel, text),
        "addressee": _span(statement.addressee, text),
        "via": [_span(v, text) for v in statement.via],
        "hedge": _span(statement.hedge, text),
        "when": _when(statement.when, text),
        "confidence": statement.confidence,
    }


def _statement_from_json(data: dict[str, Any]) -> Statement:
    speaker = data.get("speaker") or {}
    return Statement(
        kind=data["kind"],
        content=tuple(Span(c["start"], c["end"]) for c in data.get("content", [])),
        speaker=Speaker(speaker.get("name"), speaker.get("role"), speaker.get("mention", "none")),
        source=_span_from(data.get("source")),
        cue=_span_from(data.get("cue")),
        channel=_span_from(data.get("channel")),
        addressee=_span_from(data.get("addressee")),
        via=tuple(Span(v["start"], v["end"]) for v in data.get("via", [])),
        hedge=_span_from(data.get("hedge")),
        when=_when_from(data.get("when")),
        confidence=data.get("confidence", 1.0),
    )


def _entity_to_json(entity: Entity, text: str) -> dict[str, Any]:
    return {
        "name": entity.name,
        "kind": entity.kind,
        "mentions": [
            {**(_span(m.span, text) or {}), "kind": m.kind, "stands_for": m.stands_for}
            for m in entity.mentions
        ],
    }


def _entity_from_json(data: dict[str, Any]) -> Entity:
    return Entity(
        name=data["name"],
        kind=data["kind"],
        mentions=tuple(
            Mention(Span(m["start"], m["end"]), m.get("kind", "name"), m.get("stands_for"))
            for m in data.get("mentions", [])
        ),
    )


def _figure_to_json(figure: Figure, text: str) -> dict[str, Any]:
    return {
        **(_span(figure.span, text) or {}),
        "value": figure.value,
        "low": figure.low,
        "high": figure.high,
        "magnitude": figure.magnitude,
        "unit": figure.unit,
        "qualifier": figure.qualifier,
        "counted": _span(figure.counted, text),
        "predicate": _span(figure.predicate, text),
        "source": figure.source,
        "when": _when(figure.when, text),
    }


def _figure_from_json(data: dict[str, Any]) -> Figure:
    return Figure(
        span=Span(data["start"], data["end"]),
        value=data.get("value"),
        low=data.get("low"),
        high=data.get("high"),
        magnitude=data.get("magnitude"),
        unit=data.get("unit"),
        qualifier=data.get("qualifier", "="),
        counted=_span_from(data.get("counted")),
        predicate=_span_from(data.get("predicate")),
        source=data.get("source"),
        when=_when_from(data.get("when")),
    )


def dumps_line(article: Article) -> str:
    """One JSON Lines line (with its newline) for `article`."""
    return json.dumps(article_to_json(article), ensure_ascii=False) + "\n"
