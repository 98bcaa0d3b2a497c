"""Tell what kind of input a file holds: a text page, an HTML page, or a WARC/WET crawl.

The name decides first (``.html``, ``.htm``, ``.xhtml`` and their ``.gz``
forms are HTML; ``.warc``, ``.wet`` and their ``.gz`` forms are crawls;
``.txt`` and ``.text`` are text), then the content may overrule it: a file that
starts with ``WARC/`` is a crawl, and one that starts with an HTML doctype or
``<html>`` is HTML, whatever it is called. Gzip-compressed inputs are looked
at through the compression.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import PurePath

__all__ = [
    "FORMATS",
    "GZIP_MAGIC",
    "format_from_content",
    "format_from_name",
    "gunzip_head",
    "is_gzip",
    "looks_like_html_fragment",
]

FORMATS = ("text", "html", "warc")
"""The input formats a reader exists for (what ``--format`` accepts)."""

GZIP_MAGIC = b"\x1f\x8b"

_NAME_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".warc": "warc",
    ".wet": "warc",
}
# Leading noise an HTML file may start with before its first tag.
_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>]|<title[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_HTML_HINTS = re.compile(rb"<(?:html|head|body|div|p|meta|title)[\s>/]", re.IGNORECASE)


def is_gzip(head: bytes) -> bool:
    return head.startswith(GZIP_MAGIC)


def format_from_name(name: str) -> str | None:
    """The format a file name says (``page.html.gz`` -> ``html``), or None when it says none."""
    suffixes = [s.lower() for s in PurePath(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return _NAME_FORMATS.get(suffixes[-1]) if suffixes else None


def format_from_content(head: bytes) -> str | None:
    """``warc`` or ``html`` when the first bytes of a file (decompressed) say so, else None."""
    if head.startswith(b"WARC/"):
        return "warc"
    if _HTML_START.match(head[:4096]):
        return "html"
    return None


def looks_like_html_fragment(head: bytes) -> bool:
    """Whether text that did not start like an HTML document is still mostly markup."""
    sample = head[:4096]
    return len(_HTML_HINTS.findall(sample)) >= 3 and sample.lstrip()[:1] == b"<"


def gunzip_head(data: bytes, size: int = 4096) -> bytes:
    """The first `size` bytes of gzip-compressed `data` (b"" when it does not decompress)."""
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        return inflater.decompress(data, size)
    except (zlib.error, gzip.BadGzipFile):
        return b""
