"""200 hostile inputs through the whole extract path: nothing crashes, nothing is lost.

Each input must come out as exactly one record, in order, which either carries
a problem that names what is wrong or holds a sensible article.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable
from pathlib import Path

from newstrace import RunCounts, extract

ARTICLE = (
    "Der Bürgermeister sagte am Montag, die Brücke werde im Mai eröffnet.\n\n"
    "“It will open in May,” said the mayor of the small riverside town, José Núñez.\n\n"
    "Workers have repaired the steel arches and repainted the railings since the spring.\n"
)
KEY = "repainted the railings"

Maker = Callable[[random.Random], bytes]
ANY = "any outcome but a crash"
AT_MOST_ONCE = "the repeated line at most once in the body"
REPEATED = "Get the morning headlines in your inbox every weekday\n"


def _binary(rng: random.Random) -> bytes:
    return bytes(rng.randrange(256) for _ in range(rng.randrange(64, 4096)))


def _invalid_utf8(rng: random.Random) -> bytes:
    data = bytearray(ARTICLE.encode("utf-8"))
    first_paragraph = ARTICLE.index("\n")
    for _ in range(rng.randrange(1, 4)):
        data.insert(rng.randrange(first_paragraph), rng.choice([0xFF, 0xFE, 0xC0, 0x80, 0xED]))
    return bytes(data)


KINDS: dict[str, tuple[Maker, str | None]] = {
    # name: (maker, expected problem code or None for "a sensible article")
    "empty": (lambda r: b"", "empty"),
    "spaces": (lambda r: b" " * r.randrange(1, 5000), "empty"),
    "blank-lines": (lambda r: b"\n" * r.randrange(1, 100_000), "empty"),
    "unicode-space": (lambda r: "\u00a0\u2028\u3000\t\r\n".encode() * r.randrange(1, 50), "empty"),
    "binary": (_binary, "undecodable"),
    "nul-filled": (lambda r: b"\x00" * r.randrange(10, 10_000), "undecodable"),
    "gzip-bytes": (lambda r: b"\x1f\x8b\x08\x00" + _binary(r), "undecodable"),
    "invalid-utf8": (_invalid_utf8, None),
    "utf16-le-bom": (lambda r: codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), None),
    "utf16-be-bom": (lambda r: codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), None),
    "utf8-bom": (lambda r: codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), None),
    "latin-1": (lambda r: ARTICLE.replace("“", '"').replace("”", '"').encode("latin-1"), None),
    "cp1252": (lambda r: ARTICLE.encode("cp1252"), None),
    "crlf": (lambda r: ARTICLE.replace("\n", "\r\n").encode(), None),
    "cr-only": (lambda r: ARTICLE.replace("\n", "\r").encode(), None),
    "control-chars": (lambda r: ARTICLE.replace(" ", " \x07\x1b", 3).encode(), None),
    "repeated-line": (lambda r: REPEATED.encode() * r.randrange(1000, 50_000), AT_MOST_ONCE),
    "repeated-article": (lambda r: ARTICLE.encode() * r.randrange(50, 2000), None),
    "punctuation": (lambda r: b"!?.,;:-" * r.randrange(1, 3000), "no-body"),
    "bullets": (lambda r: "  • \n  •\n".encode() * r.randrange(1, 3000), "no-body"),
    # One "word" of up to a megabyte: unspaced scripts look like this too, so
    # a body or a no-body problem are both fair; it must just not crash.
    "long-word": (lambda r: b"x" * r.randrange(10_000, 1_000_000), ANY),
    "emoji-cjk-rtl": (
        lambda r: ("😀 新闻 خبر \u200f\u200b " * 200 + "\n\n" + ARTICLE).encode(),
        None,
    ),
    "html-as-text": (lambda r: f"<html><body><p>{ARTICLE}</p></body></html>".encode(), None),
}


def _inputs(folder: Path) -> dict[str, str | None]:
    rng = random.Random(20240404)
    expected: dict[str, str | None] = {}
    names = sorted(KINDS)
    for i in range(198):
        kind = names[i % len(names)]
        maker, code = KINDS[kind]
        path = folder / f"{i:03d}-{kind}.txt"
        path.write_bytes(maker(rng))
        expected[str(path)] = code
    big = folder / "198-fifty-megabytes.txt"
    big.write_bytes(ARTICLE.encode() * (50 * 1024 * 1024 // len(ARTICLE.encode())))
    expected[str(big)] = None
    line = folder / "199-five-megabyte-line.txt"
    line.write_bytes(b"word " * (1024 * 1024) + b"\n\n" + ARTICLE.encode())
    expected[str(line)] = None
    return expected


def test_two_hundred_hostile_inputs(tmp_path: Path) -> None:
    expected = _inputs(tmp_path)
    counts = RunCounts()
    articles = list(extract([str(tmp_path)], jobs=2, counts=counts))
    assert [a.source for a in articles] == sorted(expected)
    assert counts.inputs == 200
    for article in articles:
        codes = [p.code for p in article.problems]
        assert "internal-error" not in codes, (article.source, article.problems)
        want = expected[article.source]
        if want == ANY:
            continue
        if want == AT_MOST_ONCE:
            assert article.text.count(REPEATED.strip()) <= 1, article.source
            continue
        if want is None:
            assert KEY in article.text, (article.source, codes, article.text[:200])
        else:
            assert want in codes, (article.source, codes)
            assert all(p.message and p.source == article.source for p in article.problems)
