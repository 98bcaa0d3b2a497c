"""Title, standfirst, byline and publish time of a text page. (placeholder: being written)"""

from __future__ import annotations

from dataclasses import dataclass

from newstrace.extract.textpage.lines import Line

__all__ = ["Header", "find_header"]


@dataclass(frozen=True, slots=True)
class Header:
    title: str | None = None
    dek: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    site: str | None = None


def find_header(page: str, lines: list[Line], labels: list[str]) -> Header:
    """Find the header fields; relabel the lines they come from."""
    return Header()
