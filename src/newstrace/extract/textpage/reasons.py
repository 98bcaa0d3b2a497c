"""Why a line that is not article text was removed.

A stock furniture phrase names its own reason ("Share" is ``share``,
"Advertisement" is ``advert``, a copyright line is ``footer``); a cookie
notice is told by its words. Any other line is judged by where it stands:
above the article, menu-sized lines and list items are ``navigation``; below
it, everything after a footer line is ``footer`` and headline- or blurb-sized
lines before that are ``related`` (teasers for other stories); the rest is
``boilerplate``.
"""

from __future__ import annotations

from typing import Final

from newstrace.extract.textpage.features import PageCodes
from newstrace.extract.textpage.furniture import (
    COPYRIGHT_LENGTH,
    COPYRIGHT_MARKS,
    marked_lines,
)
from newstrace.extract.textpage.labels import BODY
from newstrace.extract.textpage.lines import PageLines

__all__ = ["removal_reasons"]

# Lines up to this long above the article read as menu entries.
_MENU_LENGTH: Final = 60
# Lines in this length range below the article read as teaser headlines/blurbs.
_TEASER_LENGTHS: Final = range(25, 400)
# Word stems of cookie notices (any case of their first letter).
_COOKIE_STEMS: Final = ("ookie", "onsent")


def removal_reasons(lines: PageLines, body: list[bool], codes: PageCodes) -> list[str]:
    """``body`` for the lines `body` keeps, a removal reason for every other line."""
    count = len(lines)
    if True in body:
        first, last = body.index(True), count - 1 - body[::-1].index(True)
    else:
        first, last = count, count - 1
    texts, furniture = codes.texts, codes.furniture
    # Copyright and cookie lines outside the article, each block of lines
    # searched at once: the marks are rare.
    with_copyright: list[int] = []
    with_cookie: list[int] = []
    for begin, end in ((0, first), (last + 1, count)):
        if begin < end:
            with_copyright += marked_lines(lines, begin, end, COPYRIGHT_MARKS)
            with_cookie += marked_lines(lines, begin, end, _COOKIE_STEMS)
    marked = dict(furniture)
    marked |= dict.fromkeys(
        [i for i in with_copyright if i not in furniture and len(texts[i]) <= COPYRIGHT_LENGTH],
        "footer",
    )
    cookie = [i for i in with_cookie if i not in furniture and len(texts[i]) > _MENU_LENGTH]
    marked |= dict.fromkeys(cookie, "cookie")
    footer = min(
        (i for i, reason in marked.items() if reason == "footer" and i > last), default=count
    )
    labels = [
        "navigation" if bullet or len(text) <= _MENU_LENGTH else "boilerplate"
        for text, bullet in zip(texts[:first], lines.bullets[:first], strict=True)
    ]
    labels += [BODY if keep else "boilerplate" for keep in body[first : last + 1]]
    shortest, longest = _TEASER_LENGTHS.start, _TEASER_LENGTHS.stop
    labels += [
        "related" if shortest <= len(text) < longest else "boilerplate"
        for text in texts[last + 1 : footer]
    ]
    labels += ["footer"] * (count - len(labels))
    for i, reason in marked.items():
        if not body[i]:
            labels[i] = reason
    return labels
