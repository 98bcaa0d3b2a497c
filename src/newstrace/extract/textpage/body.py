"""Tell article text from page furniture. (placeholder: being written)"""

from __future__ import annotations

from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import Line

__all__ = ["label_lines"]


def label_lines(lines: list[Line]) -> list[str]:
    """One label per line: ``body`` or a removal reason from `labels.REASONS`."""
    return [BODY if len(line.text) > 80 else "boilerplate" for line in lines]
