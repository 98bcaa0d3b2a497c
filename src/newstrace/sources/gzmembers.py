"""Read a gzip file one member at a time, so that a damaged member spoils only itself.

A ``.warc.gz`` file is a series of gzip members, one per record. Decompressing
it as one stream (as warcio does) lets a truncated member run into the next
ones, and the error surfaces records later. Here each member is decompressed
on its own (`GzipMember`, a file object for warcio to parse), in bounded
blocks, so memory stays flat and an error belongs to the member it came from.
`PushbackReader` hands the bytes read past a member's end back to the next.
"""

from __future__ import annotations

import io
import zlib
from typing import BinaryIO

__all__ = ["GzipMember", "PushbackReader"]

_IN_BLOCK = 1 << 16
_JOURNAL_LIMIT = 32 << 20
_OUT_BLOCK = 1 << 18


class PushbackReader(io.RawIOBase):
    """A binary stream that counts its position and takes bytes back."""

    def __init__(self, stream: BinaryIO, position: int = 0) -> None:
        super().__init__()
        self.stream = stream
        self._pending = b""
        self.position = position
        self._journal: bytearray | None = None
        self._journal_start = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.take(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def take(self, size: int) -> bytes:
        if self._pending:
            data, self._pending = self._pending[:size], self._pending[size:]
        else:
            data = self.stream.read(size)
        self.position += len(data)
        if self._journal is not None:
            if len(self._journal) + len(data) > _JOURNAL_LIMIT:
                self._journal = None  # too much to keep: no going back past this mark
            else:
                self._journal += data
        return data

    def push_back(self, data: bytes) -> None:
        self._pending = data + self._pending
        self.position -= len(data)
        if self._journal is not None and data:
            del self._journal[max(0, len(self._journal) - len(data)) :]

    def mark(self) -> None:
        """Keep what is read from here on, so that `rewind` can go back (streams that
        cannot seek: a pipe)."""
        self._journal = bytearray()
        self._journal_start = self.position

    def rewind(self, skip: int) -> bool:
        """Go back to `skip` bytes after the mark; False when that is no longer kept."""
        journal, self._journal = self._journal, None
        if journal is None or skip > len(journal):
            return False
        self.push_back(bytes(journal[skip:]))
        return True


class GzipMember(io.RawIOBase):
    """The decompressed bytes of the gzip member starting at `source`'s position.

    Reading raises `EOFError` when the input ends inside the member and
    `zlib.error` when the member is damaged.
    """

    def __init__(self, source: PushbackReader) -> None:
        super().__init__()
        self._source = source
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self._out = b""
        self._done = False
        self.start = source.position

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._out and not self._done:
            self._inflate()
        data, self._out = self._out[: len(buffer)], self._out[len(buffer) :]
        buffer[: len(data)] = data
        return len(data)

    def drain(self) -> None:
        """Read to the end of the member, so the source stands at the next one."""
        while not self._done:
            self._out = b""
            self._inflate()
        self._out = b""

    def _inflate(self) -> None:
        data = self._inflater.unconsumed_tail
        if not data:
            data = self._source.take(_IN_BLOCK)
            if not data:
                raise EOFError("the file ends inside a compressed record")
        self._out = self._inflater.decompress(data, _OUT_BLOCK)
        if self._inflater.eof:
            self._done = True
            self._source.push_back(self._inflater.unused_data)
