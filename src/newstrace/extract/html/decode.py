"""Turn an HTML page's bytes into text: the encoding from the page and its server first.

The encoding is taken, in order, from

1. a byte-order mark;
2. the page's own ``<meta charset>`` or ``<meta http-equiv="Content-Type">``
   (looked for in the first 8 KiB, where HTML says it must be);
3. the charset the server declared (`Page.charset`, from a WARC record's
   HTTP headers);
4. detection, as for text pages (`sources.decode.decode_bytes`).

A declared encoding is used only if it decodes the page (a few damaged places
are tolerated and marked with U+FFFD); otherwise the next one is tried. Labels
follow the WHATWG encoding standard where Python's differ: ``iso-8859-1``
and ``us-ascii`` mean windows-1252, as browsers read them.
"""

from __future__ import annotations

import codecs
import re

from newstrace.records import Page
from newstrace.sources.decode import clean_text, decode_bytes

__all__ = ["declared_charset", "declared_encoding", "html_text"]

_META_SCAN_BYTES = 8192
_META_CHARSET = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.IGNORECASE
)
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "x-sjis": "shift_jis",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
_MAX_DAMAGE_SHARE = 0.01
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def html_text(page: Page) -> tuple[str, str | None]:
    """The text of HTML `page` and the encoding it was read with (None for ``str`` content).

    Raises `DecodeError` when the bytes are in no encoding that can be told.
    """
    content = page.content
    if isinstance(content, str):
        return clean_text(content), None
    for mark, codec in _BOMS:
        if content.startswith(mark):
            marked = _try(content[len(mark) :], codec)
            if marked is not None:
                return clean_text(marked), codec
    for label in (declared_charset(content), page.charset):
        declared = _codec(label)
        if declared is not None:
            text = _try(content, declared)
            if text is not None:
                return clean_text(text), declared
    return clean_text(decode_bytes(content, page.source)), None


def declared_encoding(data: bytes, server_charset: str | None) -> str | None:
    """The Python codec the page's BOM, ``<meta>`` or server says, in that order; or None."""
    for mark, codec in _BOMS:
        if data.startswith(mark):
            return codec
    for label in (declared_charset(data), server_charset):
        declared = _codec(label)
        if declared is not None:
            return declared
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its start, as written."""
    match = _META_CHARSET.search(data[:_META_SCAN_BYTES])
    return match.group(1).decode("ascii").lower() if match else None


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    label = _WHATWG_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    text = data.decode(codec, errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode(codec, errors="ignore"))
    return text if damaged <= len(text) * _MAX_DAMAGE_SHARE else None
