from __future__ import annotations

import json

from newstrace import Article, Image, Problem, Related, Removed, Span
from newstrace.jsonform import article_from_json, article_to_json, dumps_line
from newstrace.records import Entity, Figure, Mention, Speaker, Statement, When

KEYS = [
    "source", "title", "dek", "authors", "published", "modified", "language", "site",
    "url", "canonical_url", "fetched_at", "record_id", "content_hash", "text",
    "paragraphs", "images", "related", "sourcing", "removed", "statements", "entities",
    "figures", "problems",
]  # fmt: skip


def _article() -> Article:
    return Article(
        source="x.txt",
        text="One.\n\nTwo «quoted».",
        paragraphs=(Span(0, 4), Span(6, 19)),
        title="A title",
        dek="A dek",
        authors=("Ana Ruiz", "Li Wei"),
        published="2024-03-04T18:45:10+05:30",
        language="en",
        images=(Image("Crowds outside.", "PTI"),),
        related=(Related("Other story", "World", "Summary", None),),
        sourcing=("With inputs from PTI",),
        removed=(Removed("Subscribe", "subscribe"),),
        statements=(
            Statement(
                "direct",
                (Span(6, 19),),
                Speaker("Ana Ruiz", "minister", "name"),
                cue=Span(0, 3),
                via=(Span(0, 4),),
                when=When(Span(0, 3), "2024-03-04"),
                confidence=0.5,
            ),
        ),
        entities=(Entity("Ana Ruiz", "person", (Mention(Span(0, 3), "name", "x"),)),),
        figures=(Figure(Span(0, 3), 2.0, qualifier="~", counted=Span(6, 9), source="Li Wei"),),
        problems=(Problem("x.txt", "extract", "no-body", "none found"),),
    )


def test_keys_are_in_documented_order_and_missing_values_are_null_or_empty() -> None:
    assert list(article_to_json(_article())) == KEYS
    empty = article_to_json(Article(source="e"))
    assert empty["title"] is None and empty["published"] is None
    assert empty["authors"] == [] and empty["problems"] == [] and empty["text"] == ""


def test_round_trip_through_a_json_line() -> None:
    article = _article()
    line = dumps_line(article)
    assert line.endswith("\n") and line.count("\n") == 1
    assert "«quoted»" in line  # text is kept readable, not \\u-escaped
    assert article_from_json(json.loads(line)) == article


def test_paragraph_spans_point_into_text() -> None:
    data = article_to_json(_article())
    assert [data["text"][p["start"] : p["end"]] for p in data["paragraphs"]] == [
        "One.",
        "Two «quoted».",
    ]


def test_spans_in_statements_carry_their_text() -> None:
    data = article_to_json(_article())
    statement = data["statements"][0]
    assert statement["content"] == [{"start": 6, "end": 19, "text": "Two «quoted»."}]
    assert statement["when"] == {"start": 0, "end": 3, "text": "One", "date": "2024-03-04"}
    assert data["figures"][0]["counted"]["text"] == "Two"
