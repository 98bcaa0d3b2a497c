"""Turn a page's raw bytes into text, or say why they are not text.

`decode_text` tries, in order:

1. a byte-order mark (UTF-32 LE/BE, UTF-8, UTF-16 LE/BE): the mark decides;
2. UTF-16 without a mark, when every other byte is NUL (Windows tools write it);
3. a check for binary data: more than 1% NUL bytes or more than 10% other
   control bytes in the first 64 KiB raise `DecodeError` ("looks binary");
   a stray NUL in a text file is tolerated (and removed, except in ``--plain``);
4. strict UTF-8;
5. "mostly UTF-8": UTF-8 with a few damaged places (at most 1 in 20
   characters replaced, and at least twice as many good non-ASCII characters
   as damaged places) is decoded with U+FFFD marking the damage, since a
   detector would turn every good character into mojibake;
6. `charset_normalizer` on the first 64 KiB (cut at a line end), preferring
   windows-1252 whenever it reads at least as cleanly as the detector's best
   guess (the detector cannot tell apart Western code pages on short texts);
   the chosen encoding must decode the whole page strictly;
7. otherwise `DecodeError`, saying to convert the file to UTF-8.

The text is then normalised by `clean_text`: ``\\r\\n`` and ``\\r`` become
``\\n``, vertical tab and form feed become ``\\n`` (they are line and page
breaks), a leading BOM is dropped, and NUL and the other C0 control characters
except ``\\t`` and ``\\n`` are removed. Nothing else changes: no Unicode
normalisation (NFC/NFKC), no whitespace trimming. All character offsets in
newstrace refer to this decoded text.

A ``--plain`` page is the body its user annotates or quotes by offset, so it is
cleaned only as Python reads a text file (`clean_plain_text`): the BOM is
dropped and ``\\r\\n`` and ``\\r`` become ``\\n``; control characters stay,
so offsets agree with ``open(path).read()``.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newstrace.errors import DecodeError
from newstrace.records import Page

__all__ = [
    "SAMPLE_BYTES",
    "binary_reason",
    "clean_plain_text",
    "clean_text",
    "decode_bytes",
    "decode_text",
    "looks_like_text",
]

SAMPLE_BYTES = 64 * 1024
"""How much of a page the binary check and the encoding detector look at."""

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian mark starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)
_MAX_NUL_SHARE = 0.01
_MAX_CONTROL_SHARE = 0.10
_MAX_DAMAGE_SHARE = 0.05
_REPLACEMENT_RUN = re.compile("\ufffd+")
# C0 control bytes that text does not contain (tab, newlines, VT, FF, CR are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b-\x1f]")
_PYTHON_LINE_BREAKS = ("\r\n", "\r")  # replaced by "\n", in this order
_LINE_BREAKS = (*_PYTHON_LINE_BREAKS, "\x0b", "\x0c")
_FALLBACK = "cp1252"


def decode_text(page: Page) -> str:
    """The text of `page`, decoded and normalised (see the module docstring).

    Raises `DecodeError` (naming ``page.source``) when the content looks
    binary or is in no encoding we can tell. ``str`` content is only cleaned.
    """
    content = page.content
    text = content if isinstance(content, str) else decode_bytes(content, page.source)
    return clean_plain_text(text) if page.plain else clean_text(text)


def clean_plain_text(text: str) -> str:
    """`text` as Python's text mode reads it: no leading BOM, ``\\n`` line ends."""
    text = text.removeprefix("\ufeff")
    for line_break in _PYTHON_LINE_BREAKS:
        if line_break in text:
            text = text.replace(line_break, "\n")
    return text


def clean_text(text: str) -> str:
    """`text` with ``\\n`` line ends, no leading BOM and no C0 controls but tab and newline."""
    text = text.removeprefix("\ufeff")
    for line_break in _LINE_BREAKS:
        if line_break in text:
            text = text.replace(line_break, "\n")
    if _CONTROL_CHARS.search(text):
        text = _CONTROL_CHARS.sub("", text)
    return text


def decode_bytes(data: bytes, source: str) -> str:
    """Decode `data` (read from `source`) to text, without cleaning it."""
    bom = _find_bom(data)
    if bom is not None:
        return _decode_marked(data, bom, source)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        text = _decode_tolerant(data, utf16)
        if text is not None:
            return text
    reason = binary_reason(data)
    if reason is not None:
        raise DecodeError(source, reason)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc
    text = _mostly_utf8(data)
    if text is None:
        text = _decode_detected(data)
    if text is None:
        raise DecodeError(source, _undetected_message(first_error))
    return text


