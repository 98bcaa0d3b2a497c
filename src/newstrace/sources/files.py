"""Read pages from files, directories and standard input: text, HTML and WARC/WET.

`iter_pages` takes paths the way a command line gives them:

- a file is read whatever its name (you asked for it); its format is told
  by `detect` (name first, then content: ``WARC/`` or an HTML start overrule
  the name), unless `format` forces one;
- a directory is walked recursively in sorted order (by name at each level),
  skipping hidden files and directories (names starting with ``.``) and
  symbolic links to directories; it yields the files that look like pages:
  ``.txt``/``.text`` text, ``.html``/``.htm``/``.xhtml``/``.shtml`` HTML
  (also gzip-compressed as ``.html.gz``), ``.warc``/``.wet`` crawls (also
  ``.gz``), and files without an extension whose first 4 KiB are text, HTML
  or WARC (see `decode.looks_like_text`). A name such as ``article.12345``
  counts as having no extension (an extension has a letter). Other files
  (``.pdf``, images, ...) are skipped without a `Problem`, since a directory
  holding them is normal, but each skipped path is recorded in
  `ReadStats.skipped` when the caller passes a `ReadStats`;
- ``-`` reads standard input (``sys.stdin.buffer``); its source name is ``-``.

Every page is a `Page` whose ``content`` is the raw bytes as read
(``media_type="text/plain"`` or ``"text/html"``; gzip is undone here);
decoding is the extract step's job. A WARC/WET file yields one item per
content record, streamed (see `warc.iter_warc`). Empty files are pages too
(with empty content): whether they hold an article is for extraction to say.
A path that does not exist, cannot be read, or is over `MAX_BYTES` yields a
`Problem` (stage ``read``, code ``not-found``, ``unreadable``, ``too-large``
or ``corrupt-gzip``) and the iteration goes on.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newstrace.errors import UsageError
from newstrace.records import Page, Problem
from newstrace.sources.decode import looks_like_text
from newstrace.sources.detect import (
    FORMATS,
    format_from_content,
    format_from_name,
    gunzip_head,
    is_gzip,
)
from newstrace.sources.warc import iter_warc, iter_warc_stream

__all__ = ["MAX_BYTES", "STDIN", "TEXT_SUFFIXES", "ReadStats", "iter_pages"]

MAX_BYTES = 64 * 1024 * 1024
"""Largest page read, in bytes; larger inputs yield a ``too-large`` Problem.
Change it here for the whole process, or pass ``max_bytes`` to `iter_pages`."""

STDIN = "-"
"""The path (and source name) that means standard input."""

TEXT_SUFFIXES = frozenset({".txt", ".text"})
"""Extensions of the files a directory walk yields (compared in lower case)."""

_SNIFF_BYTES = 4096
_EXTENSION = re.compile(r"\.[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*")

StrPath = str | os.PathLike[str]


@dataclass
class ReadStats:
    """Counts of what one `iter_pages` call read; pass one in to have it filled."""

    pages: int = 0
    problems: int = 0
    skipped: list[str] = field(default_factory=list)
    """Files in walked directories that were left out as not pages."""
    records_skipped: Counter[str] = field(default_factory=Counter)
    """WARC records that hold no page (``warcinfo``, ``request``, ``metadata``), by type."""


def iter_pages(
    paths: Sequence[StrPath] | StrPath,
    *,
    plain: bool = False,
    format: str | None = None,
    max_bytes: int | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Page | Problem]:
    """Yield a `Page` for each page under `paths`, or a `Problem` for each that fails.

    `paths` are files, directories or ``-`` (see the module docstring); a single
    path is taken as a list of one. `plain` is copied onto every text page (it
    says the text is already a clean article body). `format` (``text``,
    ``html`` or ``warc``) forces one reader for every file; None tells each
    file's format from its name and content. `max_bytes` (default
    `MAX_BYTES`) bounds one page, or one WARC record. Nothing is read before
    the iterator is advanced.
    """
    if format is not None and format not in FORMATS:
        raise UsageError(f"unknown input format {format!r}; use one of {', '.join(FORMATS)}")
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    limit = MAX_BYTES if max_bytes is None else max_bytes
    counts = stats if stats is not None else ReadStats()
    reading = _Reading(plain, format, limit, counts)
    for path in paths:
        for item in _iter_path(os.fspath(path), reading):
            if isinstance(item, Page):
                counts.pages += 1
            else:
                counts.problems += 1
            yield item


@dataclass(frozen=True)
class _Reading:
    """What one `iter_pages` call was asked for, handed down to the readers."""

    plain: bool
    format: str | None
    limit: int
    stats: ReadStats


def _iter_path(path: str, reading: _Reading) -> Iterator[Page | Problem]:
    if path == STDIN:
        yield from _iter_stdin(reading)
        return
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        yield _os_problem(path, exc)
        return
    if stat.S_ISDIR(mode):
        yield from _iter_directory(Path(path), reading)
    else:
        yield from _iter_file(path, reading)


def _iter_directory(directory: Path, reading: _Reading) -> Iterator[Page | Problem]:
    for item in _walk(directory):
        if isinstance(item, Problem):
            yield item
            continue
        chosen = _is_page(item)
        if isinstance(chosen, Problem):
            yield chosen
        elif chosen:
            yield from _iter_file(str(item), reading)
        else:
            reading.stats.skipped.append(str(item))


def _walk(directory: Path) -> Iterator[Path | Problem]:
    """Files under `directory`, sorted by name at each level, hidden ones left out."""
    try:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as exc:
        yield _os_problem(str(directory), exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path)
        elif entry.is_file():
            yield path


def _is_page(path: Path) -> bool | Problem:
    """Whether a file found in a directory is a page (by extension, or by its start)."""
    if format_from_name(path.name) is not None:
        return True
    if _EXTENSION.fullmatch(path.suffix):
        return False
    head = _head(str(path))
    if isinstance(head, Problem):
        return head
    if is_gzip(head):
        return format_from_content(gunzip_head(head)) is not None
    return format_from_content(head) is not None or looks_like_text(head)


def _head(path: str) -> bytes | Problem:
    try:
        with open(path, "rb") as handle:
            return handle.read(_SNIFF_BYTES)
    except OSError as exc:
        return _os_problem(path, exc)


def _format_of(name: str, head: bytes) -> str:
    """The format of a file called `name` starting with `head`: content first, then name."""
    content = gunzip_head(head) if is_gzip(head) else head
    return format_from_content(content) or format_from_name(name) or "text"


def _iter_file(path: str, reading: _Reading) -> Iterator[Page | Problem]:
    chosen = reading.format
    if chosen is None:
        head = _head(path)
        if isinstance(head, Problem):
            yield head
            return
        chosen = _format_of(path, head)
    if chosen == "warc":
        yield from iter_warc(path, max_bytes=reading.limit, skipped=reading.stats.records_skipped)
    else:
        yield _read_file(path, reading, chosen)


def _read_file(path: str, reading: _Reading, chosen: str) -> Page | Problem:
    limit = reading.limit
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                return _too_large(path, info.st_size, limit)
            data = _read_bounded(handle, limit)
    except OSError as exc:
        return _os_problem(path, exc)
    return _page(path, data, reading, chosen)


def _page(source: str, data: bytes | None, reading: _Reading, chosen: str) -> Page | Problem:
    """The page `data` read from `source` makes in format `chosen` (gzip undone)."""
    if data is None:
        return _too_large(source, None, reading.limit)
    if is_gzip(data):
        unpacked = _gunzip(source, data, reading.limit)
        if isinstance(unpacked, Problem):
            if source.lower().endswith(".gz") or unpacked.code == "too-large":
                return unpacked
            # Not named as gzip: two bytes that happen to match say little; decoding will tell.
        else:
            data = unpacked
            if reading.format is None:
                chosen = format_from_content(data) or chosen
    media_type = "text/html" if chosen == "html" else "text/plain"
    return Page(source=source, content=data, media_type=media_type, plain=reading.plain)


def _gunzip(source: str, data: bytes, limit: int) -> bytes | Problem:
    """`data` decompressed (every gzip member), bounded by `limit`, or a Problem."""
    parts: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest:
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            part = inflater.decompress(rest, limit + 1 - size)
            size += len(part)
            parts.append(part)
            if size > limit:
                return _too_large(source, None, limit)
            if not inflater.eof:
                return _corrupt_gzip(source, "it ends in the middle of the compressed data")
            rest = inflater.unused_data.lstrip(b"\0")
    except zlib.error as exc:
        return _corrupt_gzip(source, str(exc))
    return b"".join(parts)


def _corrupt_gzip(source: str, why: str) -> Problem:
    message = (
        f"{source}: gzip-compressed but cannot be decompressed ({why});"
        " check the file was copied whole (gzip -t FILE)"
    )
    return Problem(source, stage="read", code="corrupt-gzip", message=message)


def _iter_stdin(reading: _Reading) -> Iterator[Page | Problem]:
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stream is None:
        message = f"{STDIN}: standard input is closed or not binary; pipe a page into it"
        yield Problem(STDIN, stage="read", code="unreadable", message=message)
        return
    try:
        peek = getattr(stream, "peek", None)
        head = peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if peek is not None else b""
        chosen = reading.format or (_format_of("", head) if head else None)
        if chosen == "warc":
            yield from iter_warc_stream(
                stream, STDIN, max_bytes=reading.limit, skipped=reading.stats.records_skipped
            )
            return
        data = _read_bounded(stream, reading.limit)
    except (OSError, ValueError) as exc:
        message = f"{STDIN}: standard input cannot be read ({exc}); pipe a page into it"
        yield Problem(STDIN, stage="read", code="unreadable", message=message)
        return
    if chosen is None and data:
        chosen = _format_of("", data[:_SNIFF_BYTES])
    yield _page(STDIN, data, reading, chosen or "text")


def _read_bounded(stream: BinaryIO, limit: int) -> bytes | None:
    """All of `stream`, or None when it holds more than `limit` bytes."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def _too_large(source: str, size: int | None, limit: int) -> Problem:
    what = f"is {_human(size)}" if size is not None else "is larger than the limit"
    message = (
        f"{source}: {what}, over the {_human(limit)} limit for one page;"
        " split it into pages, or raise the limit (iter_pages(max_bytes=...))"
    )
    return Problem(source, stage="read", code="too-large", message=message)


def _human(size: int) -> str:
    """`size` bytes in words: ``10 bytes``, ``4.0 KiB``, ``64.0 MiB``."""
    if size < 1024:
        return f"{size} bytes"
    if size < 2**20:
        return f"{size / 1024:.1f} KiB"
    return f"{size / 2**20:.1f} MiB"


def _os_problem(source: str, exc: OSError) -> Problem:
    """A `Problem` for an `OSError` met while reading `source`."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        broken_link = os.path.islink(source)
        what = "is a broken symbolic link" if broken_link else "no such file or directory"
        return Problem(source, "read", "not-found", f"{source}: {what}; check the path")
    if exc.errno in (errno.EACCES, errno.EPERM):
        message = f"{source}: permission denied; make it readable or run as a user who can read it"
    else:
        reason = exc.strerror or str(exc)
        message = f"{source}: cannot be read ({reason}); check that it is a readable file"
    return Problem(source, stage="read", code="unreadable", message=message)
