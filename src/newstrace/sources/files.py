"""Read plain-text pages from files, directories and standard input.

`iter_pages` takes paths the way a command line gives them:

- a file is read whatever its name (you asked for it);
- a directory is walked recursively in sorted order (by name at each level),
  skipping hidden files and directories (names starting with ``.``) and
  symbolic links to directories; it yields the files that look like text
  pages: ``.txt`` and ``.text`` files, and files without an extension whose
  first 4 KiB decode as text (see `decode.looks_like_text`). A name such as
  ``article.12345`` counts as having no extension (an extension has a letter).
  Other files (``.html``, ``.pdf``, images, ...) are skipped without a
  `Problem`, since a directory holding them is normal, but each skipped path
  is recorded in `ReadStats.skipped` when the caller passes a `ReadStats`;
- ``-`` reads standard input (``sys.stdin.buffer``); its source name is ``-``.

Every page is a `Page` whose ``content`` is the raw bytes as read
(``media_type="text/plain"``); decoding is `decode.decode_text`'s job. Empty
files are pages too (with empty content): whether they hold an article is for
extraction to say. A path that does not exist, cannot be read, or is over
`MAX_BYTES` yields a `Problem` (stage ``read``, code ``not-found``,
``unreadable`` or ``too-large``) and the iteration goes on.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from newstrace.records import Page, Problem
from newstrace.sources.decode import looks_like_text

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
    """Files in walked directories that were left out as not text pages."""


def iter_pages(
    paths: Sequence[StrPath] | StrPath,
    *,
    plain: bool = False,
    max_bytes: int | None = None,
    stats: ReadStats | None = None,
) -> Iterator[Page | Problem]:
    """Yield a `Page` for each text page under `paths`, or a `Problem` for each that fails.

    `paths` are files, directories or ``-`` (see the module docstring); a single
    path is taken as a list of one. `plain` is copied onto every page (it says
    the text is already a clean article body). `max_bytes` defaults to
    `MAX_BYTES`. Nothing is read before the iterator is advanced.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    limit = MAX_BYTES if max_bytes is None else max_bytes
    counts = stats if stats is not None else ReadStats()
    for path in paths:
        for item in _iter_path(os.fspath(path), plain, limit, counts):
            if isinstance(item, Page):
                counts.pages += 1
            else:
                counts.problems += 1
            yield item


def _iter_path(path: str, plain: bool, limit: int, stats: ReadStats) -> Iterator[Page | Problem]:
    if path == STDIN:
        yield _read_stdin(plain, limit)
        return
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        yield _os_problem(path, exc)
        return
    if stat.S_ISDIR(mode):
        yield from _iter_directory(Path(path), plain, limit, stats)
    else:
        yield _read_file(path, plain, limit)


def _iter_directory(
    directory: Path, plain: bool, limit: int, stats: ReadStats
) -> Iterator[Page | Problem]:
    for item in _walk(directory):
        if isinstance(item, Problem):
            yield item
            continue
        chosen = _is_text_page(item)
        if isinstance(chosen, Problem):
            yield chosen
        elif chosen:
            yield _read_file(str(item), plain, limit)
        else:
            stats.skipped.append(str(item))


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


def _is_text_page(path: Path) -> bool | Problem:
    """Whether a file found in a directory is a text page (by extension, or by its start)."""
    match = _EXTENSION.fullmatch(path.suffix)
    if match:
        return path.suffix.lower() in TEXT_SUFFIXES
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        return _os_problem(str(path), exc)
    return looks_like_text(head)


def _read_file(path: str, plain: bool, limit: int) -> Page | Problem:
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            if stat.S_ISREG(info.st_mode) and info.st_size > limit:
                return _too_large(path, info.st_size, limit)
            data = _read_bounded(handle, limit)
    except OSError as exc:
        return _os_problem(path, exc)
    if data is None:
        return _too_large(path, None, limit)
    return Page(source=path, content=data, media_type="text/plain", plain=plain)


def _read_stdin(plain: bool, limit: int) -> Page | Problem:
    stream: BinaryIO | None = getattr(sys.stdin, "buffer", None)
    if stream is None:
        message = f"{STDIN}: standard input is closed or not binary; pipe a text page into it"
        return Problem(STDIN, stage="read", code="unreadable", message=message)
    try:
        data = _read_bounded(stream, limit)
    except (OSError, ValueError) as exc:
        message = f"{STDIN}: standard input cannot be read ({exc}); pipe a text page into it"
        return Problem(STDIN, stage="read", code="unreadable", message=message)
    if data is None:
        return _too_large(STDIN, None, limit)
    return Page(source=STDIN, content=data, media_type="text/plain", plain=plain)


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