def looks_like_text(head: bytes) -> bool:
    """Whether `head`, the first bytes of a file, decode as text.

    Used to pick extension-less files out of a directory; a multi-byte
    character cut at the end of `head` does not count against it.
    """
    if _find_bom(head) is not None or _bomless_utf16(head) is not None:
        return True
    if binary_reason(head) is not None:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(head) - 3:
            return True
        return _mostly_utf8(head) is not None or _decode_detected(head) is not None
    return True


def binary_reason(data: bytes) -> str | None:
    """Why `data` looks binary rather than text, or ``None`` when it does not."""
    sample = data[:SAMPLE_BYTES]
    if not sample:
        return None
    nuls = sample.count(0)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if nuls <= len(sample) * _MAX_NUL_SHARE and controls <= len(sample) * _MAX_CONTROL_SHARE:
        return None
    return (
        f"looks like binary data, not text ({nuls} NUL and {controls - nuls} other control"
        f" bytes in the first {len(sample)} bytes); pass plain-text pages only"
        " (images, PDFs and archives cannot be read as text)"
    )


def _find_bom(data: bytes) -> tuple[bytes, str, str] | None:
    for bom in _BOMS:
        if data.startswith(bom[0]):
            return bom
    return None


def _decode_marked(data: bytes, bom: tuple[bytes, str, str], source: str) -> str:
    mark, codec, label = bom
    body = data[len(mark) :]
    text = _decode_tolerant(body, codec)
    if text is None and codec == "utf-8":
        text = _decode_detected(body)
    if text is None:
        raise DecodeError(
            source,
            f"starts with a {label} byte-order mark but is not valid {label};"
            " re-save it as UTF-8 and read it again",
        )
    return text


def _decode_tolerant(data: bytes, codec: str) -> str | None:
    """`data` decoded with `codec`, U+FFFD marking a few damaged places; None if many."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        pass
    text = data.decode(codec, errors="replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode(codec))
    return text if replaced <= len(text) * _MAX_DAMAGE_SHARE else None


def _mostly_utf8(data: bytes) -> str | None:
    """`data` as UTF-8 with damaged places replaced, if it is clearly UTF-8."""
    text = _decode_tolerant(data, "utf-8")
    if text is None:
        return None
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    good = non_ascii - text.count("\ufffd")
    return text if good >= 2 * _damage(text, data, "utf-8") else None


def _damage(text: str, data: bytes, codec: str) -> int:
    """Places where decoding `data` put U+FFFD into `text` (a run of them counts once:
    one stray byte inside a character breaks it into several)."""
    runs = len(_REPLACEMENT_RUN.findall(text))
    return max(0, runs - data.count("\ufffd".encode(codec)))


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte is NUL (ASCII-range UTF-16), else None."""
    sample = data[:SAMPLE_BYTES]
    if len(sample) < 4 or len(sample) % 2:
        return None
    pairs = len(sample) // 2
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls >= 0.7 * pairs and even_nuls <= 0.1 * pairs:
        return "utf-16-le"
    if even_nuls >= 0.7 * pairs and odd_nuls <= 0.1 * pairs:
        return "utf-16-be"
    return None


def _decode_detected(data: bytes) -> str | None:
    """`data` decoded with the encoding `charset_normalizer` finds in a sample of it."""
    sample = _sample(data)
    for codec in _candidates(sample):
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def _candidates(sample: bytes) -> list[str]:
    """Encodings to try, best first: the detector's guesses, windows-1252 moved up front
    when it reads as cleanly as the best guess."""
    matches = list(from_bytes(sample))
    codecs_found = [match.encoding for match in matches]
    if _FALLBACK in codecs_found[:1]:
        return codecs_found
    fallback = from_bytes(sample, cp_isolation=[_FALLBACK]).best()
    if fallback is not None and (not matches or fallback.chaos <= matches[0].chaos):
        return [_FALLBACK, *codecs_found]
    return codecs_found


def _sample(data: bytes) -> bytes:
    """The first `SAMPLE_BYTES` of `data`, cut after a line end so no character is split."""
    if len(data) <= SAMPLE_BYTES:
        return data
    head = data[:SAMPLE_BYTES]
    cut = head.rfind(b"\n")
    return head[: cut + 1] if cut > SAMPLE_BYTES // 2 else head


def _undetected_message(error: UnicodeDecodeError) -> str:
    byte = error.object[error.start]
    return (
        f"is not UTF-8 (byte 0x{byte:02x} at offset {error.start}) and its encoding"
        " could not be detected; convert it to UTF-8 (for example"
        " `iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.txt`) and read it again"
    )
