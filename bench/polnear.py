"""PolNeAR (../shared/data/polnear): brat attribution files read as records.

Each document has a text file and one or more annotators' ``.ann`` files;
the first annotator's file (by name) is used. An attribution joins a Content
span with its Cue and (optional) Source; spans may be discontinuous
(``start end;start end``). Kind (direct, mixed, indirect) is not annotated:
it is derived from the quote marks around the content.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.datasets import DATA

__all__ = ["POLNEAR", "GoldAttribution", "GoldDoc", "gold_kind", "polnear_docs"]

POLNEAR = DATA / "polnear"
_QUOTES = '"“”„«»'

Pieces = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    content: Pieces
    cue: Pieces
    source: Pieces


@dataclass(frozen=True, slots=True)
class GoldDoc:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _pieces(offsets: str) -> Pieces:
    pieces = []
    for part in offsets.split(";"):
        start, end = part.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def _read_ann(path: Path) -> tuple[GoldAttribution, ...]:
    spans: dict[str, Pieces] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            kind, _, offsets = fields[1].partition(" ")
            if kind in ("Content", "Cue", "Source"):
                spans[fields[0]] = _pieces(offsets)
        elif line.startswith("E") and len(fields) >= 2:
            args = dict(arg.split(":", 1) for arg in fields[1].split()[1:] if ":" in arg)
            relations.append(args)
    attributions = []
    for args in relations:
        content = spans.get(args.get("Content", ""), ())
        if not content:
            continue
        attributions.append(
            GoldAttribution(
                content=content,
                cue=spans.get(args.get("Cue", ""), ()),
                source=spans.get(args.get("Source", ""), ()),
            )
        )
    return tuple(attributions)


def polnear_docs(split: str = "dev") -> Iterator[GoldDoc]:
    """The documents of `split` (``dev`` or ``train``), in name order."""
    root = POLNEAR / split
    for text_path in sorted((root / "text").glob("*.txt")):
        anns = sorted((root / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        yield GoldDoc(text_path.stem, text, _read_ann(anns[0]))


def _inside_quotes(text: str, offset: int) -> bool:
    """Whether `offset` lies inside quote marks, reading its paragraph from the start."""
    begin = text.rfind("\n\n", 0, offset) + 1
    inside = False
    for char in text[begin:offset]:
        if char in "“«„":
            inside = True
        elif char in "”»":
            inside = False
        elif char == '"':
            inside = not inside
    return inside


def _quoted(text: str, start: int, end: int) -> bool:
    inner = text[start:end].strip(" ,.;:!?")
    first = start + text[start:end].find(inner[:1]) if inner else start
    if inner[:1] in _QUOTES:
        first += 1
    marks = sum(inner[1:-1].count(q) for q in _QUOTES)
    return _inside_quotes(text, first + 1) and marks == 0


def gold_kind(text: str, content: Pieces) -> str:
    """``direct``: every piece of the content is inside quote marks; ``mixed``: some
    of it is; else ``indirect``."""
    text = text.replace("''", ' "')  # ''NYT-style'' double marks, offsets kept
    if all(_quoted(text, start, end) for start, end in content):
        return "direct"
    if any(q in text[start:end] for start, end in content for q in _QUOTES):
        return "mixed"
    return "indirect"
