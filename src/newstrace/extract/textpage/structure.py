"""Captions, related-article teasers and sourcing lines. (placeholder: being written)"""

from __future__ import annotations

from dataclasses import dataclass

from newstrace.extract.textpage.lines import Line
from newstrace.records import Image, Related

__all__ = ["Structure", "find_structure"]


@dataclass(frozen=True, slots=True)
class Structure:
    images: tuple[Image, ...] = ()
    related: tuple[Related, ...] = ()
    sourcing: tuple[str, ...] = ()


def find_structure(lines: list[Line], labels: list[str]) -> Structure:
    """Find captions, teasers and sourcing lines; relabel the lines they come from."""
    return Structure()
