"""Statements reported inside other statements.

A cue that lies inside what another statement reports ("Officials said the
mayor told them the plant would close") is part of that report: the article
attributes the whole to the outer speaker, so the inner cue makes no
statement of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstrace.records import Span, Statement

__all__ = ["without_nested"]

# Kinds of statement that are dropped when their cue sits inside another's content.
_NESTABLE = ("indirect",)


def _inside(span: Span, pieces: tuple[Span, ...]) -> bool:
    return any(p.start <= span.start and span.end <= p.end for p in pieces)


def without_nested(statements: list[Statement], text: str) -> list[Statement]:
    """`statements` less those whose cue is inside the content of another one.

    A transcript label ("SMITH: I think …") is no report of that kind: what is
    said under it keeps its own cues; nor is an outlet's report of a statement
    it relays (`via`).
    """
    kept = []
    for statement in statements:
        cue = statement.cue
        if cue is None or statement.kind not in _NESTABLE or statement.via:
            kept.append(statement)
            continue
        hosts = [
            other
            for other in statements
            if other is not statement
            and other.cue is not None
            and any(c.isalpha() for c in other.cue.of(text))
            and _inside(cue, other.content)
            # Two statements inside each other's content are one report read twice.
            and not _inside(other.cue, statement.content)
        ]
        if not hosts:
            kept.append(statement)
    return kept
