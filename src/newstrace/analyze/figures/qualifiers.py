"""How exact a figure is (``=``, ``~``, ``>``, ``<``) or which way it moved (``up``, ``down``).

`qualifier_before` reads the words in front of a number ("more than", "an
estimated", "up to"); `qualifier_after` the few that follow it ("or more",
"or so"); `change_of` looks at the parse for a verb of change that governs
the number ("rose 3%", "fell by 40 points", "up 5pc").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


__all__ = ["change_of", "qualifier_after", "qualifier_before"]

_BEFORE: list[tuple[str, str]] = [
    (
        r"more\s+than|over|above|at\s+least|in\s+excess\s+of|upwards\s+of|greater\s+than"
        r"|higher\s+than|north\s+of|no\s+(?:fewer|less)\s+than|exceeding|beyond|over\s+than"
        r"|a\s+minimum\s+of|just\s+over|well\s+over|more\s+than\s+a",
        ">",
    ),
    (
        r"less\s+than|fewer\s+than|under|below|up\s+to|at\s+most|no\s+more\s+than|a\s+maximum\s+of"
        r"|just\s+under|lower\s+than|not\s+more\s+than|short\s+of|sub-",
        "<",
    ),
    (
        r"about|around|approximately|approx\.?|roughly|some|nearly|almost|an\s+estimated"
        r"|estimated|close\s+to|circa|ca\.|c\.|more\s+or\s+less|around\s+about|~|averag(?:ed?|ing)"
        r"|barely|reportedly",
        "~",
    ),
]
_BEFORE_RE = [
    (
        re.compile(
            rf"(?:^|(?<=[\s(]))(?:{words})(?<=-)$|(?:^|(?<=[\s(]))(?:{words})\s*(?:the\s+|an?\s+)?$",
            re.IGNORECASE,
        ),
        sign,
    )
    for words, sign in _BEFORE
]
_AFTER_RE = [
    (re.compile(r"\s*(?:or\s+more|and\s+(?:more|above|over|up)|-plus|\+)\b", re.I), ">"),
    (re.compile(r"\s*(?:or\s+(?:fewer|less)|and\s+(?:under|below))\b", re.I), "<"),
    (re.compile(r"\s*(?:or\s+so|-odd|ish)\b", re.I), "~"),
]

_UP_WORDS = _words(
    "rise rose risen rising rises increase increased increasing increases grow grew grown growing "
    "grows gain gained gaining gains climb climbed climbing climbs jump jumped jumping jumps surge "
    "surged surging surges soar soared soaring soars advance advanced advancing advances added "
    "adds up higher boost boosted raise raised rally rallied swell swelled swollen spike "
    "spiked spiking inch inched edge edged expand expanded expanding widen widened rebound "
    "rebounded recover recovered accelerate accelerated double doubled triple tripled"
)
_DOWN_WORDS = _words(
    "fall fell fallen falling falls drop dropped dropping drops decline declined declining "
    "declines decrease decreased decreasing decreases lose lost losing loses slide slid sliding "
    "slides slump slumped slumping plunge plunged plunging plunges tumble tumbled tumbling sink "
    "sank sunk sinking shed shedding down lower cut slash slashed shrink shrank shrunk shrinking "
    "contract contracted dip dipped dipping ease eased easing retreat retreated slip slipped "
    "plummet plummeted plummeting crash crashed weaken weakened narrow narrowed reduce reduced "
    "dive dived tank tanked"
)
_CHANGE_DEPS = frozenset({"dobj", "npadvmod", "advmod", "attr", "nummod", "quantmod", "pobj"})


def qualifier_before(text: str, start: int) -> tuple[str, int] | None:
    """The qualifier written just before `start` and where it starts, if any."""
    window = text[max(0, start - 40) : start]
    offset = start - len(window)
    for pattern, sign in _BEFORE_RE:
        match = pattern.search(window)
        if match:
            return sign, offset + match.start()
    return None


def qualifier_after(text: str, end: int) -> tuple[str, int] | None:
    """The qualifier written just after `end` ("or more") and where it ends, if any."""
    for pattern, sign in _AFTER_RE:
        match = pattern.match(text, end)
        if match:
            return sign, match.end()
    return None


def change_of(token: Token) -> str | None:
    """``up`` or ``down`` when a verb (or "up"/"down") of change governs `token`'s quantity.

    The quantity is the token's own phrase: its head when it is a number inside a
    unit ("3" in "3 %"), climbing through "by" ("rose by 3%"). A quantity after
    "to", "from" or "at" is the new level, not the change.
    """
    node = token
    # climb from the number to the head of its quantity phrase ("3" -> "%", "million" -> "$")
    for _ in range(3):
        if node.dep_ in ("nummod", "compound", "quantmod", "nmod") and node.head != node:
            if node.head.pos_ in ("VERB", "AUX"):
                break
            node = node.head
        else:
            break
    head = node.head
    if node.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
        if head.lower_ != "by":
            return None
        node, head = head, head.head
    if node.dep_ not in _CHANGE_DEPS and node.dep_ not in ("prep", "agent"):
        return None
    word = head.lower_
    if head.pos_ == "VERB":
        word = head.lemma_.lower() if head.lemma_ else word
    if word in _UP_WORDS or head.lower_ in _UP_WORDS:
        return "up"
    if word in _DOWN_WORDS or head.lower_ in _DOWN_WORDS:
        return "down"
    return _change_word_before(token)


def _change_word_before(token: Token) -> str | None:
    """ "up 5pc", "down 2.3%": the adverb directly in front of the number."""
    doc = token.doc
    index = token.i - 1
    while index >= 0 and (doc[index].is_currency or doc[index].text in ("US", "$", "a")):
        index -= 1
    if index < 0:
        return None
    word = doc[index].lower_
    if doc[index].dep_ == "prt":
        return None  # "gave up 300 yards": a phrasal verb, not a change
    if word == "by" and index > 0:
        word = doc[index - 1].lemma_.lower()
    if word in ("up", "higher") or (word in _UP_WORDS and doc[index].pos_ == "VERB"):
        return "up"
    if word in ("down", "lower") or (word in _DOWN_WORDS and doc[index].pos_ == "VERB"):
        return "down"
    return None
